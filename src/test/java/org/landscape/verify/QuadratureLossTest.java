package org.landscape.verify;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assembled loss reference against the identities of MATH.md section 2 (typed here only) and against finite
 * differences of its own value and gradient.
 */
class QuadratureLossTest {
    private static final Random RND = new Random(2026);
    private static final double[][] W = {{0.9, 0.2, -0.3}, {-0.4, 1.1, 0.5}, {0.3, -0.6, 0.8}};
    private static final double[][] V = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    /** L_lin = 1/2 |sum_i w_i - sum_j v_j|^2. */
    private static double linearLoss(double[][] w, double[][] v) {
        double s = 0;
        for (int c = 0; c < w[0].length; c++) {
            double r = 0;
            for (double[] row : w) {
                r += row[c];
            }
            for (double[] row : v) {
                r -= row[c];
            }
            s += r * r;
        }
        return s / 2;
    }

    @Test
    void linearLossAndDecompositionIntoSquaresOfAAndB() {
        double lin = new QuadratureReference(1).lossValue(W, V);
        assertEquals(linearLoss(W, V), lin, 1e-15 * 10);
        double abs = new QuadratureReference(-1).lossValue(W, V);
        for (double alpha : new double[] {-2.7, -1.3, -0.5, 0, 0.2, 1.7}) {
            double a = (1 + alpha) / 2;
            double b = (1 - alpha) / 2;
            double l = new QuadratureReference(alpha).lossValue(W, V);
            assertEquals(a * a * lin + b * b * abs, l, 1e-14 * (lin + abs), "alpha " + alpha);
        }
    }

    @Test
    void dualityOfAlphaAndItsInverse() {
        for (double alpha : new double[] {-1.3, -0.5, 0.2, 1.7, 2.5}) {
            double l = new QuadratureReference(alpha).lossValue(W, V);
            double inv = new QuadratureReference(1 / alpha).lossValue(W, V);
            assertEquals(l / (alpha * alpha), inv, 1e-14 * Math.abs(inv) + 1e-16, "alpha " + alpha);
        }
    }

    @Test
    void globalMinimumHasZeroLossAndGradient() {
        LossReference r = new QuadratureReference(-0.5).loss(V, V);
        assertEquals(0.0, r.loss(), 1e-30);
        for (double g : r.gradient()) {
            assertEquals(0.0, g, 1e-30);
        }
        double[] h = r.hessian();
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                assertEquals(h[i * 9 + j], h[j * 9 + i], 0.0, "symmetric");
            }
        }
    }

    @Test
    void gradientAndHessianMatchFiniteDifferencesOfTheReference() {
        for (double alpha : new double[] {-1.3}) {
            QuadratureReference q = new QuadratureReference(alpha);
            double[][] w = {{0.9, 0.2}, {-0.4, 1.1 + 1e-3 * RND.nextGaussian()}};
            double[][] v = {{1, 0}, {0.5, 0.5}};
            LossReference r = q.loss(w, v);
            double[] x = {w[0][0], w[0][1], w[1][0], w[1][1]};
            FiniteDifferences.Result fg = FiniteDifferences.gradient(p -> q.lossValue(unflat(p), v), x, 1,
                    FiniteDifferences.Settings.GRADIENT);
            for (int e = 0; e < 4; e++) {
                assertEquals(r.gradient()[e], fg.derivative()[e], 1e-9, "gradient " + e);
            }
            FiniteDifferences.Result fh = FiniteDifferences.jacobian((p, out) -> {
                double[] g = q.loss(unflat(p), v).gradient();
                System.arraycopy(g, 0, out, 0, 4);
            }, 4, x, 1, FiniteDifferences.Settings.HESSIAN.withRelativeStep(1e-5));
            for (int e = 0; e < 16; e++) {
                assertEquals(r.hessian()[e], fh.derivative()[e], 1e-8, "hessian " + e);
            }
            assertTrue(r.lossError() < 1e-30 && r.gradientError() < 1e-30 && r.hessianError() < 1e-30);
        }
    }

    @Test
    void deadNeuronHasALossButNoGradient() {
        double[][] dead = {{0, 0, 0}, {0.3, 0.1, 0.2}};
        QuadratureReference q = new QuadratureReference(0.2);
        double l = q.lossValue(dead, V);
        double[][] alive = {{0.3, 0.1, 0.2}};
        assertEquals(q.lossValue(alive, V), l, 0.0);
        assertThrows(org.landscape.base.InvalidInputException.class, () -> q.loss(dead, V));
    }

    private static double[][] unflat(double[] p) {
        return new double[][] {{p[0], p[1]}, {p[2], p[3]}};
    }
}
