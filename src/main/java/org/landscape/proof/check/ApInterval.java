package org.landscape.proof.check;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

import java.math.BigDecimal;

/**
 * The re-checker's own interval arithmetic, on apfloat numbers of {@link #PRECISION} digits, independent of the
 * proving code ({@code interval.Interval}, {@code interval.BigInterval}).
 *
 * <p><b>Error model.</b> Every apfloat result at {@link #PRECISION} = 50 digits is assumed to lie within
 * \( 10^{-40} s \) of the exact result: for \( \times, /, \sqrt{} \) s is the result's magnitude (relative
 * accuracy), for \( \pm \) the largest operand magnitude (cancellation), for arcsin, arccos and \( \pi \)
 * \( s \ge 1 \) (absolute accuracy). apfloat computes to the requested precision; the assumption keeps a margin of
 * 10 digits for the last-digit error. Each bound is moved outward by that amount; arcsin and arccos use
 * monotonicity on [-1, 1]. Immutable.
 */
final class ApInterval {
    /** Working precision in decimal digits. */
    static final long PRECISION = 50;
    private static final Apfloat ONE = new Apfloat(1, PRECISION);
    private static final Apfloat EPS = new Apfloat("1e-40", PRECISION);
    static final ApInterval ZERO = new ApInterval(new Apfloat(0, PRECISION), new Apfloat(0, PRECISION));
    static final ApInterval PI = widen(ApfloatMath.pi(PRECISION), ApfloatMath.pi(PRECISION), ONE);

    final Apfloat lo;
    final Apfloat hi;

    private ApInterval(Apfloat lo, Apfloat hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /** @return the exact double x */
    static ApInterval of(double x) {
        Apfloat a = x == 0 ? new Apfloat(0, PRECISION) : new Apfloat(new BigDecimal(x)).precision(PRECISION);
        return new ApInterval(a, a);
    }

    /** @return \( [lo, hi] \) for exact doubles */
    static ApInterval of(double lo, double hi) {
        return new ApInterval(of(lo).lo, of(hi).hi);
    }

    /** @return p/q (integers), widened */
    static ApInterval rational(java.math.BigInteger p, java.math.BigInteger q) {
        Apfloat r = new Apfloat(new BigDecimal(p)).precision(PRECISION).divide(new Apfloat(new BigDecimal(q))
                .precision(PRECISION));
        return widen(r, r, ApfloatMath.abs(r));
    }

    private static Apfloat max(Apfloat a, Apfloat b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Apfloat min(Apfloat a, Apfloat b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Moves both bounds out by \( 10^{-40} \max(scale, |l|, |h|) \). */
    private static ApInterval widen(Apfloat l, Apfloat h, Apfloat scale) {
        Apfloat s = max(scale, max(ApfloatMath.abs(l), ApfloatMath.abs(h)));
        Apfloat e = EPS.multiply(s);
        return new ApInterval(l.subtract(e), h.add(e));
    }

    private Apfloat mag() {
        return max(ApfloatMath.abs(lo), ApfloatMath.abs(hi));
    }

    ApInterval add(ApInterval b) {
        return widen(lo.add(b.lo), hi.add(b.hi), max(mag(), b.mag()));
    }

    ApInterval subtract(ApInterval b) {
        return widen(lo.subtract(b.hi), hi.subtract(b.lo), max(mag(), b.mag()));
    }

    ApInterval negate() {
        return new ApInterval(hi.negate(), lo.negate());
    }

    ApInterval multiply(ApInterval b) {
        Apfloat p1 = lo.multiply(b.lo);
        Apfloat p2 = lo.multiply(b.hi);
        Apfloat p3 = hi.multiply(b.lo);
        Apfloat p4 = hi.multiply(b.hi);
        return widen(min(min(p1, p2), min(p3, p4)), max(max(p1, p2), max(p3, p4)), ZERO.lo);
    }

    boolean containsZero() {
        return lo.signum() <= 0 && hi.signum() >= 0;
    }

    ApInterval divide(ApInterval b) {
        if (b.containsZero()) {
            throw new ArithmeticException("division by an interval containing 0");
        }
        Apfloat q1 = lo.divide(b.lo);
        Apfloat q2 = lo.divide(b.hi);
        Apfloat q3 = hi.divide(b.lo);
        Apfloat q4 = hi.divide(b.hi);
        return widen(min(min(q1, q2), min(q3, q4)), max(max(q1, q2), max(q3, q4)), ZERO.lo);
    }

    ApInterval square() {
        Apfloat a = ApfloatMath.abs(lo);
        Apfloat b = ApfloatMath.abs(hi);
        Apfloat mig = containsZero() ? new Apfloat(0, PRECISION) : min(a, b);
        Apfloat mg = max(a, b);
        ApInterval r = widen(mig.multiply(mig), mg.multiply(mg), ZERO.lo);
        return r.lo.signum() < 0 ? new ApInterval(new Apfloat(0, PRECISION), r.hi) : r;
    }

    ApInterval sqrt() {
        Apfloat l = lo.signum() <= 0 ? new Apfloat(0, PRECISION) : ApfloatMath.sqrt(lo);
        Apfloat h = hi.signum() <= 0 ? new Apfloat(0, PRECISION) : ApfloatMath.sqrt(hi);
        ApInterval r = widen(l, h, ZERO.lo);
        return r.lo.signum() < 0 ? new ApInterval(new Apfloat(0, PRECISION), r.hi) : r;
    }

    /** @return arccos over the part of the interval inside [-1, 1] (decreasing) */
    ApInterval acos() {
        Apfloat l = max(lo, ONE.negate());
        Apfloat h = min(hi, ONE);
        ApInterval r = widen(ApfloatMath.acos(h), ApfloatMath.acos(l), ONE);
        return r.lo.signum() < 0 ? new ApInterval(new Apfloat(0, PRECISION), r.hi) : r;
    }

    /** @return arcsin over the part of the interval inside [-1, 1] (increasing) */
    ApInterval asin() {
        Apfloat l = max(lo, ONE.negate());
        Apfloat h = min(hi, ONE);
        return widen(ApfloatMath.asin(l), ApfloatMath.asin(h), ONE);
    }

    /** @return the intersection with [a, b] (exact bounds) */
    ApInterval clamp(double a, double b) {
        Apfloat ea = of(a).lo;
        Apfloat eb = of(b).hi;
        return new ApInterval(max(lo, ea), min(hi, eb));
    }

    /** @return the hull with another interval */
    ApInterval hull(ApInterval o) {
        return new ApInterval(min(lo, o.lo), max(hi, o.hi));
    }

    /** @return true if o lies in the interior */
    boolean interiorContains(ApInterval o) {
        return lo.compareTo(o.lo) < 0 && o.hi.compareTo(hi) < 0;
    }

    /** @return true if both bounds lie in the double interval [a, b] */
    boolean within(double a, double b) {
        return of(a).lo.compareTo(lo) <= 0 && hi.compareTo(of(b).hi) <= 0;
    }

    boolean positive() {
        return lo.signum() > 0;
    }

    boolean negative() {
        return hi.signum() < 0;
    }

    /** @return the magnitude bound as a double (rounded up) */
    double magnitude() {
        return Math.nextUp(mag().doubleValue());
    }

    double mid() {
        return lo.add(hi).divide(new Apfloat(2, PRECISION)).doubleValue();
    }

    @Override
    public String toString() {
        return "[" + lo.toString(true) + ", " + hi.toString(true) + "]";
    }
}
