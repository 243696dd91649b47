package org.landscape.verify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The network reference shares one quadrature between pairs equal up to a common coordinate permutation; the
 * result must equal the assembly from independent per-pair references ({@link QuadratureReference#kernel}).
 */
class QuadraturePairCacheTest {

    @Test
    void symmetricPointAgreesWithThePairByPairAssembly() {
        // a Delta(S3 x S1)-symmetric student (many permutation-equivalent pairs) plus one generic row
        double[][] w = {
                {0.9, -0.05, -0.05, 0.3, 0.11},
                {-0.05, 0.9, -0.05, 0.3, 0.11},
                {-0.05, -0.05, 0.9, 0.3, 0.11},
                {0.2, 0.2, 0.2, -0.6, 0.11},
                {0.37, -0.21, 0.05, 0.44, -0.8},
        };
        double[][] v = new double[4][5];
        for (int j = 0; j < 4; j++) {
            v[j][j] = 1;
        }
        double alpha = 0.15;
        QuadratureReference q = new QuadratureReference(alpha);
        LossReference ref = q.loss(w, v);
        int k = w.length;
        int d = 5;
        int kd = k * d;
        double[] g = new double[kd];
        double[] h = new double[kd * kd];
        for (int i = 0; i < k; i++) {
            for (int l = 0; l < k; l++) {
                KernelReference p = q.kernel(w[i], w[l]);
                for (int r = 0; r < d; r++) {
                    g[i * d + r] += p.gradientW()[r];
                    for (int c = 0; c < d; c++) {
                        h[(i * d + r) * kd + i * d + c] += p.hessianWW()[r * d + c];
                        h[(i * d + r) * kd + l * d + c] += p.hessianWV()[r * d + c];
                    }
                }
            }
            for (double[] vj : v) {
                KernelReference p = q.kernel(w[i], vj);
                for (int r = 0; r < d; r++) {
                    g[i * d + r] -= p.gradientW()[r];
                    for (int c = 0; c < d; c++) {
                        h[(i * d + r) * kd + i * d + c] -= p.hessianWW()[r * d + c];
                    }
                }
            }
        }
        double[] rg = ref.gradient();
        double[] rh = ref.hessian();
        for (int a = 0; a < kd; a++) {
            assertEquals(g[a], rg[a], 1e-14, "gradient " + a);
        }
        for (int a = 0; a < kd * kd; a++) {
            assertEquals(h[a], rh[a], 1e-14, "Hessian " + a);
        }
    }
}
