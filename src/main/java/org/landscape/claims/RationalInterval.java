package org.landscape.claims;

import org.hipparchus.fraction.BigFraction;

import java.math.BigInteger;
import java.math.MathContext;

/**
 * A closed interval \( [lo, hi] \) with exact rational end points: interval arithmetic without
 * rounding, so a sign decided on an interval is decided rigorously. Immutable.
 *
 * @param lo lower end
 * @param hi upper end, {@code hi >= lo}
 */
public record RationalInterval(BigFraction lo, BigFraction hi) {

    /** 60 digits of pi; the enclosing interval below has width 1e-60. */
    private static final String PI_60 = "3141592653589793238462643383279502884197169399375105820974944";

    /** A rigorous enclosure of \( \pi \): \( [3.14159\ldots944, 3.14159\ldots945] \cdot 10^{-60} \). */
    public static final RationalInterval PI = new RationalInterval(
            new BigFraction(new BigInteger(PI_60), BigInteger.TEN.pow(60)),
            new BigFraction(new BigInteger(PI_60).add(BigInteger.ONE), BigInteger.TEN.pow(60)));

    public RationalInterval {
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /** @return the degenerate interval [x, x] */
    public static RationalInterval of(BigFraction x) {
        return new RationalInterval(x, x);
    }

    /** @return the degenerate interval of an exact double */
    public static RationalInterval of(double x) {
        java.math.BigDecimal b = new java.math.BigDecimal(x);
        BigFraction f = b.scale() > 0
                ? new BigFraction(b.unscaledValue(), BigInteger.TEN.pow(b.scale()))
                : new BigFraction(b.toBigIntegerExact());
        return of(f);
    }

    public RationalInterval add(RationalInterval o) {
        return new RationalInterval(lo.add(o.lo), hi.add(o.hi));
    }

    public RationalInterval negate() {
        return new RationalInterval(hi.negate(), lo.negate());
    }

    public RationalInterval subtract(RationalInterval o) {
        return add(o.negate());
    }

    public RationalInterval multiply(RationalInterval o) {
        BigFraction a = lo.multiply(o.lo);
        BigFraction b = lo.multiply(o.hi);
        BigFraction c = hi.multiply(o.lo);
        BigFraction d = hi.multiply(o.hi);
        return new RationalInterval(min(min(a, b), min(c, d)), max(max(a, b), max(c, d)));
    }

    /** @return 1/x; requires 0 not in the interval */
    public RationalInterval reciprocal() {
        if (sign() == 0) {
            throw new ArithmeticException("reciprocal of an interval containing 0: " + this);
        }
        return new RationalInterval(BigFraction.ONE.divide(hi), BigFraction.ONE.divide(lo));
    }

    /** @return x^n for an integer n (negative n through the reciprocal) */
    public RationalInterval pow(int n) {
        if (n < 0) {
            return pow(-n).reciprocal();
        }
        RationalInterval r = of(BigFraction.ONE);
        for (int i = 0; i < n; i++) {
            r = r.multiply(this);
        }
        if (n % 2 == 0 && n > 0) {
            // even powers are non-negative: tighten the lower end
            BigFraction l = r.lo.signum() < 0 ? BigFraction.ZERO : r.lo;
            return new RationalInterval(l, r.hi);
        }
        return r;
    }

    /** @return +1 or -1 if the whole interval has that sign, 0 if it contains 0 (undecided) */
    public int sign() {
        if (lo.signum() > 0) {
            return 1;
        }
        if (hi.signum() < 0) {
            return -1;
        }
        return 0;
    }

    /** @return true if the interval is exactly {0} */
    public boolean isZero() {
        return lo.signum() == 0 && hi.signum() == 0;
    }

    /** @return the midpoint as a double */
    public double mid() {
        return lo.add(hi).divide(2).bigDecimalValue(20, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    /** @return the width as a double */
    public double width() {
        return hi.subtract(lo).bigDecimalValue(20, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    private static BigFraction min(BigFraction a, BigFraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static BigFraction max(BigFraction a, BigFraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public String toString() {
        MathContext mc = new MathContext(17);
        return "[" + lo.bigDecimalValue().round(mc) + ", " + hi.bigDecimalValue().round(mc) + "]";
    }
}
