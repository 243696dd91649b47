package org.landscape.analysis;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

import java.util.Arrays;

/**
 * Eigenvalues of a dense symmetric matrix: Hipparchus {@code EigenDecompositionSymmetric} (Householder
 * tridiagonalisation + implicit QL, \( O(n^3) \)), and when it reports "convergence failed" (seen with Hipparchus
 * 4.0.2 and commons-math3 3.6.1 on the Hessian at \( W = V = I_{20} \), whose eigenvalues have multiplicities up to
 * 171) the cyclic Jacobi method (Golub and Van Loan, section 8.5), which converges for every symmetric matrix.
 */
public final class SymmetricEigenvalues {
    private SymmetricEigenvalues() {
    }

    /**
     * @param a symmetric n x n (read; the symmetric part is used)
     * @return the eigenvalues, ascending
     */
    public static double[] of(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = 0.5 * (a[i][j] + a[j][i]);
            }
        }
        double[] ev;
        try {
            ev = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(m, true)).getEigenvalues().clone();
        } catch (MathIllegalStateException e) {
            ev = jacobi(m);
        }
        Arrays.sort(ev);
        return ev;
    }

    /** Cyclic Jacobi with the threshold strategy; modifies m. */
    static double[] jacobi(double[][] m) {
        int n = m.length;
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += m[i][i] * m[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += m[i][j] * m[i][j];
                }
            }
            if (off <= 1e-34 * Math.max(diag, Double.MIN_NORMAL)) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = m[p][q];
                    if (Math.abs(apq) < 1e-300) {
                        continue;
                    }
                    double theta = (m[q][q] - m[p][p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int r = 0; r < n; r++) {
                        double mrp = m[r][p];
                        double mrq = m[r][q];
                        m[r][p] = c * mrp - s * mrq;
                        m[r][q] = s * mrp + c * mrq;
                    }
                    for (int r = 0; r < n; r++) {
                        double mpr = m[p][r];
                        double mqr = m[q][r];
                        m[p][r] = c * mpr - s * mqr;
                        m[q][r] = s * mpr + c * mqr;
                    }
                }
            }
        }
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) {
            ev[i] = m[i][i];
        }
        return ev;
    }
}
