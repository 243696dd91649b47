package org.landscape.solve;

import java.util.Arrays;

import org.hipparchus.complex.Complex;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/** Small dense linear algebra on flat row-major arrays, delegating to Hipparchus. Package-private helper. */
final class Dense {


    private Dense() {
    }

    /** A linear solve: the solution, and whether the LU factorisation failed so a pseudo-inverse was used. */
    record Solution(double[] x, boolean pseudoInverse) {
    }

    static RealMatrix matrix(double[] flat, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * cols, a[r], 0, cols);
        }
        return new Array2DRowRealMatrix(a, false);
    }

    static double norm(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e * e;
        }
        return Math.sqrt(s);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double[] normalized(double[] v) {
        double nv = norm(v);
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= nv;
        }
        return out;
    }

    static boolean allFinite(double[] v) {
        for (double e : v) {
            if (!Double.isFinite(e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Solves \( A z = b \) by LU with partial pivoting (\( O(m^3) \)); if a pivot is exactly zero, falls back to
     * the SVD pseudo-inverse (minimum-norm least-squares step) with relative cut-off {@link #PSEUDO_INVERSE_CUTOFF}.
     *
     * @return the solution, or {@code null} when even the pseudo-inverse step is not finite
     */
    static Solution solve(double[] a, int m, double[] b) {
        if (m >= SolveThresholds.ROW_MAJOR_LU_FROM) {
            double[] z = rowMajorLu(a, m, b);
            if (z != null) {
                return new Solution(z, false);
            }
        }
        RealMatrix mat = matrix(a, m, m);
        try {
            DecompositionSolver s = new LUDecomposition(mat, Double.MIN_NORMAL).getSolver();
            if (s.isNonSingular()) {
                double[] z = s.solve(new ArrayRealVector(b, false)).toArray();
                if (allFinite(z)) {
                    return new Solution(z, false);
                }
            }
        } catch (MathRuntimeException e) {
            // singular: fall through to the pseudo-inverse
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(mat);
        double[] sv = svd.getSingularValues();
        double cutoff = SolveThresholds.PSEUDO_INVERSE_CUTOFF * (sv.length == 0 ? 0 : sv[0]);
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        double[] z = new double[m];
        for (int k = 0; k < sv.length; k++) {
            if (sv[k] <= cutoff || sv[k] == 0) {
                continue;
            }
            double c = u.getColumnVector(k).dotProduct(new ArrayRealVector(b, false)) / sv[k];
            for (int i = 0; i < m; i++) {
                z[i] += c * v.getEntry(i, k);
            }
        }
        return allFinite(z) ? new Solution(z, true) : null;
    }

    /**
     * LU with partial pivoting on the flat row-major array (EJML {@code LUDecompositionAlt_DDRM}, cache-friendly;
     * Hipparchus' LU walks columns of a {@code double[][]} and is several times slower from a few hundred unknowns on).
     * Singular in the sense of the Hipparchus path (a pivot below {@link Double#MIN_NORMAL} in magnitude) or a
     * non-finite solution gives {@code null}, and the caller falls back to that path.
     */
    private static double[] rowMajorLu(double[] a, int m, double[] b) {
        org.ejml.data.DMatrixRMaj mat = org.ejml.data.DMatrixRMaj.wrap(m, m, a);
        org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM dec =
                new org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM();
        org.ejml.dense.row.linsol.lu.LinearSolverLu_DDRM solver = new org.ejml.dense.row.linsol.lu.LinearSolverLu_DDRM(dec);
        if (!solver.setA(mat)) {
            return null;
        }
        double[] f = dec.getLU().data;
        for (int i = 0; i < m; i++) {
            if (!(Math.abs(f[i * m + i]) >= Double.MIN_NORMAL)) {
                return null;
            }
        }
        org.ejml.data.DMatrixRMaj z = new org.ejml.data.DMatrixRMaj(m, 1);
        solver.solve(org.ejml.data.DMatrixRMaj.wrap(m, 1, b.clone()), z);
        return allFinite(z.data) ? z.data : null;
    }

    /** @return the eigenvalues of the symmetric part of the flat n*n matrix, ascending */
    static double[] symmetricEigenvalues(double[] flat, int n) {
        return SymmetricEigenvalues.of(flat, n);
    }

    /** @return the real parts of the eigenvalues of the flat n*n matrix, ascending */
    static double[] eigenvalueRealParts(double[] flat, int n) {
        Complex[] ev = new EigenDecompositionNonSymmetric(matrix(flat, n, n)).getEigenvalues();
        double[] re = new double[ev.length];
        for (int i = 0; i < ev.length; i++) {
            re[i] = ev[i].getReal();
        }
        Arrays.sort(re);
        return re;
    }

    /**
     * @return \( \mathrm{sign}(\det A)\, |\det A|^{1/n} \) from the LU pivots (a continuous test function with the
     *         zeros and signs of \( \det A \) that neither underflows nor overflows for large n)
     */
    static double scaledDeterminant(double[] flat, int n) {
        RealMatrix u = new LUDecomposition(matrix(flat, n, n), 0.0).getU();
        double logSum = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(u.getEntry(i, i));
            if (d == 0) {
                return 0;
            }
            logSum += Math.log(d);
        }
        return determinantSign(flat, n) * Math.exp(logSum / n);
    }

    /**
     * @return the sign (-1, 0, +1) of \( \det A \) from the LU factorisation: the parity of the row permutation times
     *         the signs of the pivots (no product is formed, so it cannot underflow or overflow for large n)
     */
    static int determinantSign(double[] flat, int n) {
        LUDecomposition lu = new LUDecomposition(matrix(flat, n, n), 0.0);
        RealMatrix u = lu.getU();
        int sign = 1;
        for (int i = 0; i < n; i++) {
            double d = u.getEntry(i, i);
            if (d == 0 || Double.isNaN(d)) {
                return 0;
            }
            if (d < 0) {
                sign = -sign;
            }
        }
        int[] pivot = lu.getPivot();
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (seen[i]) {
                continue;
            }
            int length = 0;
            for (int j = i; !seen[j]; j = pivot[j]) {
                seen[j] = true;
                length++;
            }
            if (length % 2 == 0) {
                sign = -sign;
            }
        }
        return sign;
    }

    /** @return the Frobenius norm of a flat matrix */
    static double frobenius(double[] flat) {
        return norm(flat);
    }

    /**
     * The right singular vectors of the {@code count} smallest singular values of the flat n*n matrix: an
     * orthonormal basis of its numerical kernel when {@code count} is the kernel dimension.
     *
     * @return {@code count} unit vectors of length n, the one of the smallest singular value first
     */
    static double[][] smallestSingularVectors(double[] flat, int n, int count) {
        SingularValueDecomposition svd = new SingularValueDecomposition(matrix(flat, n, n));
        RealMatrix v = svd.getV();
        int k = Math.min(count, n);
        double[][] out = new double[k][];
        for (int i = 0; i < k; i++) {
            out[i] = v.getColumn(n - 1 - i);
        }
        return out;
    }

    /** @return the singular values of the flat n*n matrix, descending */
    static double[] singularValues(double[] flat, int n) {
        return new SingularValueDecomposition(matrix(flat, n, n)).getSingularValues();
    }

    /**
     * A unit vector spanning the kernel of the full-rank n x (n+1) matrix \( [J \; F_p] \): the last column of
     * \( Q \) in the QR factorisation of its transpose (Allgower and Georg, <em>Introduction to Numerical
     * Continuation Methods</em>, section 4.1).
     */
    static double[] kernelOfAugmented(double[] jac, double[] fp, int n) {
        double[][] at = new double[n + 1][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                at[c][r] = jac[r * n + c];
            }
            at[n][r] = fp[r];
        }
        RealMatrix q = new QRDecomposition(new Array2DRowRealMatrix(at, false)).getQ();
        return normalized(q.getColumn(n));
    }

    private static RealMatrix symmetrised(double[] flat, int n) {
        double[][] a = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a[r][c] = 0.5 * (flat[r * n + c] + flat[c * n + r]);
            }
        }
        return new Array2DRowRealMatrix(a, false);
    }
}
