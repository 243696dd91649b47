package org.landscape.verify;

/**
 * One row of the verification table: a formula checked by one method over several cases.
 *
 * @param formula   what was checked
 * @param method    how
 * @param maxError  the largest error over all entries and cases: relative error
 *                  \( |x - x_{ref}| / (|x_{ref}| + f\cdot\text{scale}) \) for quadrature (f = floor/tolerance) and
 *                  finite differences (f = 1), \( |z| \) for Monte Carlo; NaN or infinite if a value was not finite
 * @param tolerance the bound {@code maxError} must not exceed
 * @param referenceAccuracy the largest error estimate of the reference itself, relative to each formula's scale:
 *                  quadrature order difference plus rounding floor, finite-difference extrapolation estimate, or
 *                  Monte Carlo standard error
 * @param cases     number of cases that contributed
 * @param worstCase label of the case with the largest error
 * @param passed    {@code maxError <= tolerance} (false for NaN)
 */
public record Check(Formula formula, VerificationMethod method, double maxError, double tolerance,
                    double referenceAccuracy, int cases, String worstCase, boolean passed) {
    public Check {
        worstCase = worstCase == null ? "" : worstCase;
    }
}
