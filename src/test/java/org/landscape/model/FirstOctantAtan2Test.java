package org.landscape.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fdlibm first-octant atan2 against the JDK's own {@code StrictMath.atan2}, bit for bit. */
class FirstOctantAtan2Test {

    private static void same(double y, double x) {
        long want = Double.doubleToRawLongBits(StrictMath.atan2(y, x));
        long got = Double.doubleToRawLongBits(FirstOctantAtan2.atan2(y, x));
        assertEquals(want, got, () -> "atan2(" + y + ", " + x + ")");
    }

    @Test
    void randomArgumentsInTheOctantGiveTheBitsOfStrictMath() {
        SplittableRandom r = new SplittableRandom(16);
        for (int i = 0; i < 2_000_000; i++) {
            double x = r.nextDouble(0, 2);
            double y = x * r.nextDouble();
            same(y, x);
        }
        for (int i = 0; i < 1_000_000; i++) { // ratios spread over all binades down to 2^-60, scales 2^-40..2^40
            double ratio = Math.scalb(1 + r.nextDouble(), -r.nextInt(61));
            double x = Math.scalb(1 + r.nextDouble(), r.nextInt(81) - 40);
            same(Math.min(x, x * ratio), x);
        }
    }

    @Test
    void boundaryArgumentsGiveTheBitsOfStrictMath() {
        double[] ratios = {0.4375, 11.0 / 16, 1.0, Math.scalb(1.0, -29), Math.scalb(1.0, -30), Math.nextDown(0.4375),
            Math.nextDown(11.0 / 16), Math.nextUp(0.4375), Double.MIN_VALUE, 0.5, Math.nextDown(1.0)};
        for (double q : ratios) {
            same(q, 1.0);
            same(q * 2, 2.0);
            same(q * 0.75, 0.75);
        }
        double[][] outside = {{0, 1}, {-0.0, 1}, {0, 0}, {1, 0.5}, {-1, 2}, {1, -2}, {Double.NaN, 1}, {1, Double.NaN},
            {1, Double.POSITIVE_INFINITY}, {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, {2, 2}, {1e300, 1e300}};
        for (double[] a : outside) {
            same(a[0], a[1]);
        }
    }

    @Test
    void mathAtan2IsStrictMathAtan2OnThisJvm() {
        // the census before FirstOctantAtan2 used Math.atan2; equal bits keep its results
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            double x = r.nextDouble(0, 2);
            double y = x * r.nextDouble();
            assertEquals(Double.doubleToRawLongBits(StrictMath.atan2(y, x)), Double.doubleToRawLongBits(Math.atan2(y, x)));
        }
    }
}
