package org.landscape.verify;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Monte Carlo estimates against the quadrature reference: z-scores must look standard normal. */
class MonteCarloReferenceTest {

    @Test
    void kernelZScoresAgainstQuadratureAreSane() {
        Random rnd = new Random(3);
        int n = 0;
        double sumZ2 = 0;
        double maxZ = 0;
        for (double alpha : new double[] {-1.3, 0, 0.2, 1.7}) {
            QuadratureReference q = new QuadratureReference(alpha);
            MonteCarloReference mc = new MonteCarloReference(alpha, 100_000);
            assertEquals(MonteCarloReference.DEFAULT_SAMPLES, new MonteCarloReference(alpha).samples());
            for (int t = 0; t < 3; t++) {
                int d = 2 + t;
                double[] w = QuadratureReferenceTest.gaussian(rnd, d, 1);
                double[] v = QuadratureReferenceTest.gaussian(rnd, d, 3);
                KernelReference r = q.kernel(w, v);
                MonteCarloEstimate e = mc.kernel(w, v, 1000L * t + 17);
                double[] claimed = new double[1 + d + d * d];
                claimed[0] = r.value();
                System.arraycopy(r.gradientW(), 0, claimed, 1, d);
                System.arraycopy(r.hessianWV(), 0, claimed, 1 + d, d * d);
                for (int i = 0; i < claimed.length; i++) {
                    double z = (claimed[i] - e.mean()[i]) / e.standardError()[i];
                    sumZ2 += z * z;
                    n++;
                    maxZ = Math.max(maxZ, Math.abs(z));
                }
            }
        }
        assertTrue(maxZ < 5, "max |z| " + maxZ);
        double meanZ2 = sumZ2 / n;
        assertTrue(meanZ2 > 0.4 && meanZ2 < 2.0, "mean z^2 should be near 1 (entries are correlated), got " + meanZ2);
    }

    @Test
    void lossAndGradientZScoresAgainstQuadrature() {
        double alpha = -0.5;
        double[][] V = {{1, 0, 0}, {0, 1, 0}};
        double[][] W = {{0.8, 0.3, -0.2}, {-0.1, 1.2, 0.4}, {0.5, -0.5, 0.9}};
        LossReference r = new QuadratureReference(alpha).loss(W, V);
        MonteCarloEstimate e = new MonteCarloReference(alpha, 100_000).loss(W, V, 5);
        double[] claimed = new double[1 + 9];
        claimed[0] = r.loss();
        System.arraycopy(r.gradient(), 0, claimed, 1, 9);
        assertTrue(e.maxAbsZ(claimed, 0) < 5, "max |z| " + e.maxAbsZ(claimed, 0));
        claimed[0] += 10 * e.standardError()[0];
        assertTrue(e.maxAbsZ(claimed, 0) > 9, "a shifted value must show");
    }

    @Test
    void reproducibleAndZeroVarianceHandled() {
        MonteCarloReference mc = new MonteCarloReference(0.2, 1000);
        double[] w = {1, 2};
        double[] v = {-1, 0.5};
        assertEquals(mc.kernel(w, v, 9).mean()[0], mc.kernel(w, v, 9).mean()[0], 0.0);
        double[][] W = {{1, 0}};
        MonteCarloEstimate e = mc.loss(W, W, 1);
        assertEquals(0.0, e.mean()[0], 0.0);
        assertEquals(0.0, e.maxAbsZ(new double[3], 1e-15), 0.0);
        assertTrue(e.maxAbsZ(new double[] {1e-3, 0, 0}, 1e-15) > 1e10);
        assertEquals(Double.POSITIVE_INFINITY, e.maxAbsZ(new double[] {1e-3, 0, 0}, 0));
        assertEquals(Double.POSITIVE_INFINITY, e.maxAbsZ(new double[] {Double.NaN, 0, 0}, 1e-15));
    }
}
