package org.landscape.interval;

import java.math.BigInteger;

/**
 * An exact real constant of a generated formula: a rational \( p/q \) or \( \pi \). Each arithmetic lifts it at its
 * own precision ({@link EnclosureField#exact}): double intervals use {@link #enclosure()}, high-precision intervals
 * the exact quotient. Immutable.
 */
public final class Constant {
    /** \( \pi \). */
    public static final Constant PI = new Constant(null, null, Interval.PI);
    private final BigInteger p;
    private final BigInteger q;
    private final Interval enclosure;

    private Constant(BigInteger p, BigInteger q, Interval enclosure) {
        this.p = p;
        this.q = q;
        this.enclosure = enclosure;
    }

    /** @return the rational p/q (q != 0), given as decimal integer strings */
    public static Constant rational(String p, String q) {
        BigInteger a = new BigInteger(p);
        BigInteger b = new BigInteger(q);
        return new Constant(a, b, Interval.rational(a, b));
    }

    /** @return true for \( \pi \) */
    public boolean isPi() {
        return p == null;
    }

    /** @return the numerator (rationals only) */
    public BigInteger numerator() {
        return p;
    }

    /** @return the denominator (rationals only) */
    public BigInteger denominator() {
        return q;
    }

    /** @return a double interval containing the constant */
    public Interval enclosure() {
        return enclosure;
    }
}
