package org.landscape.solve;

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

    /** The cyclic Jacobi fallback ({@link Jacobi}); {@code m} is read. */
    static double[] jacobi(double[][] m) {
        return Jacobi.values(m);
    }
}
