package org.landscape.interval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A closed interval with {@link BigDecimal} bounds of P significant digits, for thin (point) evaluations where
 * double intervals are too wide: the residual of the critical-point equation at the center of a Krawczyk box, the
 * loss there. Same contract as {@link Interval}.
 *
 * <p><b>Error model.</b> \( +, -, \times, / \): {@link BigDecimal} with {@link RoundingMode#FLOOR} for lower and
 * {@link RoundingMode#CEILING} for upper bounds (exact directed rounding, Java specification).
 * \( \sqrt{} \): a P+5-digit candidate, each bound then verified by exact squaring and moved outward until the
 * check holds. sin, cos (arguments up to 8 in magnitude, else [-1, 1]) and arctan: Taylor series at the endpoints
 * (arctan after four argument halvings \( \arctan z = 2\arctan(z/(1+\sqrt{1+z^2})) \)), summed at P+15 digits;
 * the truncation error is bounded by the first omitted term (Lagrange; \( |\sin^{(m)}| \le 1 \)) and the rounding
 * error of the sum by \( 10^{-(P+5)} \) (at most 400 operations, each off by \( 10^{-(P+14)} \) relative, on terms
 * at most \( e^8 \)), both added outward; interior extrema of sin and cos are located with the enclosure of
 * \( \pi \) by Machin's formula \( \pi = 16\arctan\frac15 - 4\arctan\frac1{239} \). Immutable.
 */
public final class BigInterval implements Enclosure<BigInterval> {
    private static final ConcurrentHashMap<Integer, BigInterval> PI_CACHE = new ConcurrentHashMap<>();
    private static final BigDecimal TRIG_LIMIT = BigDecimal.valueOf(8);
    private final BigDecimal lo;
    private final BigDecimal hi;
    private final int digits;

    private BigInterval(BigDecimal lo, BigDecimal hi, int digits) {
        this.lo = lo;
        this.hi = hi;
        this.digits = digits;
    }

    /** @return \( [lo, hi] \) at P digits (bounds rounded outward) */
    public static BigInterval of(BigDecimal lo, BigDecimal hi, int digits) {
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("not an interval: [" + lo + ", " + hi + "]");
        }
        return new BigInterval(lo.round(down(digits)), hi.round(up(digits)), digits);
    }

    /**
     * @return the double interval {@code x} exactly (its bounds keep all their digits; results of operations are
     *         rounded to P digits)
     */
    public static BigInterval of(Interval x, int digits) {
        if (!x.isBounded()) {
            throw new IllegalArgumentException("unbounded interval " + x);
        }
        return new BigInterval(new BigDecimal(x.lo()), new BigDecimal(x.hi()), digits);
    }

    private static MathContext down(int digits) {
        return new MathContext(digits, RoundingMode.FLOOR);
    }

    private static MathContext up(int digits) {
        return new MathContext(digits, RoundingMode.CEILING);
    }

    /** @return the lower bound */
    public BigDecimal lo() {
        return lo;
    }

    /** @return the upper bound */
    public BigDecimal hi() {
        return hi;
    }

    private BigInterval make(BigDecimal l, BigDecimal h) {
        return new BigInterval(l, h, digits);
    }

    @Override
    public BigInterval add(BigInterval b) {
        return make(lo.add(b.lo, down(digits)), hi.add(b.hi, up(digits)));
    }

    @Override
    public BigInterval subtract(BigInterval b) {
        return make(lo.subtract(b.hi, down(digits)), hi.subtract(b.lo, up(digits)));
    }

    @Override
    public BigInterval negate() {
        return make(hi.negate(), lo.negate());
    }

    @Override
    public BigInterval multiply(BigInterval b) {
        BigDecimal[] p = {lo.multiply(b.lo), lo.multiply(b.hi), hi.multiply(b.lo), hi.multiply(b.hi)};
        BigDecimal mn = p[0];
        BigDecimal mx = p[0];
        for (BigDecimal x : p) {
            mn = mn.min(x);
            mx = mx.max(x);
        }
        return make(mn.round(down(digits)), mx.round(up(digits)));
    }

    @Override
    public BigInterval divide(BigInterval b) {
        if (b.lo.signum() <= 0 && b.hi.signum() >= 0) {
            throw new ArithmeticException("division by an interval containing 0: " + b);
        }
        BigDecimal[] l = {lo.divide(b.lo, down(digits)), lo.divide(b.hi, down(digits)), hi.divide(b.lo, down(digits)),
                hi.divide(b.hi, down(digits))};
        BigDecimal[] h = {lo.divide(b.lo, up(digits)), lo.divide(b.hi, up(digits)), hi.divide(b.lo, up(digits)),
                hi.divide(b.hi, up(digits))};
        BigDecimal mn = l[0];
        BigDecimal mx = h[0];
        for (int i = 1; i < 4; i++) {
            mn = mn.min(l[i]);
            mx = mx.max(h[i]);
        }
        return make(mn, mx);
    }

    @Override
    public BigInterval square() {
        BigDecimal a = lo.abs();
        BigDecimal b = hi.abs();
        BigDecimal mig = lo.signum() <= 0 && hi.signum() >= 0 ? BigDecimal.ZERO : a.min(b);
        BigDecimal mag = a.max(b);
        return make(mig.multiply(mig).round(down(digits)), mag.multiply(mag).round(up(digits)));
    }

    @Override
    public BigInterval sqrt() {
        if (hi.signum() < 0) {
            throw new ArithmeticException("square root of a negative interval " + this);
        }
        return make(sqrtBound(lo.max(BigDecimal.ZERO), false), sqrtBound(hi, true));
    }

    private BigDecimal sqrtBound(BigDecimal x, boolean upper) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal r = x.sqrt(new MathContext(digits + 5, RoundingMode.HALF_EVEN));
        BigDecimal step = r.ulp().multiply(BigDecimal.TEN.pow(5));
        r = upper ? r.round(up(digits)) : r.round(down(digits));
        while (upper ? r.multiply(r).compareTo(x) < 0 : r.multiply(r).compareTo(x) > 0) {
            r = upper ? r.add(step) : r.subtract(step);
        }
        return r;
    }

    /** @return an enclosure of \( \pi \) at P digits (Machin's formula, cached) */
    public static BigInterval pi(int digits) {
        return PI_CACHE.computeIfAbsent(digits, p -> {
            BigDecimal[] a5 = atanSmall(BigDecimal.ONE.divide(BigDecimal.valueOf(5), work(p)), p);
            BigDecimal[] a239 = atanSmall(BigDecimal.ONE.divide(BigDecimal.valueOf(239), work(p)), p);
            BigDecimal c = a5[0].multiply(BigDecimal.valueOf(16)).subtract(a239[0].multiply(BigDecimal.valueOf(4)));
            BigDecimal e = a5[1].multiply(BigDecimal.valueOf(16)).add(a239[1].multiply(BigDecimal.valueOf(4)))
                    .add(BigDecimal.ONE.movePointLeft(p + 5)); // the quotients 1/5, 1/239 are rounded
            return new BigInterval(c.subtract(e).round(down(p)), c.add(e).round(up(p)), p);
        });
    }

    private static MathContext work(int digits) {
        return new MathContext(digits + 15, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal rounding(int digits) {
        return BigDecimal.ONE.movePointLeft(digits + 5);
    }

    /**
     * arctan of a point \( 0 \le z \le 1 \): {value, error bound} after four halvings of the argument and the
     * alternating series, whose first omitted term bounds the truncation.
     */
    private static BigDecimal[] atanSmall(BigDecimal z, int digits) {
        MathContext mc = work(digits);
        int halvings = 4;
        for (int i = 0; i < halvings; i++) {
            z = z.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(z.multiply(z, mc)).sqrt(mc)), mc);
        }
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal term = z;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(digits + 12);
        int n = 0;
        while (term.abs().compareTo(eps) > 0) {
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = n % 2 == 0 ? sum.add(t, mc) : sum.subtract(t, mc);
            term = term.multiply(z2, mc);
            n++;
        }
        BigDecimal scale = BigDecimal.valueOf(1L << halvings);
        BigDecimal err = term.abs().add(rounding(digits)).multiply(scale);
        return new BigDecimal[]{sum.multiply(scale, mc), err};
    }

    /** sin (or cos) of a point with \( |x| \le 8 \): {value, error bound}. */
    private static BigDecimal[] trigPoint(BigDecimal x, boolean sine, int digits) {
        MathContext mc = work(digits);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = sine ? x : BigDecimal.ONE;
        int n = sine ? 1 : 0;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(digits + 12);
        int sign = 1;
        while (term.abs().compareTo(eps) > 0 || n < 20) {
            sum = sign > 0 ? sum.add(term, mc) : sum.subtract(term, mc);
            term = term.multiply(x2, mc).divide(BigDecimal.valueOf((long) (n + 1) * (n + 2)), mc);
            n += 2;
            sign = -sign;
        }
        return new BigDecimal[]{sum, term.abs().add(rounding(digits))};
    }

    @Override
    public BigInterval sin() {
        return trig(true);
    }

    @Override
    public BigInterval cos() {
        return trig(false);
    }

    private BigInterval trig(boolean sine) {
        BigInterval range = make(BigDecimal.ONE.negate(), BigDecimal.ONE);
        if (lo.abs().compareTo(TRIG_LIMIT) > 0 || hi.abs().compareTo(TRIG_LIMIT) > 0) {
            return range;
        }
        BigDecimal[] a = trigPoint(lo, sine, digits);
        BigDecimal[] b = trigPoint(hi, sine, digits);
        BigDecimal l = a[0].subtract(a[1]).min(b[0].subtract(b[1]));
        BigDecimal h = a[0].add(a[1]).max(b[0].add(b[1]));
        BigInterval pi = pi(digits);
        double offset = sine ? 0.5 : 0;
        long jLo = (long) Math.floor(lo.doubleValue() / Math.PI - offset) - 1;
        long jHi = (long) Math.ceil(hi.doubleValue() / Math.PI - offset) + 1;
        for (long j = jLo; j <= jHi; j++) {
            BigInterval xj = pi.multiply(make(BigDecimal.valueOf(j + offset), BigDecimal.valueOf(j + offset)));
            if (xj.hi.compareTo(lo) < 0 || xj.lo.compareTo(hi) > 0) {
                continue;
            }
            if (j % 2 == 0) {
                h = BigDecimal.ONE;
            } else {
                l = BigDecimal.ONE.negate();
            }
        }
        l = l.max(BigDecimal.ONE.negate());
        h = h.min(BigDecimal.ONE);
        return make(l.round(down(digits)), h.round(up(digits)));
    }

    /** atan2 of a point in the closed first quadrant (not the origin): {value, error bound}. */
    private static BigDecimal[] atan2Point(BigDecimal y, BigDecimal x, int digits) {
        MathContext mc = work(digits);
        BigInterval pi = pi(digits);
        if (x.signum() == 0) {
            return new BigDecimal[]{pi.lo.divide(BigDecimal.valueOf(2), mc), pi.hi.subtract(pi.lo)};
        }
        if (y.compareTo(x) <= 0) {
            BigDecimal[] r = atanSmall(y.divide(x, mc), digits);
            r[1] = r[1].add(rounding(digits));
            return r;
        }
        BigDecimal[] r = atanSmall(x.divide(y, mc), digits);
        return new BigDecimal[]{pi.lo.divide(BigDecimal.valueOf(2), mc).subtract(r[0], mc),
                r[1].add(pi.hi.subtract(pi.lo)).add(rounding(digits))};
    }

    @Override
    public BigInterval atan2(BigInterval x) {
        BigInterval y = this;
        if (y.lo.signum() < 0 || x.lo.signum() < 0) {
            throw new ArithmeticException("atan2 of high precision is implemented in the closed first quadrant only");
        }
        BigInterval pi = pi(digits);
        BigDecimal l;
        BigDecimal h;
        if (y.lo.signum() == 0 && x.lo.signum() == 0) {
            return make(BigDecimal.ZERO, pi.hi.divide(BigDecimal.valueOf(2), up(digits)));
        }
        if (y.lo.signum() == 0) {
            l = BigDecimal.ZERO;
        } else {
            BigDecimal[] a = atan2Point(y.lo, x.hi, digits);
            l = a[0].subtract(a[1]).max(BigDecimal.ZERO);
        }
        if (x.lo.signum() == 0) {
            h = pi.hi.divide(BigDecimal.valueOf(2), up(digits));
        } else {
            BigDecimal[] b = atan2Point(y.hi, x.lo, digits);
            h = b[0].add(b[1]);
        }
        return make(l.round(down(digits)), h.round(up(digits)));
    }

    @Override
    public Interval value() {
        return Interval.of(toDouble(lo, false), toDouble(hi, true));
    }

    private static double toDouble(BigDecimal x, boolean upper) {
        double d = x.doubleValue();
        int c = new BigDecimal(d).compareTo(x);
        if (upper) {
            return c < 0 ? Math.nextUp(d) : d;
        }
        return c > 0 ? Math.nextDown(d) : d;
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + "]";
    }

    /** @return the field of P-digit intervals (P in 20..200) */
    public static EnclosureField<BigInterval> field(int digits) {
        if (digits < 20 || digits > 200) {
            throw new IllegalArgumentException("digits must be in 20..200, got " + digits);
        }
        return new EnclosureField<>() {
            @Override
            public BigInterval constant(Interval c) {
                return BigInterval.of(c, digits);
            }

            @Override
            public BigInterval exact(Constant c) {
                if (c.isPi()) {
                    return BigInterval.pi(digits);
                }
                BigDecimal a = new BigDecimal(c.numerator());
                BigDecimal b = new BigDecimal(c.denominator());
                return new BigInterval(a.divide(b, down(digits)), a.divide(b, up(digits)), digits);
            }

            @Override
            public BigInterval bounded(Interval value) {
                return BigInterval.of(value, digits);
            }

            @Override
            public BigInterval[] newArray(int n) {
                return new BigInterval[n];
            }
        };
    }
}
