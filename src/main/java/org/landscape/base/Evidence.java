package org.landscape.base;

/**
 * How a reported number was obtained or checked, and to what accuracy.
 *
 * @param method   what was done, e.g. "40-digit polar quadrature of the Gaussian expectation"
 * @param accuracy the achieved bound (relative or absolute, as {@code detail} says); NaN if none
 * @param detail   free text: sample size, tolerance, comparison target
 */
public record Evidence(String method, double accuracy, String detail) {
    public Evidence {
        Require.nonNull(method, "evidence method");
        detail = detail == null ? "" : detail;
    }

    public static Evidence of(String method, double accuracy) {
        return new Evidence(method, accuracy, "");
    }
}
