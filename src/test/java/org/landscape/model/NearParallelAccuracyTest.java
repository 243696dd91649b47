package org.landscape.model;

import org.junit.jupiter.api.Test;
import org.landscape.verify.KernelReference;
import org.landscape.verify.QuadratureReference;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression: generic (rounded) near-parallel and near-antiparallel pairs. Before the double-double
 * path of {@link PairGeometry} the kernel lost ~1e-16/angle relative accuracy (3.7e-5 at angle 1e-12,
 * 2e-4 for the w-w Hessian block); references are 45-digit quadratures.
 */
class NearParallelAccuracyTest {

    @Test
    void kernelAndHessianBlocksKeepFullAccuracyAtTinyAngles() {
        Random r = new Random(1);
        for (double eps : new double[]{1e-4, 1e-8, 1e-12}) {
            for (int sign : new int[]{1, -1}) {
                for (int trial = 0; trial < 6; trial++) {
                    double alpha = trial % 3 == 0 ? 0 : -2 + 4 * r.nextDouble();
                    double[] w = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
                    double[] v = new double[3];
                    for (int c = 0; c < 3; c++) {
                        v[c] = sign * (w[c] + eps * r.nextGaussian()) * 1.7;
                    }
                    KernelReference ref = new QuadratureReference(alpha).kernel(w, v);
                    ProfileKernel k = Models.kernel(alpha);
                    double rel = Math.abs(k.value(w, v) - ref.value()) / Math.abs(ref.value());
                    assertTrue(rel < 1e-13, "K rel error " + rel + " eps=" + eps + " sign=" + sign);
                    double[] h = new double[9];
                    k.hessianWW(w, v, h);
                    assertTrue(maxRel(h, ref.hessianWW()) < 1e-13, "Hww eps=" + eps + " sign=" + sign);
                    k.hessianWV(w, v, h);
                    assertTrue(maxRel(h, ref.hessianWV()) < 1e-13, "Hwv eps=" + eps + " sign=" + sign);
                }
            }
        }
    }

    @Test
    void networkEvaluatorsKeepAccuracyWithNearParallelRows() {
        Random r = new Random(4);
        double[][] v = {{0.7, -0.2, 0.4}, {0.1, 0.9, -0.3}};
        double[][] w = new double[3][3];
        for (int c = 0; c < 3; c++) {
            w[0][c] = 1.3 * v[0][c] + 1e-11 * r.nextGaussian();
            w[1][c] = -0.8 * v[1][c] + 1e-10 * r.nextGaussian();
            w[2][c] = r.nextGaussian();
        }
        for (double alpha : new double[]{0, 0.3, -1.2}) {
            var ref = new QuadratureReference(alpha).loss(w, v);
            NetworkLoss l = Models.loss(alpha, v);
            double[] g = new double[9];
            l.gradient(w, g);
            assertTrue(maxRel(g, ref.gradient()) < 1e-13, "gradient alpha=" + alpha);
            double[] h = new double[81];
            l.hessian(w, h);
            assertTrue(maxRel(h, ref.hessian()) < 1e-13, "Hessian alpha=" + alpha);
        }
    }

    private static double maxRel(double[] got, double[] ref) {
        double scale = 0;
        for (double x : ref) {
            scale = Math.max(scale, Math.abs(x));
        }
        double m = 0;
        for (int i = 0; i < got.length; i++) {
            m = Math.max(m, Math.abs(got[i] - ref[i]) / scale);
        }
        return m;
    }
}
