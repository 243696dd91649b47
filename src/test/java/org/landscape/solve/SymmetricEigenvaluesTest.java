package org.landscape.solve;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spectrum factory against matrices with prescribed spectra \( A = Q \Lambda Q^T \) ({@link JacobiTest#withSpectrum}):
 * every route returns \( \Lambda \) ascending, eigenvectors with \( A v = \lambda v \), and names itself.
 */
class SymmetricEigenvaluesTest {
    private static final int N = 40;

    /** Multiplicities 12 and 8 and twenty simple values in [-3, 7]. */
    private static double[] lambda() {
        double[] l = new double[N];
        for (int i = 0; i < N; i++) {
            l[i] = i < 12 ? 0.5 : i < 20 ? -2 : -3 + 0.5 * (i - 20);
        }
        return l;
    }

    private static double[] sortedLambda() {
        double[] l = lambda();
        Arrays.sort(l);
        return l;
    }

    @Test
    void valuesOnlyRouteIsEjmlAndReturnsThePrescribedSpectrum() {
        double[][] a = JacobiTest.withSpectrum(lambda(), 11);
        SymmetricSpectrum s = SymmetricEigenvalues.spectrum(a);
        assertEquals(SpectrumRoute.EJML_DENSE, s.route());
        assertFalse(s.hasVectors());
        assertEquals(0, s.vectors().length);
        assertArrayEquals(sortedLambda(), s.values(), 1e-12 * 7);
        assertTrue(s.backwardErrorBound() > 0 && s.backwardErrorBound() < 1e-11);
        assertEquals(s.route().description(), s.evidence().method());
        // the flat entry point and the convenience method give the same numbers
        double[] flat = new double[N * N];
        for (int i = 0; i < N; i++) {
            System.arraycopy(a[i], 0, flat, i * N, N);
        }
        assertArrayEquals(s.values(), SymmetricEigenvalues.spectrum(flat, N).values(), 0);
        assertArrayEquals(s.values(), SymmetricEigenvalues.of(a), 0);
    }

    @Test
    void theSymmetricPartIsUsed() {
        double[][] a = JacobiTest.withSpectrum(lambda(), 12);
        double[][] b = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double skew = i < j ? 0.25 : i > j ? -0.25 : 0;
                b[i][j] = a[i][j] + skew;
            }
        }
        assertArrayEquals(sortedLambda(), SymmetricEigenvalues.of(b), 1e-12 * 7);
        assertArrayEquals(sortedLambda(), SymmetricEigenvalues.decomposition(b).values(), 1e-12 * 7);
    }

    @Test
    void decompositionAndJacobiRoutesGiveEigenpairsAscending() {
        double[][] a = JacobiTest.withSpectrum(lambda(), 13);
        for (SymmetricSpectrum s : new SymmetricSpectrum[] {SymmetricEigenvalues.decomposition(a),
                SymmetricEigenvalues.jacobi(a)}) {
            assertTrue(s.hasVectors());
            assertArrayEquals(sortedLambda(), s.values(), 1e-12 * 7, s.route().toString());
            assertEigenpairs(a, s.values(), s.vectors(), 1e-12 * 7 * N);
            double[] down = s.descendingValues();
            double[][] downVectors = s.descendingVectors();
            for (int i = 0; i < N; i++) {
                assertEquals(s.values()[N - 1 - i], down[i], 0);
                assertArrayEquals(s.vectors()[N - 1 - i], downVectors[i], 0);
            }
        }
        assertEquals(SpectrumRoute.HIPPARCHUS, SymmetricEigenvalues.decomposition(a).route());
        assertEquals(SpectrumRoute.JACOBI, SymmetricEigenvalues.jacobi(a).route());
    }

    @Test
    void theResultIsACopy() {
        SymmetricSpectrum s = SymmetricEigenvalues.decomposition(new double[][] {{2, 1}, {1, 2}});
        assertArrayEquals(new double[] {1, 3}, s.values(), 1e-15);
        s.values()[0] = 99;
        s.vectors()[0][0] = 99;
        assertEquals(1, s.values()[0], 1e-15);
        assertEquals(1 / Math.sqrt(2), Math.abs(s.vectors()[0][0]), 1e-15);
    }

    @Test
    void emptyMatrix() {
        assertEquals(0, SymmetricEigenvalues.spectrum(new double[0][]).dimension());
        assertEquals(0, SymmetricEigenvalues.decomposition(new double[0][]).dimension());
        assertEquals(0, SymmetricEigenvalues.jacobi(new double[0][]).dimension());
    }

    /** Asserts \( |A v_i - \lambda_i v_i| \le tol \) and \( |v_i \cdot v_j - \delta_{ij}| \le tol \). */
    static void assertEigenpairs(double[][] a, double[] values, double[][] vectors, double tol) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            double res = 0;
            for (int p = 0; p < n; p++) {
                double s = -values[i] * vectors[i][p];
                for (int q = 0; q < n; q++) {
                    s += a[p][q] * vectors[i][q];
                }
                res = Math.max(res, Math.abs(s));
            }
            assertTrue(res <= tol, "residual " + res + " of eigenpair " + i);
            for (int j = 0; j <= i; j++) {
                double dot = 0;
                for (int p = 0; p < n; p++) {
                    dot += vectors[i][p] * vectors[j][p];
                }
                assertEquals(i == j ? 1 : 0, dot, tol, "v_" + i + " . v_" + j);
            }
        }
    }
}
