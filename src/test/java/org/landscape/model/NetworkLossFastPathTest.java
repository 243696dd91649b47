package org.landscape.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The restructured kernel and network evaluators (unit rows once, one angle per unordered pair, row blocks, parallel rows)
 * against the original code ({@link LegacyNetworkLoss}, {@link LegacyProfileKernel},
 * {@link LegacyPairGeometry}: verbatim copies of a439374): equal bit for
 * bit (the loss to 1e-12: its sums are compensated now), serial and parallel, including parallel, antiparallel and zero-teacher pairs. The Hessian-vector
 * product against H U, and the alpha-split parts against direct evaluation at each alpha.
 */
class NetworkLossFastPathTest {

    private static double[][] random(Random rnd, int k, int d) {
        double[][] m = new double[k][d];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                m[i][c] = rnd.nextGaussian();
            }
        }
        return m;
    }

    /** W with some rows parallel, antiparallel or nearly so to teacher rows and to each other. */
    private static double[][] awkward(Random rnd, double[][] v, int k) {
        double[][] w = random(rnd, k, v[0].length);
        w[0] = v[0].clone();
        for (int c = 0; c < w[1].length; c++) {
            w[1][c] = -2 * v[1 % v.length][c];
            w[2][c] = 3 * v[0][c] + 1e-9 * rnd.nextGaussian();
        }
        return w;
    }

    /**
     * Bit for bit at generic points. Where a pair lies within {@code PairGeometry.EXTENDED_BELOW} of 0 or pi
     * ({@code nearPairs}) the current code deliberately differs from a439374: it recomputes the small
     * difference vector in double-double (NearParallelAccuracyTest); there the two agree to 1e-13 of the scale.
     */
    private static void assertSameAsLegacy(double alpha, double[][] w, double[][] v, boolean hessian, boolean nearPairs) {
        double tol = nearPairs ? 1e-13 : 0.0;
        NetworkLoss fast = Models.loss(alpha, v);
        LegacyNetworkLoss old = new LegacyNetworkLoss(alpha, v, Models.profiles());
        int m = w.length * v[0].length;
        double scale = 1 + Math.abs(old.loss(w));
        // the loss sums are compensated now (CompensatedSum); a439374 summed naively, which rounds by about
        // (k + n)^2 ulps of the largest partial sum
        double lossTol = Math.max(tol, 1e-12) * scale;
        assertEquals(old.loss(w), fast.loss(w), lossTol, "loss");
        assertArrayEquals(old.lossParts(w), fast.lossParts(w), lossTol, "loss parts");
        double[] g0 = new double[m];
        double[] g1 = new double[m];
        old.gradient(w, g0);
        fast.gradient(w, g1);
        assertArrayEquals(g0, g1, tol * (1 + maxAbs(g0)), "gradient");
        assertEquals(old.loss(w), fast.lossAndGradient(w, g1), lossTol, "loss from lossAndGradient");
        if (hessian) {
            double[] h0 = new double[m * m];
            double[] h1 = new double[m * m];
            old.hessian(w, h0);
            java.util.Arrays.fill(h1, Double.NaN); // every entry must be written
            fast.hessian(w, h1);
            assertArrayEquals(h0, h1, tol * (1 + maxAbs(h0)), "Hessian");
        }
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @Test
    void kernelValueEqualsOriginalBitForBitAndDerivativesToAFewUlps() {
        Random rnd = new Random(20);
        for (int trial = 0; trial < 200; trial++) {
            int d = 2 + rnd.nextInt(4);
            double alpha = -2 + 4 * rnd.nextDouble();
            double[] w = random(rnd, 1, d)[0];
            double[] v = random(rnd, 1, d)[0];
            if (trial % 4 == 1) {
                for (int c = 0; c < d; c++) {
                    v[c] = (trial % 8 == 1 ? -3 : 3) * w[c] + 1e-7 * rnd.nextGaussian();
                }
            }
            ProfileKernel fast = Models.kernel(alpha);
            LegacyProfileKernel old = new LegacyProfileKernel(alpha, Models.profiles());
            assertEquals(old.value(w, v), fast.value(w, v), 0.0);
            double[] a = new double[d * d];
            double[] b = new double[d * d];
            old.gradientW(w, v, a);
            fast.gradientW(w, v, b);
            assertClose(a, b, d, norm(v));
            old.hessianWW(w, v, a);
            fast.hessianWW(w, v, b);
            assertClose(a, b, d * d, norm(v) / norm(w));
            old.hessianWV(w, v, a);
            fast.hessianWV(w, v, b);
            assertClose(a, b, d * d, 1 + Math.abs(alpha));
        }
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double xi : x) {
            s += xi * xi;
        }
        return Math.sqrt(s);
    }

    /**
     * Entry-wise within 1e-14 of the block's natural scale (|v| for the gradient, |v|/|w| and 1 + |alpha| for
     * the Hessian blocks) plus its largest entry: a few ulps of the terms. (Near-parallel entries are
     * themselves O(theta) and carry a relative error of about eps/theta in either code: rounding the unit
     * vectors moves the angle by about eps.)
     */
    private static void assertClose(double[] expected, double[] actual, int len, double natural) {
        double scale = natural;
        for (int r = 0; r < len; r++) {
            scale = Math.max(scale, Math.abs(expected[r]));
        }
        for (int r = 0; r < len; r++) {
            assertEquals(expected[r], actual[r], 1e-14 * scale + 1e-300, "entry " + r);
        }
    }

    @Test
    void serialPathEqualsOriginalBitForBit() {
        Random rnd = new Random(21);
        for (int trial = 0; trial < 8; trial++) {
            int d = 2 + rnd.nextInt(4);
            double[][] v = random(rnd, 1 + rnd.nextInt(4), d);
            if (trial % 3 == 0 && v.length > 2) {
                v[v.length - 1] = new double[d]; // a zero teacher neuron
            }
            boolean awkward = trial % 2 != 0;
            double[][] w = awkward ? awkward(rnd, v, 4) : random(rnd, 3 + rnd.nextInt(3), d);
            assertSameAsLegacy(-2 + 4 * rnd.nextDouble(), w, v, true, awkward);
        }
    }

    @Test
    void parallelPathEqualsOriginalBitForBit() {
        Random rnd = new Random(22);
        double[][] v = random(rnd, 30, 12);
        // Hessian work 4 k (k+n) d^2 = 1.04e6 flops: above the parallel threshold
        assertSameAsLegacy(0.3, awkward(rnd, v, 30), v, true, true);
        double[][] v2 = random(rnd, 60, 80);
        // gradient work 2 k (k+n) d = 1.15e6 flops: above the threshold
        assertSameAsLegacy(-0.7, random(rnd, 60, 80), v2, false, false);
    }

    @Test
    void hessianTimesEqualsHessianMatrixProduct() {
        Random rnd = new Random(23);
        for (int trial = 0; trial < 5; trial++) {
            int k = 2 + rnd.nextInt(4);
            int d = 2 + rnd.nextInt(4);
            double[][] v = random(rnd, 1 + rnd.nextInt(4), d);
            double[][] w = trial == 0 ? awkward(rnd, v, 4) : random(rnd, k, d);
            k = w.length;
            int m = k * d;
            NetworkLoss l = Models.loss(-1.5 + 3 * rnd.nextDouble(), v);
            double[] h = new double[m * m];
            l.hessian(w, h);
            double[] u = new double[m];
            for (int r = 0; r < m; r++) {
                u[r] = rnd.nextGaussian();
            }
            double[] hu = new double[m];
            l.hessianTimes(w, u, hu);
            for (int r = 0; r < m; r++) {
                double ref = 0;
                double scale = 0;
                for (int c = 0; c < m; c++) {
                    ref += h[r * m + c] * u[c];
                    scale += Math.abs(h[r * m + c] * u[c]);
                }
                assertEquals(ref, hu[r], 1e-13 * (1 + scale), "row " + r);
            }
        }
        double[] same = new double[4];
        assertThrows(org.landscape.base.InvalidInputException.class,
                () -> Models.loss(0, Matrices.identity(2)).hessianTimes(Matrices.identity(2), same, same));
    }

    @Test
    void alphaPartsReproduceEveryAlpha() {
        Random rnd = new Random(24);
        double[][] v = random(rnd, 3, 4);
        double[][] w = awkward(rnd, v, 4);
        int m = 16;
        LossAtPoint p = Models.loss(0.5, v).atPoint(w, true);
        // linear part: A = 1/2 |sum w - sum v|^2 (MATH.md section 2), independently
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
        assertEquals(0.5 * sq, p.lossParts()[0], 1e-13 * sq);
        for (double alpha : new double[]{-3, -1, 0, 0.25, 1, 2.5}) {
            NetworkLoss l = Models.loss(alpha, v);
            double[] g = new double[m];
            double[] gp = new double[m];
            double[] h = new double[m * m];
            double[] hp = new double[m * m];
            double direct = l.lossAndGradient(w, g);
            l.hessian(w, h);
            p.gradient(alpha, gp);
            p.hessian(alpha, hp);
            double scale = 1 + alpha * alpha;
            assertEquals(direct, p.loss(alpha), 1e-13 * scale * (1 + Math.abs(direct)));
            assertArrayEquals(g, gp, 1e-13 * scale * 10);
            assertArrayEquals(h, hp, 1e-13 * scale * 10);
        }
        assertThrows(org.landscape.base.InvalidInputException.class,
                () -> Models.loss(0, v).atPoint(w, false).hessian(0, new double[m * m]));
    }
}
