package org.landscape.solve;

/**
 * Symmetric eigen-decomposition by the cyclic Jacobi method (Golub–Van Loan §8.5): converges for every
 * symmetric matrix, including those on which Householder + QL reports "convergence failed". The fallback route of
 * {@link SymmetricEigenvalues}; callers outside this package go through that factory.
 */
public final class Jacobi {
    private Jacobi() {
    }

    /**
     * @param a symmetric n x n (read, not modified)
     * @param values written: eigenvalues (length n)
     * @return eigenvectors as rows, in the order of {@code values}; \( O(n^3) \) per sweep, converges quadratically
     */
    public static double[][] decompose(double[][] a, double[] values) {
        return run(a, values, true);
    }

    /**
     * Eigenvalues only (no eigenvector accumulation): the same rotations as {@link #decompose}.
     *
     * @param a symmetric n x n (read, not modified)
     * @return the eigenvalues, in diagonal order (not sorted)
     */
    public static double[] values(double[][] a) {
        double[] values = new double[a.length];
        run(a, values, false);
        return values;
    }

    /**
     * One rotation \( M \leftarrow J^T M J \) in the plane (p, q) updates rows p and q (contiguous) and mirrors
     * them into columns p and q, using the symmetry of M; the 2 x 2 block is set from the closed form
     * (Golub and Van Loan, Algorithm 8.5.1), so \( m_{pq} = 0 \) exactly.
     */
    private static double[][] run(double[][] a, double[] values, boolean vectors) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        double[][] v = vectors ? new double[n][n] : null;
        for (int i = 0; vectors && i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += m[i][i] * m[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += m[i][j] * m[i][j];
                }
            }
            if (off <= 1e-30 * Math.max(diag, 1e-300)) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (m[p][q] == 0) {
                        continue;
                    }
                    double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    double app = m[p][p];
                    double aqq = m[q][q];
                    double apq = m[p][q];
                    double[] rp = m[p];
                    double[] rq = m[q];
                    rotate(rp, rq, c, s);
                    rp[p] = c * c * app - 2 * c * s * apq + s * s * aqq;
                    rq[q] = s * s * app + 2 * c * s * apq + c * c * aqq;
                    rp[q] = 0;
                    rq[p] = 0;
                    for (int k = 0; k < n; k++) {
                        if (k != p && k != q) {
                            m[k][p] = rp[k];
                            m[k][q] = rq[k];
                        }
                    }
                    if (vectors) {
                        rotate(v[p], v[q], c, s);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            values[i] = m[i][i];
        }
        return v;
    }

    /** \( (x, y) \leftarrow (c x - s y, s x + c y) \) entrywise (a plane rotation of two rows). */
    private static void rotate(double[] x, double[] y, double c, double s) {
        for (int k = 0; k < x.length; k++) {
            double a = x[k];
            double b = y[k];
            x[k] = c * a - s * b;
            y[k] = s * a + c * b;
        }
    }
}
