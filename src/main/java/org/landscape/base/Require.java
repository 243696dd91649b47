package org.landscape.base;

/** Argument guards that return their argument and throw {@link InvalidInputException} with a fix-it message. */
public final class Require {
    private Require() {
    }

    public static <T> T nonNull(T value, String what) {
        if (value == null) {
            throw new InvalidInputException(what + " is missing: supply a value");
        }
        return value;
    }

    /** @return {@code x} if finite; otherwise an error naming {@code what}. */
    public static double finite(double x, String what) {
        if (!Double.isFinite(x)) {
            throw new InvalidInputException(what + " must be a finite real number, got " + x);
        }
        return x;
    }

    /** @return {@code a} if every entry is finite. */
    public static double[] finite(double[] a, String what) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new InvalidInputException(what + " has a non-finite entry " + a[i] + " at index " + i
                        + ": give finite numbers");
            }
        }
        return a;
    }

    /**
     * Largest magnitude accepted for weights and slopes: the loss is quadratic in both and its evaluation forms
     * products of squared norms, so \( 10^{100} \) keeps every intermediate far from overflow (\( 10^{308} \)).
     */
    public static final double MAX_MAGNITUDE = 1e100;

    /** @return {@code x} if finite with \( |x| \le \) {@link #MAX_MAGNITUDE}; otherwise an error naming {@code what}. */
    public static double moderate(double x, String what) {
        finite(x, what);
        if (Math.abs(x) > MAX_MAGNITUDE) {
            throw new InvalidInputException(what + " = " + x + " is too large: the loss is quadratic in it and would "
                    + "overflow a double; give a magnitude of at most 1e100");
        }
        return x;
    }

    /**
     * Guards a computed value: an input that is finite but makes a result overflow is refused.
     *
     * @return {@code x} if finite; otherwise an error saying that {@code what} overflowed for these inputs
     */
    public static double finiteResult(double x, String what) {
        if (!Double.isFinite(x)) {
            throw new InvalidInputException(what + " is " + x + " for these inputs (a double overflowed): give "
                    + "smaller weights or slope");
        }
        return x;
    }

    /** @return {@code a} if every entry is finite, as {@link #finiteResult(double, String)}. */
    public static double[] finiteResult(double[] a, String what) {
        for (double x : a) {
            finiteResult(x, what);
        }
        return a;
    }

    public static int positive(int n, String what) {
        if (n <= 0) {
            throw new InvalidInputException(what + " must be a positive integer, got " + n);
        }
        return n;
    }

    public static void sameLength(int expected, int actual, String what) {
        if (expected != actual) {
            throw new InvalidInputException(what + ": expected length " + expected + ", got " + actual);
        }
    }
}
