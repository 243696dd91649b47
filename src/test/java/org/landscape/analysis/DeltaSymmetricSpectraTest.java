package org.landscape.analysis;

import org.junit.jupiter.api.Test;
import org.landscape.model.Matrices;
import org.landscape.model.Models;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Delta S_k block spectrum from Hessian-vector products equals the dense spectrum (Hipparchus). */
class DeltaSymmetricSpectraTest {

    static double[][] point(int k, double a, double b) {
        double[][] w = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                w[i][j] = i == j ? a : b;
            }
        }
        return w;
    }

    @Test
    void productEqualsDenseMatrixTimesVector() {
        SplittableRandom r = new SplittableRandom(9);
        for (int k : new int[] {4, 6}) {
            for (double alpha : new double[] {0.0, 0.45, -1.3}) {
                double[][] w = point(k, 0.8, 0.15);
                int m = k * k;
                double[] h = new double[m * m];
                Models.loss(alpha, Matrices.identity(k)).hessian(w, h);
                DeltaSymmetricHessian fast = new DeltaSymmetricHessian(alpha, k, 0.8, 0.15);
                assertTrue(fast.patternDeviation() < 1e-13, "blocks are Delta S_k-invariant");
                double[] u = new double[m];
                for (int p = 0; p < m; p++) {
                    u[p] = r.nextDouble(-1, 1);
                }
                double[] got = new double[m];
                double[] want = new double[m];
                fast.times(u, got);
                HessianVectorProduct.dense(h, m).times(u, want);
                for (int p = 0; p < m; p++) {
                    assertEquals(want[p], got[p], 1e-12, "k " + k + " alpha " + alpha + " entry " + p);
                }
            }
        }
    }

    @Test
    void blockSpectrumEqualsDenseSpectrum() {
        for (int k : new int[] {4, 5, 7}) {
            for (double alpha : new double[] {0.0, 0.3, -0.6}) {
                for (double[] ab : new double[][] {{1, 0}, {0.9, 0.1}, {0.7, -0.2}}) {
                    HessianSpectrum s = DeltaSymmetricSpectra.of(point(k, ab[0], ab[1]), Matrices.identity(k), alpha);
                    assertEquals(k * k, s.totalMultiplicity());
                    double[] blocks = SymmetryAdaptedSpectraTest.expanded(s);
                    double[] ref = SymmetryAdaptedSpectraTest.dense(point(k, ab[0], ab[1]), Matrices.identity(k), alpha);
                    for (int j = 0; j < k * k; j++) {
                        assertEquals(ref[j], blocks[j], 1e-11, "k " + k + " alpha " + alpha);
                    }
                    assertTrue(s.errorBound() < 1e-11, "Ritz residual bound " + s.errorBound());
                }
            }
        }
    }

    @Test
    void largeKIsFast() {
        long t0 = System.nanoTime();
        HessianSpectrum s = DeltaSymmetricSpectra.of(0.2, 100, 1, 0);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        assertEquals(0, s.index(), "W = V = I is a minimum for alpha in (0, 1)");
        assertEquals(10000, s.totalMultiplicity());
        assertTrue(seconds < 20, "k = 100 took " + seconds + " s");
    }
}
