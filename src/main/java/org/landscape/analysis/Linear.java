package org.landscape.analysis;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Small dense helpers of {@code analysis} and {@code dynamics} (vectors as {@code double[]}, matrices flat row-major,
 * a k x d matrix flattened row by row, entry (i, c) at i*d+c). Cost O(length), Gram-Schmidt O(m^2 length), solve O(m^3).
 */
public final class Linear {
    private Linear() {
    }

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public static double norm(double[] a) {
        double scale = 0;
        for (double x : a) {
            scale = Math.max(scale, Math.abs(x));
        }
        if (scale == 0) {
            return 0;
        }
        double s = 0;
        for (double x : a) {
            double y = x / scale;
            s += y * y;
        }
        return scale * Math.sqrt(s);
    }

    public static boolean isZero(double[] a) {
        for (double x : a) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    public static double[] flatten(double[][] w) {
        int d = w[0].length;
        double[] out = new double[w.length * d];
        for (int i = 0; i < w.length; i++) {
            System.arraycopy(w[i], 0, out, i * d, d);
        }
        return out;
    }

    public static double[][] unflatten(double[] x, int k, int d) {
        double[][] w = new double[k][d];
        for (int i = 0; i < k; i++) {
            System.arraycopy(x, i * d, w[i], 0, d);
        }
        return w;
    }

    /** Modified Gram-Schmidt (twice) of {@code vectors}; vectors whose residual is below {@code tol} are dropped. */
    public static List<double[]> orthonormalBasis(List<double[]> vectors, double tol) {
        List<double[]> basis = new ArrayList<>();
        for (double[] v : vectors) {
            double[] r = v.clone();
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) {
                    double c = dot(r, b);
                    for (int i = 0; i < r.length; i++) {
                        r[i] -= c * b[i];
                    }
                }
            }
            double n = norm(r);
            if (n > tol) {
                for (int i = 0; i < r.length; i++) {
                    r[i] /= n;
                }
                basis.add(r);
            }
        }
        return basis;
    }

    /** @return the solution of {@code H x = b} (flat m x m), by LU with partial pivoting */
    public static double[] solve(double[] h, int m, double[] b) {
        RealMatrix a = new Array2DRowRealMatrix(m, m);
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                a.setEntry(r, c, h[r * m + c]);
            }
        }
        return new LUDecomposition(a).getSolver().solve(new ArrayRealVector(b, false)).toArray();
    }
}
