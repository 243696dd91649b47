package org.landscape.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Network loss against identities of MATH.md and finite differences. */
class NetworkLossTest {

    private static double[][] random(Random rnd, int k, int d) {
        double[][] m = new double[k][d];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                m[i][c] = rnd.nextGaussian();
            }
        }
        return m;
    }

    /**
     * At W = V the loss is exactly 0: a difference of sums of (k + n)^2 / 2 kernel values near 1/(2 pi) that cancel.
     * Summed naively, values of equal size round the same way and the residue grows like k^4 ulps (about 1e-8 at
     * k = 200); compensated, it stays at the rounding of the largest partial sum. The parts {L_lin, L_relu} vanish too.
     */
    @Test
    void lossVanishesAtTheTeacherToTheRoundingOfOneSum() {
        for (int k : new int[]{50, 200}) {
            double[][] v = new double[k][k];
            for (int i = 0; i < k; i++) {
                v[i][i] = 1;
            }
            double largest = k * k / (4 * Math.PI);
            NetworkLoss l = Models.loss(0.3, v);
            assertEquals(0, l.loss(v), 8 * Math.ulp(largest), "L(V) at k = " + k);
            double[] parts = l.lossParts(v);
            assertEquals(0, parts[0], 8 * Math.ulp(largest), "L_lin(V) at k = " + k);
            assertEquals(0, parts[1], 8 * Math.ulp(largest), "L_relu(V) at k = " + k);
        }
    }

    /**
     * The profiles of the last point are reused only for a point with the same entries: after the loss at W, the
     * gradient at a copy of W equals a fresh evaluator's bit for bit, and after W is changed in place the loss and
     * gradient follow the change (no stale profiles), again equal to a fresh evaluator's and to a central difference.
     */
    @Test
    void profilesAreReusedOnlyForTheSameEntries() {
        Random rnd = new Random(11);
        double[][] v = random(rnd, 4, 5);
        double[][] w = random(rnd, 6, 5);
        NetworkLoss cached = Models.loss(0.2, v);
        double l0 = cached.loss(w);
        double[][] copy = Matrices.copy(w);
        double[] g = new double[30];
        double[] fresh = new double[30];
        assertEquals(l0, cached.lossAndGradient(copy, g), 0);
        Models.loss(0.2, v).gradient(w, fresh);
        for (int q = 0; q < g.length; q++) {
            assertEquals(fresh[q], g[q], 0, "gradient entry " + q + " after the loss at the same point");
        }
        double h = 1e-6;
        w[2][3] += h;
        double up = cached.loss(w);
        w[2][3] -= 2 * h;
        double down = cached.loss(w);
        w[2][3] += h;
        assertEquals(fresh[2 * 5 + 3], (up - down) / (2 * h), 1e-7, "central difference of the cached evaluator");
        w[1][0] += 0.25;
        double changed = cached.lossAndGradient(w, g);
        assertEquals(Models.loss(0.2, v).lossAndGradient(w, fresh), changed, 0);
        for (int q = 0; q < g.length; q++) {
            assertEquals(fresh[q], g[q], 0, "gradient entry " + q + " after an in-place change");
        }
        assertEquals(true, Math.abs(changed - l0) > 1e-6, "the in-place change moved the loss");
    }

    @Test
    void globalMinimumHasZeroLossAndGradient() {
        for (double alpha : new double[]{-1.3, -1, 0, 0.2, 1.7}) {
            double[][] v = Matrices.identity(4);
            NetworkLoss l = Models.loss(alpha, v);
            assertEquals(0, l.loss(v), 1e-14);
            double[] g = new double[16];
            l.gradient(v, g);
            for (double x : g) {
                assertEquals(0, x, 1e-14);
            }
        }
    }

    @Test
    void linearActivationGivesHalfSquaredDifferenceOfSums() {
        Random rnd = new Random(3);
        double[][] w = random(rnd, 3, 4);
        double[][] v = random(rnd, 2, 4);
        double sq = 0;
        for (int c = 0; c < 4; c++) {
            double diff = 0;
            for (double[] r : w) {
                diff += r[c];
            }
            for (double[] r : v) {
                diff -= r[c];
            }
            sq += diff * diff;
        }
        assertEquals(0.5 * sq, Models.loss(1, v).loss(w), 1e-13);
        assertEquals(0.5 * sq, Models.loss(0.5, v).lossParts(w)[0], 1e-13);
    }

    @Test
    void alphaSplitAndDuality() {
        Random rnd = new Random(5);
        double[][] w = random(rnd, 3, 3);
        double[][] v = random(rnd, 3, 3);
        double[] parts = Models.loss(0, v).lossParts(w);
        for (double alpha : new double[]{-2.5, -1, -0.3, 0.4, 2}) {
            double direct = Models.loss(alpha, v).loss(w);
            assertEquals(direct, alpha * parts[0] + (1 - alpha) * (1 - alpha) * parts[1], 1e-12 * Math.abs(direct));
            // L_{1/alpha} = L_alpha / alpha^2
            assertEquals(direct / (alpha * alpha), Models.loss(1 / alpha, v).loss(w), 1e-12 * Math.abs(direct));
        }
    }

    @Test
    void gradientAndHessianMatchFiniteDifferences() {
        Random rnd = new Random(9);
        for (int trial = 0; trial < 6; trial++) {
            int k = 2 + rnd.nextInt(2);
            int d = 2 + rnd.nextInt(2);
            double alpha = -1.5 + 3 * rnd.nextDouble();
            double[][] w = random(rnd, k, d);
            double[][] v = random(rnd, 1 + rnd.nextInt(3), d);
            NetworkLoss l = Models.loss(alpha, v);
            int m = k * d;
            double[] g = new double[m];
            double[] h = new double[m * m];
            l.gradient(w, g);
            l.hessian(w, h);
            double eps = 1e-5;
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < d; c++) {
                    double[][] wp = Matrices.copy(w);
                    double[][] wm = Matrices.copy(w);
                    wp[i][c] += eps;
                    wm[i][c] -= eps;
                    assertEquals((l.loss(wp) - l.loss(wm)) / (2 * eps), g[i * d + c], 1e-8);
                    double[] gp = new double[m];
                    double[] gm = new double[m];
                    l.gradient(wp, gp);
                    l.gradient(wm, gm);
                    for (int r = 0; r < m; r++) {
                        assertEquals((gp[r] - gm[r]) / (2 * eps), h[r * m + i * d + c], 1e-7);
                    }
                }
            }
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < m; c++) {
                    assertEquals(h[r * m + c], h[c * m + r], 0.0, "Hessian must be exactly symmetric");
                }
            }
        }
    }

    @Test
    void dimensionMismatchAndDeadNeuronAreRefused() {
        NetworkLoss l = Models.loss(0, Matrices.identity(2));
        assertThrows(org.landscape.base.InvalidInputException.class, () -> l.loss(new double[][]{{1, 0, 0}}));
        assertThrows(org.landscape.base.InvalidInputException.class,
                () -> l.gradient(new double[][]{{0, 0}, {1, 0}}, new double[4]));
        assertEquals(0.25, l.loss(new double[][]{{0, 0}, {1, 0}}), 1e-15);
    }
}
