package org.landscape.model;

import org.junit.jupiter.api.Test;
import org.landscape.verify.FiniteDifferences;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overlap form against the direct (Kahan-angle) evaluator at generic points, against central
 * differences of its own loss, and its documented accuracy loss near parallel pairs.
 */
class OverlapLossTest {

    private static double[][] random(Random rnd, int k, int d) {
        double[][] m = new double[k][d];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                m[i][c] = rnd.nextGaussian();
            }
        }
        return m;
    }

    @Test
    void agreesWithDirectEvaluatorAtGenericPoints() {
        Random rnd = new Random(31);
        for (int trial = 0; trial < 12; trial++) {
            int k = 1 + rnd.nextInt(5);
            int n = 1 + rnd.nextInt(5);
            int d = 1 + rnd.nextInt(40);
            double alpha = -2 + 4 * rnd.nextDouble();
            double[][] v = random(rnd, n, d);
            double[][] w = random(rnd, k, d);
            NetworkLoss direct = Models.loss(alpha, v);
            OverlapLoss overlap = Models.overlapLoss(alpha, v);
            double[] g0 = new double[k * d];
            double[] g1 = new double[k * d];
            double l0 = direct.lossAndGradient(w, g0);
            double l1 = overlap.lossAndGradient(w, g1);
            double scale = (1 + alpha * alpha) * (k + n) * (k + n) * d;
            assertEquals(l0, l1, 1e-14 * scale, "loss");
            assertEquals(l0, overlap.loss(w), 1e-14 * scale, "loss without gradient");
            if (d == 1) {
                continue; // every pair is parallel or antiparallel in R^1: see the accuracy test
            }
            for (int r = 0; r < k * d; r++) {
                assertEquals(g0[r], g1[r], 1e-11 * scale, "gradient " + r);
            }
        }
    }

    @Test
    void gradientMatchesCentralDifferencesOfTheOverlapLoss() {
        Random rnd = new Random(32);
        double[][] v = random(rnd, 3, 5);
        double[][] w = random(rnd, 4, 5);
        OverlapLoss overlap = Models.overlapLoss(0.2, v);
        double[] x = new double[20];
        for (int i = 0; i < 4; i++) {
            System.arraycopy(w[i], 0, x, i * 5, 5);
        }
        FiniteDifferences.Result fd = FiniteDifferences.gradient(y -> overlap.loss(unflat(y, 4, 5)), x, 1,
                FiniteDifferences.Settings.GRADIENT);
        double[] g = new double[20];
        overlap.lossAndGradient(w, g);
        for (int r = 0; r < 20; r++) {
            assertEquals(fd.derivative()[r], g[r], 1e-8 + 10 * fd.error()[r], "component " + r);
        }
    }

    private static double[][] unflat(double[] y, int k, int d) {
        double[][] w = new double[k][d];
        for (int i = 0; i < k; i++) {
            System.arraycopy(y, i * d, w[i], 0, d);
        }
        return w;
    }

    @Test
    void atTheGlobalMinimumLossIsAccurateAndGradientOnlyToSqrtEpsilon() {
        // W = V: every (w_i, v_i) is parallel; the rounded cosine costs the gradient about sqrt(eps)
        Random rnd = new Random(33);
        double[][] v = random(rnd, 4, 6);
        OverlapLoss overlap = Models.overlapLoss(0, v);
        double[] g = new double[24];
        double loss = overlap.lossAndGradient(v, g);
        assertEquals(0, loss, 1e-13);
        double worst = 0;
        for (double x : g) {
            worst = Math.max(worst, Math.abs(x));
        }
        assertTrue(worst < 1e-6, "gradient at the minimum should be 0 up to about 1e-8, got " + worst);
    }
}
