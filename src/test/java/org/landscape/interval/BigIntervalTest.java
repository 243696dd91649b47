package org.landscape.interval;

import org.hipparchus.dfp.Dfp;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link BigInterval} at 40 digits: enclosures of sin, cos, atan2, sqrt, pi and the field operations contain the
 * 50-digit Dfp values (an independent implementation) on random and adversarial inputs, and are at most
 * \( 10^{-35} \) wide relative to the value or \( 10^{-43} \) absolutely (the error model's terms, with margin).
 */
class BigIntervalTest {
    private static final int DIGITS = 40;
    private static final Random RND = new Random(40);

    private static BigInterval point(double x) {
        return BigInterval.of(Interval.point(x), DIGITS);
    }

    private static void assertEnclosesTightly(BigInterval r, Dfp ref, String what) {
        BigDecimal b = HighPrecisionReference.big(ref);
        assertTrue(r.lo().compareTo(b) <= 0 && b.compareTo(r.hi()) <= 0, what + ": " + r + " vs " + ref);
        BigDecimal width = r.hi().subtract(r.lo());
        // relative 1e-35, or absolute 1e-43 (the series add an absolute rounding term of 1e-45)
        BigDecimal allowed = b.abs().multiply(new BigDecimal("1e-35")).max(new BigDecimal("1e-43"));
        assertTrue(width.compareTo(allowed) <= 0, what + " too wide: " + width);
    }

    @Test
    void elementaryFunctionsContainFiftyDigitValues() {
        double[] adversarial = {0, 1e-20, 1e-8, Math.PI / 2, Math.PI, Math.nextDown(Math.PI), 3 * Math.PI / 2, 2 * Math.PI,
                7.999, -Math.PI / 2, 0.5553603672697958};
        for (int n = 0; n < 120; n++) {
            double x = n < adversarial.length ? adversarial[n] : 16 * RND.nextDouble() - 8;
            Dfp dx = HighPrecisionReference.dfp(x);
            BigInterval bx = point(x);
            if (Math.abs(Math.sin(x)) > 1e-25) {
                assertEnclosesTightly(bx.sin(), HighPrecisionReference.sin(dx), "sin " + x);
            }
            if (Math.abs(Math.cos(x)) > 1e-25) {
                assertEnclosesTightly(bx.cos(), HighPrecisionReference.cos(dx), "cos " + x);
            }
            double y = Math.abs(x);
            double z = RND.nextDouble() * 3 + (n % 5 == 0 ? 0 : 1e-3);
            BigInterval a = point(y).atan2(point(z));
            Dfp ref = z == 0 ? HighPrecisionReference.FIELD.getPi().divide(2)
                    : HighPrecisionReference.atan(HighPrecisionReference.dfp(y).divide(HighPrecisionReference.dfp(z)));
            if (y > 1e-25) {
                assertEnclosesTightly(a, ref, "atan2(" + y + ", " + z + ")");
            }
            if (y > 0) {
                assertEnclosesTightly(point(y).sqrt(), HighPrecisionReference.dfp(y).sqrt(), "sqrt " + y);
            }
        }
        assertEnclosesTightly(BigInterval.pi(DIGITS), HighPrecisionReference.FIELD.getPi(), "pi");
    }

    @Test
    void intervalArgumentsContainInteriorValues() {
        for (int n = 0; n < 60; n++) {
            double lo = 6 * RND.nextDouble() - 1;
            double hi = lo + Math.pow(10, -10 * RND.nextDouble());
            BigInterval x = BigInterval.of(Interval.of(lo, hi), DIGITS);
            double t = lo + (hi - lo) * RND.nextDouble();
            Dfp dt = HighPrecisionReference.dfp(t);
            assertTrue(HighPrecisionReference.inside(x.sin().value(), HighPrecisionReference.sin(dt)));
            assertTrue(HighPrecisionReference.inside(x.cos().value(), HighPrecisionReference.cos(dt)));
            BigInterval sq = x.square().add(point(1)).sqrt();
            assertTrue(HighPrecisionReference.inside(sq.value(), dt.multiply(dt).add(1).sqrt()));
        }
        // spanning the maximum of sin at pi/2 and the minimum of cos at pi
        assertTrue(BigInterval.of(Interval.of(1.5, 1.6), DIGITS).sin().hi().compareTo(BigDecimal.ONE) == 0);
        assertTrue(BigInterval.of(Interval.of(3.1, 3.2), DIGITS).cos().lo().compareTo(BigDecimal.ONE.negate()) == 0);
    }

    @Test
    void fieldOperationsAreDirectedRoundings() {
        EnclosureField<BigInterval> f = BigInterval.field(DIGITS);
        BigInterval third = f.rational("1", "3");
        BigDecimal three = new BigDecimal(3);
        assertTrue(third.lo().multiply(three).compareTo(BigDecimal.ONE) < 0);
        assertTrue(third.hi().multiply(three).compareTo(BigDecimal.ONE) > 0);
        for (int n = 0; n < 200; n++) {
            double a = RND.nextGaussian();
            double b = RND.nextGaussian();
            BigDecimal ea = new BigDecimal(a);
            BigDecimal eb = new BigDecimal(b);
            BigInterval q = point(a).divide(point(b));
            BigDecimal l = q.lo().multiply(eb);
            BigDecimal h = q.hi().multiply(eb);
            assertTrue(l.min(h).compareTo(ea) <= 0 && ea.compareTo(l.max(h)) <= 0);
            BigInterval p = point(a).multiply(point(b)).add(point(a));
            BigDecimal exact = ea.multiply(eb).add(ea);
            assertTrue(p.lo().compareTo(exact) <= 0 && exact.compareTo(p.hi()) <= 0);
        }
    }
}
