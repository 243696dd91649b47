package org.landscape.degree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An element \( x = \sum_i x_i (H_i) \) of a {@link BurnsideRing}, immutable. Printed in the notation of the
 * literature from the top class down, e.g. {@code (S4) - 2(D8) + (C2_1)}.
 */
public final class BurnsideElement {
    private final BurnsideRing ring;
    private final long[] c;

    BurnsideElement(BurnsideRing ring, long[] coefficients) {
        this.ring = ring;
        this.c = coefficients;
    }

    long[] coefficientsView() {
        return c;
    }

    /** @return the ring */
    public BurnsideRing ring() {
        return ring;
    }

    /** @return the coefficient of class i */
    public long coefficient(int i) {
        return c[i];
    }

    /** @return all coefficients (copy), indexed by class */
    public long[] coefficients() {
        return c.clone();
    }

    /** @return the classes with non-zero coefficient, increasing */
    public List<Integer> support() {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            if (c[i] != 0) {
                s.add(i);
            }
        }
        return s;
    }

    /** @return true if every coefficient is 0 */
    public boolean isZero() {
        return support().isEmpty();
    }

    /** @return \( x + y \) */
    public BurnsideElement add(BurnsideElement y) {
        long[] r = new long[c.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.addExact(c[i], y.c[i]);
        }
        return new BurnsideElement(ring, r);
    }

    /** @return \( x - y \) */
    public BurnsideElement subtract(BurnsideElement y) {
        return add(y.negate());
    }

    /** @return \( -x \) */
    public BurnsideElement negate() {
        long[] r = new long[c.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.negateExact(c[i]);
        }
        return new BurnsideElement(ring, r);
    }

    /** @return \( xy \) (through the table of marks) */
    public BurnsideElement multiply(BurnsideElement y) {
        return ring.multiply(this, y);
    }

    /** @return \( x^e \), \( e \ge 0 \) (\( x^0 = (G) \)) */
    public BurnsideElement pow(long e) {
        BurnsideElement r = ring.unit();
        BurnsideElement b = this;
        while (e > 0) {
            if ((e & 1) == 1) {
                r = r.multiply(b);
            }
            b = b.multiply(b);
            e >>= 1;
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BurnsideElement b && b.ring == ring && Arrays.equals(b.c, c);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(c);
    }

    /** @return e.g. {@code (S5) - 2(D8) + (C2_1)}; {@code 0} for zero */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = c.length - 1; i >= 0; i--) {
            long v = c[i];
            if (v == 0) {
                continue;
            }
            if (sb.length() == 0) {
                sb.append(v < 0 ? "-" : "");
            } else {
                sb.append(v < 0 ? " - " : " + ");
            }
            long a = Math.abs(v);
            if (a != 1) {
                sb.append(a);
            }
            sb.append('(').append(ring.name(i)).append(')');
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }
}
