package org.landscape.interval;

/**
 * A value of an enclosure arithmetic: a set of reals (an {@link Interval}) or a set of real jets
 * ({@link IntervalJet}: value and first derivatives along fixed directions) that is guaranteed to contain the
 * exact result of the real operation applied to any members of the operands (inclusion isotonicity). Every
 * generated interval evaluator (package {@code interval.generated}) is written once against this interface, so
 * the same straight-line program encloses values over a box and, with jets, their derivatives.
 *
 * <p>Domain conventions: {@link #sqrt} discards the negative part of its operand (its arguments here are sums of
 * squares); {@link #divide} by an enclosure containing 0 gives the whole line; {@link #atan2} is the angle of the
 * point (x, this) in the closed first quadrant or the open right half-plane, the whole range
 * \( [-\pi, \pi] \) elsewhere.
 *
 * @param <T> the implementing type
 */
public interface Enclosure<T extends Enclosure<T>> {

    /** @return an enclosure of \( a + b \) */
    T add(T b);

    /** @return an enclosure of \( a - b \) */
    T subtract(T b);

    /** @return an enclosure of \( a b \) */
    T multiply(T b);

    /** @return an enclosure of \( a / b \) */
    T divide(T b);

    /** @return an enclosure of \( -a \) (exact) */
    T negate();

    /** @return an enclosure of \( a^2 \), non-negative (tighter than {@code multiply(this)}) */
    T square();

    /** @return an enclosure of \( \sqrt{a} \) on \( a \ge 0 \) */
    T sqrt();

    /** @return an enclosure of \( \sin a \) */
    T sin();

    /** @return an enclosure of \( \cos a \) */
    T cos();

    /** @return an enclosure of \( \mathrm{atan2}(a, x) \), the angle of the point \( (x, a) \) */
    T atan2(T x);

    /** @return the enclosure of the value (for a jet: of its value part) */
    Interval value();
}
