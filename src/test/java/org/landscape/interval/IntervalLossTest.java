package org.landscape.interval;

import org.hipparchus.dfp.Dfp;
import org.junit.jupiter.api.Test;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enclosures of loss, gradient and Hessian contain the independent 50-digit values of {@link HighPrecisionReference}
 * at points inside the box, for thin boxes, boxes of radius 1e-6, intervals of alpha, near-parallel, antiparallel
 * (series branch of the ReLU profile) and exactly parallel pairs; and they agree with the compiled double model
 * (the numeric check of the derived frame formulas against {@code model.ProfileKernel}).
 */
class IntervalLossTest {

    private static Interval[] box(double[][] w, double radius) {
        int k = w.length;
        int d = w[0].length;
        Interval[] b = new Interval[k * d];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                b[i * d + c] = radius == 0 ? Interval.point(w[i][c]) : Interval.around(w[i][c], radius);
            }
        }
        return b;
    }

    private static void assertEncloses(double[][] w, double[][] v, double radius, Interval alpha, double[][] inside,
                                       double alphaInside) {
        IntervalLoss<Interval> loss = new IntervalLoss<>(Interval.FIELD, v);
        IntervalLoss.Result<Interval> r = loss.evaluate(box(w, radius), alpha, IntervalLoss.Order.HESSIAN);
        HighPrecisionReference ref = new HighPrecisionReference(alphaInside);
        Dfp[][] e = ref.evaluate(HighPrecisionReference.dfp(inside), HighPrecisionReference.dfp(v));
        assertTrue(HighPrecisionReference.inside(r.loss(), e[0][0]), "loss " + r.loss() + " vs " + e[0][0]);
        for (int a = 0; a < e[1].length; a++) {
            assertTrue(HighPrecisionReference.inside(r.gradient()[a], e[1][a]), "gradient " + a + ": "
                    + r.gradient()[a] + " vs " + e[1][a]);
        }
        for (int a = 0; a < e[2].length; a++) {
            assertTrue(HighPrecisionReference.inside(r.hessian()[a], e[2][a]), "Hessian " + a + ": "
                    + r.hessian()[a] + " vs " + e[2][a]);
        }
    }

    private static double[][] random(Random rnd, int k, int d) {
        double[][] w = new double[k][d];
        for (double[] row : w) {
            for (int c = 0; c < d; c++) {
                row[c] = rnd.nextGaussian();
            }
        }
        return w;
    }

    @Test
    void thinBoxesContainFiftyDigitValues() {
        Random rnd = new Random(17);
        for (int trial = 0; trial < 6; trial++) {
            int k = 2 + trial % 3;
            int d = 2 + trial % 4;
            double[][] w = random(rnd, k, d);
            double[][] v = random(rnd, 1 + trial % 3, d);
            double alpha = -2 + 4 * rnd.nextDouble();
            assertEncloses(w, v, 0, Interval.point(alpha), w, alpha);
        }
    }

    @Test
    void widerBoxesAndAlphaIntervalsContainInteriorPoints() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 4; trial++) {
            double[][] w = random(rnd, 3, 3);
            double[][] v = random(rnd, 2, 3);
            double alpha = -1 + 2 * rnd.nextDouble();
            double[][] inside = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int c = 0; c < 3; c++) {
                    inside[i][c] = w[i][c] + 1e-6 * (2 * rnd.nextDouble() - 1);
                }
            }
            double alphaInside = alpha + 1e-7 * (2 * rnd.nextDouble() - 1);
            assertEncloses(w, v, 1e-6, Interval.around(alpha, 1e-7), inside, alphaInside);
        }
    }

    @Test
    void adversarialAnglesContainFiftyDigitValues() {
        double eps = 1e-9;
        // nearly parallel, nearly antiparallel (phi = 1e-4 uses the series of the ReLU profile), exactly parallel
        double[][][] cases = {
                {{1, 0, 0}, {Math.cos(eps), Math.sin(eps), 0}},
                {{1, 0.2, 0}, {-1, -0.2001, 0}},
                {{0.3, -0.4, 1.2}, {-0.3, 0.4, -1.2 + 1e-4}},
                {{1, 2, 3}, {1, 2, 3}},
        };
        for (double[][] w : cases) {
            for (double alpha : new double[]{0, -0.6869, 0.3, 2}) {
                assertEncloses(w, new double[][]{{0.5, -1, 0.25}}, 0, Interval.point(alpha), w, alpha);
            }
        }
        // the global minimum W = V: every student-teacher pair (w_i, v_i) is exactly parallel
        double[][] id = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        assertEncloses(id, id, 0, Interval.point(0.2), id, 0.2);
    }

    @Test
    void pointBoxesAgreeWithTheCompiledModel() {
        Random rnd = new Random(99);
        for (int trial = 0; trial < 5; trial++) {
            int k = 3;
            int d = 4;
            double[][] w = random(rnd, k, d);
            double[][] v = random(rnd, 3, d);
            double alpha = -1.5 + 3 * rnd.nextDouble();
            NetworkLoss model = Models.loss(alpha, v);
            double[] g = new double[k * d];
            double[] h = new double[k * d * k * d];
            model.gradient(w, g);
            model.hessian(w, h);
            IntervalLoss.Result<Interval> r = new IntervalLoss<>(Interval.FIELD, v).evaluate(box(w, 0),
                    Interval.point(alpha), IntervalLoss.Order.HESSIAN);
            assertEquals(model.loss(w), r.loss().mid(), 1e-13);
            for (int a = 0; a < g.length; a++) {
                assertEquals(g[a], r.gradient()[a].mid(), 1e-13);
                assertTrue(r.gradient()[a].width() < 1e-13);
            }
            for (int a = 0; a < h.length; a++) {
                assertEquals(h[a], r.hessian()[a].mid(), 1e-13);
            }
        }
    }

    @Test
    void deadNeuronIsRefused() {
        double[][] w = {{0, 0}, {1, 1}};
        assertThrows(org.landscape.base.InvalidInputException.class, () -> new IntervalLoss<>(Interval.FIELD,
                new double[][]{{1, 0}}).evaluate(box(w, 1e-9), Interval.point(0), IntervalLoss.Order.GRADIENT));
    }
}
