package org.landscape.interval;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Products of {@link IntervalMatrix}: both the directed-rounding path (short inner dimension) and the
 * midpoint-radius path (long) contain the exact products (BigDecimal, for matrices picked inside the intervals),
 * including entries with cancellation and tiny magnitudes; the midpoint-radius enclosures stay narrow.
 */
class IntervalMatrixTest {

    private static void check(int n, long seed) {
        Random rnd = new Random(seed);
        int m = 5;
        double[][] a = new double[m][n];
        Interval[] b = new Interval[n * 3];
        double[][] inside = new double[n][3];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < n; k++) {
                a[i][k] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(6) - 3);
            }
        }
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < 3; j++) {
                double c = rnd.nextGaussian();
                double r = k % 3 == 0 ? 0 : 1e-9 * rnd.nextDouble();
                b[k * 3 + j] = Interval.around(c, r);
                inside[k][j] = c + r * (2 * rnd.nextDouble() - 1) * 0.999;
            }
        }
        a[0][0] = 1e300 * 0 + 1e-300; // a tiny entry
        IntervalMatrix p = IntervalMatrix.of(b, n, 3).leftMultiply(a);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < 3; j++) {
                BigDecimal exact = BigDecimal.ZERO;
                for (int k = 0; k < n; k++) {
                    exact = exact.add(new BigDecimal(a[i][k]).multiply(new BigDecimal(inside[k][j])));
                }
                Interval e = p.get(i, j);
                assertTrue(new BigDecimal(e.lo()).compareTo(exact) <= 0 && exact.compareTo(new BigDecimal(e.hi())) <= 0,
                        "n = " + n + " entry " + i + "," + j + ": " + e + " vs " + exact);
                assertTrue(e.width() < 1e-6 * n, "too wide: " + e);
            }
        }
        // the transposed product of the same data: (B^T a^T)^T = a B, entry by entry
        Interval[] bt = new Interval[3 * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < 3; j++) {
                bt[j * n + k] = b[k * 3 + j];
            }
        }
        IntervalMatrix q = IntervalMatrix.of(bt, 3, n).rightMultiplyTranspose(a);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < 3; j++) {
                assertTrue(q.get(j, i).meets(p.get(i, j)));
            }
        }
    }

    @Test
    void directedAndMidpointRadiusProductsContainExactProducts() {
        for (long seed = 0; seed < 6; seed++) {
            check(7, seed);
            check(IntervalMatrix.MIDRAD_FROM + 3, seed);
            check(200, seed);
        }
    }
}
