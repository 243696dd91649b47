package org.landscape.solve;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one spectrum factory of the project (STYLE 4): eigenvalues, and eigenvectors where asked for, of a dense
 * symmetric matrix (its symmetric part \( \tfrac12 (A + A^T) \) is used), with the route that ran in the result
 * ({@link SymmetricSpectrum#route()}, {@link SymmetricSpectrum#evidence()}). No other class of {@code src/main}
 * constructs an eigensolver, except the independent re-checker {@code proof.check}, which by design shares no code
 * with what it checks (the architecture test enforces both).
 *
 * <p>Values only ({@link #spectrum}, {@link #of}), in this order:
 * <ol>
 *   <li>{@link SpectrumRoute#EJML_DENSE}: Householder tridiagonalisation (blocked for large n) and implicit symmetric
 *       QR, \( \tfrac43 n^3 \) flops; about 50 times faster than Hipparchus at n = 900 (bench/RESULTS.md, "Dense
 *       symmetric eigenvalues");</li>
 *   <li>{@link SpectrumRoute#HIPPARCHUS} (Householder + implicit QL) when EJML reports failure;</li>
 *   <li>{@link SpectrumRoute#JACOBI_FALLBACK}, the cyclic Jacobi method (Golub and Van Loan, section 8.5), which
 *       converges for every symmetric matrix, when QL reports "convergence failed" (seen with Hipparchus 4.0.2 on
 *       the Hessian at \( W = V = I_{20} \), whose eigenvalues have multiplicities up to 171; regression test
 *       {@code SymmetricEigenvaluesTest}).</li>
 * </ol>
 * With eigenvectors ({@link #decomposition}): {@link SpectrumRoute#HIPPARCHUS}, about \( 9 n^3 \) flops, and
 * {@link SpectrumRoute#JACOBI_FALLBACK} when QL does not converge. {@link #jacobi} asks for the cyclic Jacobi method
 * itself ({@link SpectrumRoute#JACOBI}), \( O(n^3) \) per sweep, for small blocks.
 */
public final class SymmetricEigenvalues {
    private SymmetricEigenvalues() {
    }

    /**
     * @param a symmetric n x n (read; the symmetric part is used)
     * @return the eigenvalues, ascending ({@link #spectrum(double[][])})
     */
    public static double[] of(double[][] a) {
        return spectrum(a).values();
    }

    /**
     * @param flat symmetric n x n, flat row-major (read; the symmetric part is used)
     * @param n    the order
     * @return the eigenvalues, ascending ({@link #spectrum(double[], int)})
     */
    public static double[] of(double[] flat, int n) {
        return spectrum(flat, n).values();
    }

    /**
     * @param a symmetric n x n (read; the symmetric part is used)
     * @return the eigenvalues, ascending, without vectors, and the route; \( O(n^3) \)
     */
    public static SymmetricSpectrum spectrum(double[][] a) {
        int n = a.length;
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.unsafe_set(i, j, 0.5 * (a[i][j] + a[j][i]));
            }
        }
        return values(m);
    }

    /**
     * @param flat symmetric n x n, flat row-major (read; the symmetric part is used)
     * @param n    the order
     * @return the eigenvalues, ascending, without vectors, and the route; \( O(n^3) \)
     */
    public static SymmetricSpectrum spectrum(double[] flat, int n) {
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        double[] data = m.data;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                data[i * n + j] = 0.5 * (flat[i * n + j] + flat[j * n + i]);
            }
        }
        return values(m);
    }

    /**
     * @param a symmetric n x n (read; the symmetric part is used)
     * @return the eigenvalues, ascending, with unit eigenvectors as rows in the same order, and the route;
     *         \( O(n^3) \)
     */
    public static SymmetricSpectrum decomposition(double[][] a) {
        int n = a.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = 0.5 * (a[i][j] + a[j][i]);
            }
        }
        return vectors(s);
    }

    /**
     * @param flat symmetric n x n, flat row-major (read; the symmetric part is used)
     * @param n    the order
     * @return the eigenvalues, ascending, with unit eigenvectors as rows in the same order, and the route
     */
    public static SymmetricSpectrum decomposition(double[] flat, int n) {
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = 0.5 * (flat[i * n + j] + flat[j * n + i]);
            }
        }
        return vectors(s);
    }

    /**
     * The cyclic Jacobi method on request (not a fallback): for small blocks, where its rotations keep eigenvectors
     * of close eigenvalues accurate and the cost, \( O(n^3) \) per sweep, does not matter.
     *
     * @param a symmetric n x n (read; the symmetric part is used)
     * @return the eigenvalues, ascending, with unit eigenvectors as rows in the same order (equal values in the
     *         diagonal order of the rotations); route {@link SpectrumRoute#JACOBI}
     */
    public static SymmetricSpectrum jacobi(double[][] a) {
        int n = a.length;
        double[][] s = new double[n][n];
        double[] flat = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = 0.5 * (a[i][j] + a[j][i]);
                flat[i * n + j] = s[i][j];
            }
        }
        double[] ev = new double[n];
        double[][] vec = Jacobi.decompose(s, ev);
        return sorted(ev, vec, SpectrumRoute.JACOBI, bound(flat, n));
    }

    private static SymmetricSpectrum values(DMatrixRMaj m) {
        double bound = bound(m.data, m.numRows);
        Optional<double[]> ejml = ejml(m);
        if (ejml.isPresent()) {
            return new SymmetricSpectrum(ejml.get(), new double[0][], SpectrumRoute.EJML_DENSE, bound);
        }
        int n = m.numRows;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = m.unsafe_get(i, j);
            }
        }
        double[] ev;
        SpectrumRoute route;
        try {
            ev = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(a, false)).getEigenvalues().clone();
            route = SpectrumRoute.HIPPARCHUS;
        } catch (MathIllegalStateException e) {
            ev = Jacobi.values(a);
            route = SpectrumRoute.JACOBI_FALLBACK;
        }
        Arrays.sort(ev);
        return new SymmetricSpectrum(ev, new double[0][], route, bound);
    }

    private static Optional<double[]> ejml(DMatrixRMaj m) {
        int n = m.numRows;
        if (n == 0) {
            return Optional.of(new double[0]);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        DMatrixRMaj work = eig.inputModified() ? m.copy() : m;
        if (!eig.decompose(work)) {
            return Optional.empty();
        }
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) {
            ev[i] = eig.getEigenvalue(i).getReal();
            if (!Double.isFinite(ev[i])) {
                return Optional.empty();
            }
        }
        Arrays.sort(ev);
        return Optional.of(ev);
    }

    /** Hipparchus QL with vectors, Jacobi when QL does not converge; {@code s} is symmetric and read. */
    private static SymmetricSpectrum vectors(double[][] s) {
        int n = s.length;
        double[] flat = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(s[i], 0, flat, i * n, n);
        }
        double bound = bound(flat, n);
        if (n == 0) {
            return new SymmetricSpectrum(new double[0], new double[0][], SpectrumRoute.HIPPARCHUS, bound);
        }
        double[] ev = new double[n];
        double[][] vec;
        SpectrumRoute route;
        try {
            EigenDecompositionSymmetric e = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(s, true));
            double[] dec = e.getEigenvalues();
            vec = new double[n][];
            // Hipparchus orders decreasingly: reversing keeps its order of equal values, reversed
            for (int i = 0; i < n; i++) {
                ev[i] = dec[n - 1 - i];
                vec[i] = e.getEigenvector(n - 1 - i).toArray();
            }
            route = SpectrumRoute.HIPPARCHUS;
        } catch (MathIllegalStateException e) {
            vec = Jacobi.decompose(s, ev);
            route = SpectrumRoute.JACOBI_FALLBACK;
        }
        return sorted(ev, vec, route, bound);
    }

    /**
     * A stable sort into ascending order: the identity on Hipparchus's (reversed) order, the ascending order for
     * Jacobi's diagonal order.
     */
    private static SymmetricSpectrum sorted(double[] ev, double[][] vec, SpectrumRoute route, double bound) {
        int n = ev.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] values = ev;
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] sortedValues = new double[n];
        double[][] sortedVectors = new double[n][];
        for (int i = 0; i < n; i++) {
            sortedValues[i] = ev[order[i]];
            sortedVectors[i] = vec[order[i]];
        }
        return new SymmetricSpectrum(sortedValues, sortedVectors, route, bound);
    }

    /** @return \( 10\, n\, \epsilon \|A\|_F \) of the flat n x n matrix */
    private static double bound(double[] flat, int n) {
        double scale = 0;
        for (int i = 0; i < n * n; i++) {
            scale = Math.max(scale, Math.abs(flat[i]));
        }
        if (scale == 0) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < n * n; i++) {
            double y = flat[i] / scale;
            s += y * y;
        }
        return 10.0 * n * Math.ulp(1.0) * scale * Math.sqrt(s);
    }
}
