package org.landscape.interval;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The error model of {@link Interval}: enclosures of +, -, *, / and sqrt contain the exact result (checked in exact
 * BigDecimal arithmetic) and are the directed roundings (at most one ulp wide for point operands); sin, cos, atan2
 * and pi contain 50-digit Dfp values on random and adversarial inputs (near multiples of pi/2, tiny and huge
 * magnitudes, intervals spanning extrema); Dfp's elementary functions are good to about 1e-37 (measured), far
 * below the ulp-level widths checked here.
 */
class IntervalTest {
    private static final Random RND = new Random(2026);

    private static double randomDouble() {
        double m = RND.nextDouble() * 2 - 1;
        int e = RND.nextInt(80) - 40;
        return m * Math.pow(2, e);
    }

    private static boolean contains(Interval i, BigDecimal x) {
        return new BigDecimal(i.lo()).compareTo(x) <= 0 && x.compareTo(new BigDecimal(i.hi())) <= 0;
    }

    private static void assertTight(Interval i) {
        assertTrue(i.lo() == i.hi() || Math.nextUp(i.lo()) == i.hi(), "not a directed rounding: " + i);
    }

    @Test
    void fieldOperationsAreExactDirectedRoundings() {
        double[] special = {1, 3, 0.1, 1e-300, -1e300, 1 + Math.ulp(1.0), 0x1p-1000, 1e16, -1e-16};
        for (int n = 0; n < 4000; n++) {
            double a = n < 81 ? special[n / 9] : randomDouble();
            double b = n < 81 ? special[n % 9] : randomDouble();
            if (n % 7 == 0) {
                b = -a * (1 + 1e-15 * RND.nextDouble()); // cancellation
            }
            Interval x = Interval.point(a);
            Interval y = Interval.point(b);
            BigDecimal ea = new BigDecimal(a);
            BigDecimal eb = new BigDecimal(b);
            Interval s = x.add(y);
            assertTrue(contains(s, ea.add(eb)), a + " + " + b + " = " + s);
            assertTight(s);
            Interval dif = x.subtract(y);
            assertTrue(contains(dif, ea.subtract(eb)));
            assertTight(dif);
            Interval p = x.multiply(y);
            if (Double.isFinite(a * b) && (Math.abs(a * b) > 1e-280 || a * b == 0)) {
                assertTrue(contains(p, ea.multiply(eb)), a + " * " + b + " = " + p);
                if (Math.abs(a * b) > 1e-280) {
                    assertTight(p);
                }
            }
            if (b != 0 && Math.abs(a / b) > 1e-280 && Math.abs(a / b) < 1e280) {
                Interval q = x.divide(y);
                // lo <= a/b <= hi  <=>  lo*b and hi*b bracket a
                BigDecimal l = new BigDecimal(q.lo()).multiply(eb);
                BigDecimal h = new BigDecimal(q.hi()).multiply(eb);
                assertTrue(l.min(h).compareTo(ea) <= 0 && ea.compareTo(l.max(h)) <= 0, a + " / " + b + " = " + q);
                if (Math.abs(a) > 1e-250) {
                    assertTight(q); // residuals of tiny operands may underflow: widened unconditionally
                }
            }
            double m = Math.abs(a);
            Interval r = Interval.point(m).sqrt();
            BigDecimal em = new BigDecimal(m);
            assertTrue(new BigDecimal(r.lo()).pow(2).compareTo(em) <= 0 && em.compareTo(new BigDecimal(r.hi()).pow(2)) <= 0);
            if (m > 1e-250) {
                assertTight(r); // below 2^-900 the bounds are widened unconditionally
            }
        }
    }

    @Test
    void intervalOperandsContainAllPointResults() {
        for (int n = 0; n < 500; n++) {
            double a = randomDouble();
            double b = randomDouble();
            Interval x = Interval.of(Math.min(a, b), Math.max(a, b));
            double c = randomDouble();
            double e = randomDouble();
            Interval y = Interval.of(Math.min(c, e), Math.max(c, e));
            double px = x.lo() + (x.hi() - x.lo()) * RND.nextDouble();
            double py = y.lo() + (y.hi() - y.lo()) * RND.nextDouble();
            BigDecimal bx = new BigDecimal(px);
            BigDecimal by = new BigDecimal(py);
            assertTrue(contains(x.multiply(y), bx.multiply(by)));
            assertTrue(contains(x.add(y), bx.add(by)));
            assertTrue(contains(x.square(), bx.multiply(bx)));
            if (!y.containsZero()) {
                assertTrue(contains(x.divide(y), bx.divide(by, MathContext.DECIMAL128)) || Math.abs(px / py) < 1e-250);
            } else {
                assertEquals(Interval.ENTIRE, x.divide(y));
            }
        }
    }

