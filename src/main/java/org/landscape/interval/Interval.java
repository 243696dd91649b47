package org.landscape.interval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A closed interval \( [lo, hi] \) of reals with double bounds, and outward-rounded arithmetic on it: every
 * operation returns an interval containing the exact real result for all members of the operands.
 *
 * <p><b>Error model</b> (what a proof here assumes about the platform):
 * <ul>
 *   <li>\( +, -, \times, /, \sqrt{} \): Java specifies these as correctly rounded (IEEE 754, JLS 15.17-15.18,
 *       {@link Math#sqrt}); the bounds are the exact directed roundings, recovered by error-free transformations
 *       ({@link Rounding}).</li>
 *   <li>\( \sin, \cos \): {@link StrictMath} (fdlibm, the same bits on every platform), specified within 1 ulp of
 *       the exact result; each bound is moved 2 ulps outward (one ulp of margin beyond the specification), then
 *       clipped to \( [-1, 1] \). Interior extrema \( \pi/2 + j\pi \) (resp. \( j\pi \)) are located with the
 *       enclosure of \( \pi \) below; an extremum that cannot be excluded is included.</li>
 *   <li>\( \mathrm{atan2} \): {@link StrictMath#atan2}, specified within 2 ulps; bounds moved 3 ulps outward, on the
 *       monotone domains stated in {@link Enclosure}.</li>
 *   <li>\( \pi \in [\mathtt{Math.PI}, \mathrm{nextUp}(\mathtt{Math.PI})] \) (Math.PI = 3.14159265358979311..., below
 *       \( \pi \) by \( 1.2 \times 10^{-16} \)); rationals \( p/q \) from a 40-digit quotient, one ulp outward.</li>
 * </ul>
 * No operation produces NaN: an undefined result (division by an interval containing 0, overflow) is the whole
 * line, which makes any proof that uses it fail rather than pass. Immutable; O(1) per operation.
 */
public final class Interval implements Enclosure<Interval> {
    /** The whole real line: the result of undefined operations. */
    public static final Interval ENTIRE = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    /** An enclosure of \( \pi \). */
    public static final Interval PI = new Interval(Math.PI, Math.nextUp(Math.PI));
    /** The point 0. */
    public static final Interval ZERO = new Interval(0, 0);
    /** The point 1. */
    public static final Interval ONE = new Interval(1, 1);
    private static final Interval HALF_PI = new Interval(Math.PI / 2, Math.nextUp(Math.PI / 2));
    private static final Interval TRIG_RANGE = new Interval(-1, 1);
    private static final Interval ANGLE_RANGE = new Interval(-Math.nextUp(Math.PI), Math.nextUp(Math.PI));
    private static final int TRIG_ULPS = 2;
    private static final int ATAN_ULPS = 3;
    /** Beyond this argument magnitude sin and cos return [-1, 1] (no argument here is that large). */
    private static final double TRIG_LIMIT = 1e6;

    private final double lo;
    private final double hi;

    private Interval(double lo, double hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /**
     * @return \( [lo, hi] \); NaN or {@code lo > hi} is an {@link IllegalArgumentException} (a programming error)
     */
    public static Interval of(double lo, double hi) {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("not an interval: [" + lo + ", " + hi + "]");
        }
        return new Interval(lo, hi);
    }

    /** @return the point interval \( [x, x] \) (x finite) */
    public static Interval point(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite point: " + x);
        }
        return new Interval(x, x);
    }

    /** @return \( [m - r, m + r] \) rounded outward (r >= 0) */
    public static Interval around(double m, double r) {
        return of(Rounding.addDown(m, -r), Rounding.addUp(m, r));
    }

    /** @return an enclosure of the rational \( p/q \), \( q \ne 0 \) */
    public static Interval rational(BigInteger p, BigInteger q) {
        if (q.signum() == 0) {
            throw new IllegalArgumentException("zero denominator");
        }
        BigDecimal x = new BigDecimal(p).divide(new BigDecimal(q), new MathContext(40, RoundingMode.HALF_EVEN));
        double d = x.doubleValue();
        if (new BigDecimal(d).multiply(new BigDecimal(q)).compareTo(new BigDecimal(p)) == 0) {
            return point(d); // exactly representable
        }
        return of(Math.nextDown(d), Math.nextUp(d));
    }

    /** @return an enclosure of the exact decimal {@code x} */
    public static Interval decimal(BigDecimal x) {
        double d = x.doubleValue();
        int c = new BigDecimal(d).compareTo(x);
        if (c == 0) {
            return point(d);
        }
        return c < 0 ? of(d, Math.nextUp(d)) : of(Math.nextDown(d), d);
    }

    /** @return the lower bound */
    public double lo() {
        return lo;
    }

    /** @return the upper bound */
    public double hi() {
        return hi;
    }

    /** @return a double in the interval, near its midpoint (0 for the whole line) */
    public double mid() {
        if (lo == Double.NEGATIVE_INFINITY || hi == Double.POSITIVE_INFINITY) {
            return lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY ? 0
                    : lo == Double.NEGATIVE_INFINITY ? hi : lo;
        }
        double m = lo * 0.5 + hi * 0.5;
        return Math.max(lo, Math.min(hi, m));
    }

    /** @return an upper bound of the largest distance from {@link #mid()} to a bound */
    public double rad() {
        double m = mid();
        return Math.max(Rounding.addUp(m, -lo), Rounding.addUp(hi, -m));
    }

    /** @return an upper bound of \( hi - lo \) */
    public double width() {
        return Rounding.addUp(hi, -lo);
    }

    /** @return \( \max |x| \) over the interval (exact) */
    public double mag() {
        return Math.max(Math.abs(lo), Math.abs(hi));
    }

    /** @return \( \min |x| \) over the interval (exact; 0 if it contains 0) */
    public double mig() {
        return containsZero() ? 0 : Math.min(Math.abs(lo), Math.abs(hi));
    }

    /** @return true if x lies in the interval */
    public boolean contains(double x) {
        return lo <= x && x <= hi;
    }

    /** @return true if the interval contains 0 */
    public boolean containsZero() {
        return lo <= 0 && 0 <= hi;
    }

    /** @return true if {@code o} lies in the interior of this interval */
    public boolean interiorContains(Interval o) {
        return lo < o.lo && o.hi < hi;
    }

    /** @return true if {@code o} is a subset */
    public boolean contains(Interval o) {
        return lo <= o.lo && o.hi <= hi;
    }

    /** @return true if both bounds are finite */
    public boolean isBounded() {
        return Double.isFinite(lo) && Double.isFinite(hi);
    }

    /** @return the smallest interval containing both */
    public Interval hull(Interval o) {
        return new Interval(Math.min(lo, o.lo), Math.max(hi, o.hi));
    }

    /** @return the intersection; {@link IllegalArgumentException} if it is empty */
    public Interval intersect(Interval o) {
        return of(Math.max(lo, o.lo), Math.min(hi, o.hi));
    }

    /** @return true if the intersection is not empty */
    public boolean meets(Interval o) {
        return Math.max(lo, o.lo) <= Math.min(hi, o.hi);
    }

    @Override
    public Interval add(Interval b) {
        return new Interval(Rounding.addDown(lo, b.lo), Rounding.addUp(hi, b.hi));
    }

    @Override
    public Interval subtract(Interval b) {
        return new Interval(Rounding.addDown(lo, -b.hi), Rounding.addUp(hi, -b.lo));
    }

    @Override
    public Interval negate() {
        return new Interval(-hi, -lo);
    }

    @Override
    public Interval multiply(Interval b) {
        if (!isBounded() || !b.isBounded()) {
            return ENTIRE;
        }
        if (lo >= 0 && b.lo >= 0) {
            return new Interval(Rounding.mulDown(lo, b.lo), Rounding.mulUp(hi, b.hi));
        }
        double l = Math.min(Math.min(Rounding.mulDown(lo, b.lo), Rounding.mulDown(lo, b.hi)),
                Math.min(Rounding.mulDown(hi, b.lo), Rounding.mulDown(hi, b.hi)));
        double h = Math.max(Math.max(Rounding.mulUp(lo, b.lo), Rounding.mulUp(lo, b.hi)),
                Math.max(Rounding.mulUp(hi, b.lo), Rounding.mulUp(hi, b.hi)));
        return new Interval(l, h);
    }

    /** @return an enclosure of \( a \cdot c \) for the exact double c */
    public Interval multiply(double c) {
        return multiply(point(c));
    }

    @Override
    public Interval divide(Interval b) {
        if (b.containsZero() || !isBounded() || !b.isBounded()) {
            return ENTIRE;
        }
        double l = Math.min(Math.min(Rounding.divDown(lo, b.lo), Rounding.divDown(lo, b.hi)),
                Math.min(Rounding.divDown(hi, b.lo), Rounding.divDown(hi, b.hi)));
        double h = Math.max(Math.max(Rounding.divUp(lo, b.lo), Rounding.divUp(lo, b.hi)),
                Math.max(Rounding.divUp(hi, b.lo), Rounding.divUp(hi, b.hi)));
        return new Interval(l, h);
    }

    @Override
    public Interval square() {
        if (!isBounded()) {
            return new Interval(mig() == 0 ? 0 : Rounding.mulDown(mig(), mig()), Double.POSITIVE_INFINITY);
        }
        double m = mig();
        double g = mag();
        return new Interval(Rounding.mulDown(m, m), Rounding.mulUp(g, g));
    }

    @Override
    public Interval sqrt() {
        if (hi < 0) {
            return ENTIRE;
        }
        return new Interval(Rounding.sqrtDown(Math.max(lo, 0)), hi == Double.POSITIVE_INFINITY ? hi
                : Rounding.sqrtUp(hi));
    }

    /** @return \( \{|x|\} \) (exact) */
    public Interval abs() {
        return new Interval(mig(), mag());
    }

    @Override
    public Interval sin() {
        return trig(true);
    }

    @Override
    public Interval cos() {
        return trig(false);
    }

    /**
     * Range of sin (or cos) over the interval: endpoint values widened by {@link #TRIG_ULPS} ulps, and +-1 where an
     * extremum \( x_j = (j + 1/2)\pi \) (sin) or \( j\pi \) (cos) may lie inside; \( \sin x_j = \cos x_{j} = (-1)^j \).
     */
    private Interval trig(boolean sine) {
        if (!isBounded() || mag() > TRIG_LIMIT || width() >= 6.28) {
            return TRIG_RANGE;
        }
        double fa = sine ? StrictMath.sin(lo) : StrictMath.cos(lo);
        double fb = sine ? StrictMath.sin(hi) : StrictMath.cos(hi);
        double l = Math.max(-1, Rounding.down(Math.min(fa, fb), TRIG_ULPS));
        double h = Math.min(1, Rounding.up(Math.max(fa, fb), TRIG_ULPS));
        double offset = sine ? 0.5 : 0.0;
        long jLo = (long) Math.floor(lo / Math.PI - offset) - 1;
        long jHi = (long) Math.ceil(hi / Math.PI - offset) + 1;
        for (long j = jLo; j <= jHi; j++) {
            Interval x = PI.multiply(point(j + offset));
            if (x.hi < lo || x.lo > hi) {
                continue; // extremum certainly outside
            }
            if (j % 2 == 0) {
                h = 1;
            } else {
                l = -1;
            }
        }
        return new Interval(l, h);
    }

    @Override
    public Interval atan2(Interval x) {
        Interval y = this;
        if (!y.isBounded() || !x.isBounded()) {
            return ANGLE_RANGE;
        }
        if (y.lo >= 0 && x.lo >= 0) {
            if (y.lo == 0 && x.lo == 0) {
                return new Interval(0, HALF_PI.hi); // the origin is in the box
            }
            double l = Math.max(0, Rounding.down(StrictMath.atan2(y.lo, x.hi), ATAN_ULPS));
            double h = Math.min(HALF_PI.hi, Rounding.up(StrictMath.atan2(y.hi, x.lo), ATAN_ULPS));
            return new Interval(l, h);
        }
        if (x.lo > 0) {
            double l = Rounding.down(StrictMath.atan2(y.lo, y.lo >= 0 ? x.hi : x.lo), ATAN_ULPS);
            double h = Rounding.up(StrictMath.atan2(y.hi, y.hi >= 0 ? x.lo : x.hi), ATAN_ULPS);
            return new Interval(Math.max(l, -HALF_PI.hi), Math.min(h, HALF_PI.hi));
        }
        return ANGLE_RANGE;
    }

    @Override
    public Interval value() {
        return this;
    }

    /** @return "[lo, hi]" with round-trip doubles */
    @Override
    public String toString() {
        return "[" + lo + ", " + hi + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interval i && Double.compare(i.lo, lo) == 0 && Double.compare(i.hi, hi) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lo) * 31 + Double.hashCode(hi);
    }

    /** The field of double intervals. */
    public static final EnclosureField<Interval> FIELD = new EnclosureField<>() {
        @Override
        public Interval constant(Interval c) {
            return c;
        }

        @Override
        public Interval bounded(Interval value) {
            return value;
        }

        @Override
        public Interval[] newArray(int n) {
            return new Interval[n];
        }
    };
}
