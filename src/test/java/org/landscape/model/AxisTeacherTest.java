package org.landscape.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The axis-teacher path of {@link StudentPairs} (teacher unit rows \( \pm e_a \) with +0.0 elsewhere, as the
 * census teacher \( [I_n\ 0] \)) against the general path, bit for bit: the same teacher written with -0.0
 * off the axis is not an axis teacher (its unit rows hold -0.0), so it takes the general path, and the
 * differences \( u_c \mp (-0.0) \) square to the same bits. Points with rows nearly parallel and antiparallel to
 * teacher rows and to each other exercise the double-double refinement; teachers with scaled, negated, permuted
 * and repeated axes and d > n exercise the ordering by axis; d on both sides of
 * {@link ModelThresholds#AXIS_ANGLES_MIN_D} both angle paths.
 */
class AxisTeacherTest {

    private static double[][] negativeZeros(double[][] v) {
        double[][] out = new double[v.length][];
        for (int j = 0; j < v.length; j++) {
            out[j] = v[j].clone();
            for (int c = 0; c < out[j].length; c++) {
                if (out[j][c] == 0) {
                    out[j][c] = -0.0;
                }
            }
        }
        return out;
    }

    private static double[][] point(int k, int d, long seed) {
        Random r = new Random(seed);
        double[][] w = new double[k][d];
        for (double[] row : w) {
            for (int c = 0; c < d; c++) {
                row[c] = r.nextGaussian() / Math.sqrt(d);
            }
        }
        w[1][0] = 1.5;
        for (int c = 1; c < d; c++) {
            w[1][c] = 1e-9 * r.nextGaussian(); // nearly parallel to e_0
        }
        for (int c = 0; c < d; c++) {
            w[2][c] = c == d - 1 ? -0.7 : 1e-5 * r.nextGaussian(); // nearly antiparallel to e_{d-1}
            w[3][c] = -2 * w[0][c] * (1 + 1e-10 * r.nextGaussian()); // nearly antiparallel to w_0
        }
        return w;
    }

    private static void assertSameBits(double alpha, double[][] v, double[][] w) {
        NetworkLoss axis = Models.serialLoss(alpha, v);
        NetworkLoss general = Models.serialLoss(alpha, negativeZeros(v));
        int m = w.length * w[0].length;
        double[] g1 = new double[m];
        double[] g2 = new double[m];
        assertEquals(general.loss(w), axis.loss(w), 0.0);
        assertEquals(general.lossAndGradient(w, g2), axis.lossAndGradient(w, g1), 0.0);
        for (int i = 0; i < m; i++) {
            assertEquals(Double.doubleToRawLongBits(g2[i]), Double.doubleToRawLongBits(g1[i]), "gradient entry " + i);
        }
        double[] u = new double[m];
        for (int i = 0; i < m; i++) {
            u[i] = Math.cos(3 * i);
        }
        axis.hessianTimes(w, u, g1);
        general.hessianTimes(w, u, g2);
        assertArrayEquals(g2, g1, 0.0);
    }

    @Test
    void censusTeacherGivesTheBitsOfTheGeneralPath() {
        int big = ModelThresholds.AXIS_ANGLES_MIN_D; // from here on the angles take the axis path too
        for (int k : new int[]{7, 20, big}) {
            for (int d : new int[]{k, k + 3, big + 1}) {
                if (d < k) {
                    continue;
                }
                double[][] v = new double[k][d];
                for (int j = 0; j < k; j++) {
                    v[j][j] = 1;
                }
                for (double alpha : new double[]{0, -0.3, 0.7}) {
                    assertSameBits(alpha, v, point(k, d, 11L * k + d));
                }
            }
        }
    }

    @Test
    void scaledNegatedPermutedAndRepeatedAxes() {
        for (int d : new int[]{9, ModelThresholds.AXIS_ANGLES_MIN_D + 2}) {
            double[][] v = new double[6][d];
            v[0][4] = 2.5;
            v[1][0] = -1;
            v[2][d - 1] = 0.25;
            v[3][4] = -3; // the same axis as row 0
            v[4][2] = 1;
            v[5][0] = 7;
            for (double alpha : new double[]{0, 0.4}) {
                assertSameBits(alpha, v, point(5, d, 3));
                assertSameBits(alpha, v, point(12, d, 4));
            }
        }
    }
}