    private static void assertTrig(double lo, double hi) {
        Interval x = Interval.of(lo, hi);
        Interval s = x.sin();
        Interval c = x.cos();
        for (int j = 0; j <= 16; j++) {
            double t = j == 16 ? hi : lo + (hi - lo) * j / 16;
            Dfp dt = HighPrecisionReference.dfp(t);
            assertTrue(HighPrecisionReference.inside(s, DfpMath.sin(dt)), "sin " + t + " in " + x + " -> " + s);
            assertTrue(HighPrecisionReference.inside(c, DfpMath.cos(dt)), "cos " + t + " in " + x + " -> " + c);
        }
    }

    @Test
    void sineAndCosineContainFiftyDigitValues() {
        for (int n = 0; n < 400; n++) {
            double a = 20 * RND.nextDouble() - 10;
            assertTrig(a, a);
            double w = Math.pow(10, -12 * RND.nextDouble());
            assertTrig(a, a + w);
        }
        double[] adversarial = {Math.PI, Math.PI / 2, -Math.PI / 2, 2 * Math.PI, 3 * Math.PI / 2, 1e-300, 1e-8,
                Math.nextUp(Math.PI), Math.nextDown(Math.PI / 2), 0, 710.0, -Math.PI};
        for (double a : adversarial) {
            assertTrig(a, a);
            assertTrig(Math.nextDown(a), Math.nextUp(a));
            assertTrig(a - 1e-3, a + 1e-3); // spans the extremum or zero at a
        }
        // an interval spanning a maximum gets the exact bound 1
        assertEquals(1.0, Interval.of(1, 2).sin().hi());
        assertEquals(-1.0, Interval.of(3, 3.3).cos().lo());
    }

    @Test
    void atan2AndPiContainFiftyDigitValues() {
        Dfp pi = HighPrecisionReference.FIELD.getPi();
        assertTrue(HighPrecisionReference.inside(Interval.PI, pi));
        for (int n = 0; n < 400; n++) {
            double y = Math.abs(randomDouble());
            double x = Math.abs(randomDouble());
            if (n % 10 == 0) {
                y = 0;
            }
            if (n % 10 == 1) {
                x = 0;
            }
            if (n % 10 == 2) {
                y = x * 1e-12;
            }
            Interval r = Interval.point(y).atan2(Interval.point(x));
            Dfp ref = x == 0 ? pi.divide(2) : DfpMath.atan(HighPrecisionReference.dfp(y).divide(HighPrecisionReference.dfp(x)));
            if (!(x == 0 && y == 0)) {
                assertTrue(HighPrecisionReference.inside(r, ref), "atan2(" + y + ", " + x + ") = " + r);
            }
            // right half-plane with negative y
            Interval r2 = Interval.point(-y).atan2(Interval.point(x + 1));
            Dfp ref2 = DfpMath.atan(HighPrecisionReference.dfp(-y).divide(HighPrecisionReference.dfp(x + 1)));
            assertTrue(HighPrecisionReference.inside(r2, ref2));
        }
    }

    @Test
    void rationalsAndDecimalsAreEnclosed() {
        for (int n = 0; n < 200; n++) {
            BigInteger p = BigInteger.valueOf(RND.nextLong()).multiply(BigInteger.TEN.pow(RND.nextInt(30)));
            BigInteger q = BigInteger.valueOf(RND.nextLong() | 1).abs().add(BigInteger.ONE);
            Interval r = Interval.rational(p, q);
            BigDecimal lq = new BigDecimal(r.lo()).multiply(new BigDecimal(q));
            BigDecimal hq = new BigDecimal(r.hi()).multiply(new BigDecimal(q));
            BigDecimal bp = new BigDecimal(p);
            assertTrue(lq.compareTo(bp) <= 0 && bp.compareTo(hq) <= 0);
        }
        assertEquals(Interval.point(0.5), Interval.rational(BigInteger.ONE, BigInteger.TWO));
        Interval tenth = Interval.decimal(new BigDecimal("0.1"));
        assertTrue(contains(tenth, new BigDecimal("0.1")) && tenth.lo() < tenth.hi());
    }
}
