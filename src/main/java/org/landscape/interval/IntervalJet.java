package org.landscape.interval;

import java.util.Arrays;

/**
 * A first-order jet with interval coefficients: an enclosure \( v \) of a value \( f(x) \) and enclosures
 * \( d_j \) of its directional derivatives \( D f(x)[e_j] \), \( j < n \), valid simultaneously for every x of a
 * box. Arithmetic follows the chain rule (forward-mode automatic differentiation) evaluated in {@link Interval}
 * arithmetic, so the enclosures hold for all points of the box at once: this is how the generated evaluators,
 * written once against {@link Enclosure}, also enclose third derivatives of the loss (the directional derivative of
 * the Hessian) and derivatives in alpha, without a second formula. Derivative rules: \( (ab)' = a'b + ab' \),
 * \( (a/b)' = (a' - (a/b) b')/b \), \( \sqrt{a}' = a'/(2\sqrt a) \), \( \sin' = \cos \), \( \cos' = -\sin \),
 * \( \mathrm{atan2}(y, x)' = (x y' - y x')/(x^2 + y^2) \). A derivative that does not exist somewhere in the box
 * (sqrt at 0, atan2 at the origin) comes out as the whole line. Immutable; O(n) per operation.
 */
public final class IntervalJet implements Enclosure<IntervalJet> {
    private final Interval v;
    private final Interval[] d;

    private IntervalJet(Interval v, Interval[] d) {
        this.v = v;
        this.d = d;
    }

    /** @return a constant (all derivatives 0) with n directions */
    public static IntervalJet constant(Interval v, int n) {
        Interval[] d = new Interval[n];
        Arrays.fill(d, Interval.ZERO);
        return new IntervalJet(v, d);
    }

    /**
     * @param v           the value's enclosure
     * @param derivatives the directional derivatives' enclosures (read, copied)
     * @return the jet
     */
    public static IntervalJet of(Interval v, Interval[] derivatives) {
        return new IntervalJet(v, derivatives.clone());
    }

    /** @return the variable \( x + t e \) along direction j of n: value v, derivative 1 in slot j */
    public static IntervalJet variable(Interval v, int j, int n) {
        IntervalJet c = constant(v, n);
        c.d[j] = Interval.ONE;
        return c;
    }

    /** @return the number of directions */
    public int directions() {
        return d.length;
    }

    /** @return the enclosure of the derivative along direction j */
    public Interval derivative(int j) {
        return d[j];
    }

    @Override
    public Interval value() {
        return v;
    }

    private IntervalJet with(Interval value, Interval factor, IntervalJet a) {
        Interval[] r = new Interval[d.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = factor.multiply(a.d[j]);
        }
        return new IntervalJet(value, r);
    }

    @Override
    public IntervalJet add(IntervalJet b) {
        Interval[] r = new Interval[d.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = d[j].add(b.d[j]);
        }
        return new IntervalJet(v.add(b.v), r);
    }

    @Override
    public IntervalJet subtract(IntervalJet b) {
        Interval[] r = new Interval[d.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = d[j].subtract(b.d[j]);
        }
        return new IntervalJet(v.subtract(b.v), r);
    }

    @Override
    public IntervalJet negate() {
        Interval[] r = new Interval[d.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = d[j].negate();
        }
        return new IntervalJet(v.negate(), r);
    }

    @Override
    public IntervalJet multiply(IntervalJet b) {
        Interval[] r = new Interval[d.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = d[j].multiply(b.v).add(v.multiply(b.d[j]));
        }
        return new IntervalJet(v.multiply(b.v), r);
    }

    @Override
    public IntervalJet divide(IntervalJet b) {
        Interval q = v.divide(b.v);
        Interval[] r = new Interval[d.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = d[j].subtract(q.multiply(b.d[j])).divide(b.v);
        }
        return new IntervalJet(q, r);
    }

    @Override
    public IntervalJet square() {
        return with(v.square(), v.multiply(2), this);
    }

    @Override
    public IntervalJet sqrt() {
        Interval s = v.sqrt();
        return with(s, Interval.ONE.divide(s.multiply(2)), this);
    }

    @Override
    public IntervalJet sin() {
        return with(v.sin(), v.cos(), this);
    }

    @Override
    public IntervalJet cos() {
        return with(v.cos(), v.sin().negate(), this);
    }

    @Override
    public IntervalJet atan2(IntervalJet x) {
        Interval n2 = x.v.square().add(v.square());
        Interval[] r = new Interval[d.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = x.v.multiply(d[j]).subtract(v.multiply(x.d[j])).divide(n2);
        }
        return new IntervalJet(v.atan2(x.v), r);
    }

    @Override
    public String toString() {
        return v + " + " + Arrays.toString(d) + " dt";
    }

    /** @return the field of jets with n directions */
    public static EnclosureField<IntervalJet> field(int n) {
        return new EnclosureField<>() {
            @Override
            public IntervalJet constant(Interval c) {
                return IntervalJet.constant(c, n);
            }

            @Override
            public IntervalJet bounded(Interval value) {
                Interval[] d = new Interval[n];
                Arrays.fill(d, Interval.ENTIRE);
                return new IntervalJet(value, d);
            }

            @Override
            public IntervalJet[] newArray(int size) {
                return new IntervalJet[size];
            }
        };
    }
}
