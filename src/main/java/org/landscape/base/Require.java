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
