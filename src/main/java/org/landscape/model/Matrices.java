package org.landscape.model;

import org.landscape.base.InvalidInputException;

/** Small helpers for row-major {@code double[][]} weight matrices (rows are neurons). */
public final class Matrices {
    private Matrices() {
    }

    /** @return a deep copy */
    public static double[][] copy(double[][] a) {
        double[][] r = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i].clone();
        }
        return r;
    }

    /** Checks that {@code a} is a non-empty rectangular matrix of finite numbers. */
    public static void checkRectangular(double[][] a, String what) {
        if (a == null || a.length == 0 || a[0] == null || a[0].length == 0) {
            throw new InvalidInputException(what + " is empty: give at least one row with at least one entry");
        }
        int d = a[0].length;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null || a[i].length != d) {
                throw new InvalidInputException(what + " is not rectangular: row " + i + " has "
                        + (a[i] == null ? 0 : a[i].length) + " entries, row 0 has " + d);
            }
            for (int c = 0; c < d; c++) {
                if (!Double.isFinite(a[i][c])) {
                    throw new InvalidInputException(what + " has a non-finite entry " + a[i][c] + " at row " + i
                            + ", column " + c + ": give finite numbers");
                }
            }
        }
    }

    /** @return a checked deep copy */
    public static double[][] copyChecked(double[][] a, String what) {
        checkRectangular(a, what);
        return copy(a);
    }

    /** @return the k x k identity matrix */
    public static double[][] identity(int k) {
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            r[i][i] = 1;
        }
        return r;
    }
}
