package org.landscape.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class DenseTest {

    @Test
    void determinantSignMatchesTheProductOfEigenvalueSignsAndDoesNotUnderflow() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + rnd.nextInt(8);
            double[] a = new double[n * n];
            for (int r = 0; r < n; r++) {
                for (int c = 0; c <= r; c++) {
                    a[r * n + c] = rnd.nextGaussian();
                    a[c * n + r] = a[r * n + c];
                }
            }
            int expected = 1;
            for (double ev : Dense.symmetricEigenvalues(a, n)) {
                expected *= ev < 0 ? -1 : 1;
            }
            assertEquals(expected, Dense.determinantSign(a, n), "trial " + trial);
        }
        // 200 x 200: -1e-3 I has determinant 1e-600 (underflows), sign +1
        int n = 200;
        double[] small = new double[n * n];
        for (int i = 0; i < n; i++) {
            small[i * n + i] = -1e-3;
        }
        assertEquals(1, Dense.determinantSign(small, n));
        small[0] = 1e-3;
        assertEquals(-1, Dense.determinantSign(small, n));
        assertEquals(-1e-3, Dense.scaledDeterminant(small, n), 1e-17);
    }

    @Test
    void augmentedKernelIsTheTangentOfACircle() {
        // F = x^2 + p^2 - 1 at (x, p) = (0.6, 0.8): [J F_p] = [1.2, 1.6], kernel spanned by (0.8, -0.6)
        double[] t = Dense.kernelOfAugmented(new double[] {1.2}, new double[] {1.6}, 1);
        assertEquals(0.8, Math.abs(t[0]), 1e-15);
        assertEquals(-Math.signum(t[0]) * 0.6, t[1], 1e-15);
    }

    /**
     * Above {@link SolveThresholds#ROW_MAJOR_LU_FROM} unknowns the solve takes the row-major LU: it recovers a chosen
     * solution to rounding, leaves the matrix unchanged, and an exactly singular matrix (two equal rows) still gets
     * the pseudo-inverse step of the Hipparchus path (minimum-norm least squares, orthogonal to the kernel).
     */
    @Test
    void largeSolveRecoversTheSolutionAndKeepsThePseudoInverseFallBack() {
        int m = SolveThresholds.ROW_MAJOR_LU_FROM + 50;
        Random rnd = new Random(5);
        double[] a = new double[m * m];
        double[] x = new double[m];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextGaussian();
        }
        for (int i = 0; i < m; i++) {
            x[i] = rnd.nextGaussian();
            a[i * m + i] += 2 * Math.sqrt(m);
        }
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                b[i] += a[i * m + j] * x[j];
            }
        }
        double[] copy = a.clone();
        Dense.Solution s = Dense.solve(a, m, b);
        assertEquals(false, s.pseudoInverse());
        for (int i = 0; i < m; i++) {
            assertEquals(x[i], s.x()[i], 1e-12, "entry " + i);
        }
        assertEquals(true, java.util.Arrays.equals(copy, a), "the matrix is read only");
        System.arraycopy(a, 0, a, m, m); // row 1 := row 0: singular, kernel orthogonal to rows
        b[1] = b[0];
        Dense.Solution p = Dense.solve(a, m, b);
        assertEquals(true, p.pseudoInverse(), "exactly singular: pseudo-inverse step");
        for (int i = 0; i < m; i++) {
            double r = -b[i];
            for (int j = 0; j < m; j++) {
                r += a[i * m + j] * p.x()[j];
            }
            assertEquals(0, r, 1e-9, "consistent singular system solved, row " + i);
        }
    }
}
