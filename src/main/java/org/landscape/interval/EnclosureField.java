package org.landscape.interval;

/**
 * Constants and arrays of an enclosure arithmetic (the generated evaluators receive one): a constant is lifted
 * from an {@link Interval} that contains it (derivatives zero for jets).
 *
 * @param <T> the element type
 */
public interface EnclosureField<T extends Enclosure<T>> {

    /** @return the constant enclosed by {@code c} */
    T constant(Interval c);

    /**
     * @return an element whose value lies in {@code value} and about whose derivatives nothing is known (for
     *         intervals the value itself; for jets every derivative is the whole line): used where a quantity is
     *         bounded but not differentiable over the box, such as the normal of a pair that is parallel somewhere
     */
    T bounded(Interval value);

    /** @return a new array of length n (elements null) */
    T[] newArray(int n);

    /** @return the exact double {@code x} as a constant */
    default T of(double x) {
        return constant(Interval.point(x));
    }

    /** @return an enclosure of the exact constant c (default: of its double enclosure) */
    default T exact(Constant c) {
        return constant(c.enclosure());
    }

    /** @return an enclosure of \( \pi \) */
    default T pi() {
        return exact(Constant.PI);
    }

    /** @return an enclosure of \( p/q \), e.g. a Taylor coefficient (q != 0) */
    default T rational(String p, String q) {
        return exact(Constant.rational(p, q));
    }
}
