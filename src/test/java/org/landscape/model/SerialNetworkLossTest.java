package org.landscape.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Models#serialLoss} (every row loop on the calling thread) against {@link Models#loss} at a size where the
 * latter splits rows over the common pool (k = n = d = 40: above {@link ModelThresholds#PARALLEL_MIN_FLOPS}), and
 * at a point with nearly parallel and nearly antiparallel rows (the double-double low parts, computed on demand).
 */
class SerialNetworkLossTest {

    private static double[][] point(int k, long seed, boolean nearParallel) {
        Random r = new Random(seed);
        double[][] w = new double[k][k];
        for (double[] row : w) {
            for (int c = 0; c < k; c++) {
                row[c] = r.nextGaussian() / Math.sqrt(k);
            }
        }
        if (nearParallel) {
            for (int c = 0; c < k; c++) {
                w[1][c] = 2 * w[0][c] * (1 + 1e-9 * r.nextGaussian());
                w[2][c] = -0.5 * w[0][c] * (1 + 1e-9 * r.nextGaussian());
            }
            w[3][3] = 1;
            w[3][4] = 1e-8; // nearly parallel to the teacher row e_3
        }
        return w;
    }

    @Test
    void serialAndPooledEvaluationGiveTheSameBits() {
        int k = 40;
        double[][] v = new double[k][k];
        for (int j = 0; j < k; j++) {
            v[j][j] = 1;
        }
        for (boolean near : new boolean[]{false, true}) {
            double[][] w = point(k, 5, near);
            NetworkLoss pooled = Models.loss(-0.3, v);
            NetworkLoss serial = Models.serialLoss(-0.3, v);
            double[] g1 = new double[k * k];
            double[] g2 = new double[k * k];
            assertEquals(pooled.lossAndGradient(w, g1), serial.lossAndGradient(w, g2), 0.0);
            assertArrayEquals(g1, g2, 0.0);
            double[] u = new double[k * k];
            for (int i = 0; i < u.length; i++) {
                u[i] = Math.sin(i);
            }
            pooled.hessianTimes(w, u, g1);
            serial.hessianTimes(w, u, g2);
            assertArrayEquals(g1, g2, 0.0);
            // a second point, then the first again: profiles and low parts of the first are recomputed, not stale
            double[][] w2 = point(k, 6, !near);
            assertEquals(pooled.loss(w2), serial.loss(w2), 0.0);
            assertEquals(Models.loss(-0.3, v).loss(w), serial.loss(w), 0.0);
        }
    }
}
