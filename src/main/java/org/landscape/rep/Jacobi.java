package org.landscape.rep;

/**
 * Symmetric eigen-decomposition by the cyclic Jacobi method (Golub–Van Loan §8.5): converges for every
 * symmetric matrix, including those on which Householder + QL reports "convergence failed".
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
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
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
                    for (int k = 0; k < n; k++) {
                        double mkp = m[k][p];
                        double mkq = m[k][q];
                        m[k][p] = c * mkp - s * mkq;
                        m[k][q] = s * mkp + c * mkq;
                    }
                    for (int k = 0; k < n; k++) {
                        double mpk = m[p][k];
                        double mqk = m[q][k];
                        m[p][k] = c * mpk - s * mqk;
                        m[q][k] = s * mpk + c * mqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vp = v[p][k];
                        double vq = v[q][k];
                        v[p][k] = c * vp - s * vq;
                        v[q][k] = s * vp + c * vq;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            values[i] = m[i][i];
        }
        return v;
    }
}
