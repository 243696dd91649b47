package org.landscape.solve;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

import java.util.Arrays;

/**
 * Eigenvalues of a dense symmetric matrix: the one spectrum factory of the project (STYLE 4). Methods, in order:
 * <ol>
 *   <li>EJML {@code DecompositionFactory_DDRM.eig(n, false, true)}: Householder tridiagonalisation (blocked for large
 *       n) and implicit symmetric QR, values only, \( \tfrac43 n^3 \) flops; about 50 times faster than Hipparchus at
 *       n = 900 (bench/RESULTS.md, "Dense symmetric eigenvalues");</li>
 *   <li>Hipparchus {@code EigenDecompositionSymmetric} (Householder + implicit QL) when EJML reports failure;</li>
 *   <li>the cyclic Jacobi method (Golub and Van Loan, section 8.5), which converges for every symmetric matrix, when
 *       QL reports "convergence failed" (seen with Hipparchus 4.0.2 on the Hessian at \( W = V = I_{20} \), whose
 *       eigenvalues have multiplicities up to 171; covered by a regression test).</li>
 * </ol>
 * {@link #lastMethod()} names the method that produced the last result on this thread.
 */
public final class SymmetricEigenvalues {
    private static final ThreadLocal<String> LAST = ThreadLocal.withInitial(() -> "none");

    private SymmetricEigenvalues() {
    }

    /**
     * @param a symmetric n x n (read; the symmetric part is used)
     * @return the eigenvalues, ascending
     */
    public static double[] of(double[][] a) {
        int n = a.length;
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.unsafe_set(i, j, 0.5 * (a[i][j] + a[j][i]));
            }
        }
        return ejml(m).orElseGet(() -> fallback(m));
    }

    /**
     * @param flat symmetric n x n, flat row-major (read; the symmetric part is used)
     * @param n    the order
     * @return the eigenvalues, ascending
     */
    public static double[] of(double[] flat, int n) {
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        double[] data = m.data;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                data[i * n + j] = 0.5 * (flat[i * n + j] + flat[j * n + i]);
            }
        }
        return ejml(m).orElseGet(() -> fallback(m));
    }

    /** @return the method of the last call on this thread: "EJML", "Hipparchus" or "Jacobi" */
    public static String lastMethod() {
        return LAST.get();
    }

    private static java.util.Optional<double[]> ejml(DMatrixRMaj m) {
        int n = m.numRows;
        if (n == 0) {
            LAST.set("EJML");
            return java.util.Optional.of(new double[0]);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        DMatrixRMaj work = eig.inputModified() ? m.copy() : m;
        if (!eig.decompose(work)) {
            return java.util.Optional.empty();
        }
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) {
            ev[i] = eig.getEigenvalue(i).getReal();
            if (!Double.isFinite(ev[i])) {
                return java.util.Optional.empty();
            }
        }
        Arrays.sort(ev);
        LAST.set("EJML");
        return java.util.Optional.of(ev);
    }

    private static double[] fallback(DMatrixRMaj m) {
        int n = m.numRows;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = m.unsafe_get(i, j);
            }
        }
        double[] ev;
        try {
            ev = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(a, false)).getEigenvalues().clone();
            LAST.set("Hipparchus");
        } catch (MathIllegalStateException e) {
            ev = jacobi(a);
            LAST.set("Jacobi");
        }
        Arrays.sort(ev);
        return ev;
    }

    /** The cyclic Jacobi method ({@link Jacobi}); {@code m} is read. */
    static double[] jacobi(double[][] m) {
        return Jacobi.values(m);
    }
}
