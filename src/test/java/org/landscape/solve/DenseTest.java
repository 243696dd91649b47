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
}
