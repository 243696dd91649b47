package org.landscape.asymptotics;

import org.hipparchus.fraction.BigFraction;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A polynomial in \( \pi \) over \( \mathbb{Q} \) (the numerators and denominators of {@link PiRational}'s
 * coefficients): coefficients by degree, no trailing zeros, the zero polynomial empty. Sums, products, division with
 * remainder and the gcd by a primitive pseudo-remainder sequence over \( \mathbb{Z} \). Immutable by convention (the
 * array is never written after construction).
 */
record PiPolynomial(BigFraction[] c) {
    static final PiPolynomial ZERO = new PiPolynomial(new BigFraction[0]);
    static final PiPolynomial ONE = constant(BigFraction.ONE);
    static final PiPolynomial PI = new PiPolynomial(new BigFraction[] {BigFraction.ZERO, BigFraction.ONE});

    @Override
    public boolean equals(Object o) {
        return o instanceof PiPolynomial p && Arrays.equals(c, p.c);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(c);
    }

    @Override
    public String toString() {
        return Arrays.toString(c);
    }

    static PiPolynomial constant(BigFraction x) {
        return x.getNumerator().signum() == 0 ? ZERO : new PiPolynomial(new BigFraction[] {x});
    }

    static PiPolynomial trimmed(BigFraction[] c) {
        int n = c.length;
        while (n > 0 && c[n - 1].getNumerator().signum() == 0) {
            n--;
        }
        return new PiPolynomial(n == c.length ? c : Arrays.copyOf(c, n));
    }

    int degree() {
        return c.length - 1;
    }

    boolean isZero() {
        return c.length == 0;
    }

    boolean isOne() {
        return c.length == 1 && c[0].equals(BigFraction.ONE);
    }

    BigFraction lead() {
        return c[c.length - 1];
    }

    PiPolynomial plus(PiPolynomial o) {
        BigFraction[] r = new BigFraction[Math.max(c.length, o.c.length)];
        for (int i = 0; i < r.length; i++) {
            BigFraction a = i < c.length ? c[i] : BigFraction.ZERO;
            r[i] = i < o.c.length ? a.add(o.c[i]) : a;
        }
        return trimmed(r);
    }

    PiPolynomial times(PiPolynomial o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        BigFraction[] r = new BigFraction[c.length + o.c.length - 1];
        Arrays.fill(r, BigFraction.ZERO);
        for (int i = 0; i < c.length; i++) {
            if (c[i].getNumerator().signum() == 0) {
                continue;
            }
            for (int j = 0; j < o.c.length; j++) {
                r[i + j] = r[i + j].add(c[i].multiply(o.c[j]));
            }
        }
        return trimmed(r);
    }

    PiPolynomial times(BigFraction x) {
        if (x.getNumerator().signum() == 0) {
            return ZERO;
        }
        BigFraction[] r = new BigFraction[c.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = c[i].multiply(x);
        }
        return new PiPolynomial(r);
    }

    /** @return {quotient, remainder} of the division by o (o non-zero) */
    PiPolynomial[] divide(PiPolynomial o) {
        BigFraction[] rem = c.clone();
        int dq = c.length - o.c.length;
        if (dq < 0) {
            return new PiPolynomial[] {ZERO, this};
        }
        BigFraction[] q = new BigFraction[dq + 1];
        BigFraction inv = o.lead().reciprocal();
        for (int i = dq; i >= 0; i--) {
            BigFraction f = rem[i + o.c.length - 1].multiply(inv);
            q[i] = f;
            if (f.getNumerator().signum() != 0) {
                for (int j = 0; j < o.c.length; j++) {
                    rem[i + j] = rem[i + j].subtract(f.multiply(o.c[j]));
                }
            }
        }
        return new PiPolynomial[] {trimmed(q), trimmed(Arrays.copyOf(rem, o.c.length - 1))};
    }

    PiPolynomial monic() {
        return times(lead().reciprocal());
    }

    /**
     * @return the monic gcd; gcd(0, 0) = 0. Primitive pseudo-remainder sequence over Z (Euclid over Q lets the
     *         rational coefficients of the remainders grow)
     */
    static PiPolynomial gcd(PiPolynomial a, PiPolynomial b) {
        if (a.isZero() || b.isZero()) {
            PiPolynomial g = a.isZero() ? b : a;
            return g.isZero() ? g : g.monic();
        }
        if (a.degree() == 0 || b.degree() == 0) {
            return ONE;
        }
        BigInteger[] x = primitive(a);
        BigInteger[] y = primitive(b);
        if (x.length < y.length) {
            BigInteger[] t = x;
            x = y;
            y = t;
        }
        while (y.length > 0) {
            BigInteger[] r = pseudoRemainder(x, y);
            x = y;
            y = r.length == 0 ? r : primitiveOf(r);
        }
        BigFraction[] c = new BigFraction[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = new BigFraction(x[i]);
        }
        return new PiPolynomial(c).monic();
    }

    /**
     * @return the content: the positive rational c (gcd of the numerators over the lcm of the denominators) with p / c
     *         primitive in Z[pi] (p non-zero)
     */
    BigFraction content() {
        BigInteger lcm = BigInteger.ONE;
        BigInteger gcd = BigInteger.ZERO;
        for (BigFraction f : c) {
            lcm = lcm.divide(lcm.gcd(f.getDenominator())).multiply(f.getDenominator());
            gcd = gcd.gcd(f.getNumerator());
        }
        return new BigFraction(gcd, lcm);
    }

    /** @return the primitive integer polynomial p / content(p) (p non-zero) */
    private static BigInteger[] primitive(PiPolynomial p) {
        BigFraction content = p.content();
        BigInteger[] r = new BigInteger[p.c.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = p.c[i].divide(content).getNumerator();
        }
        return r;
    }

    private static BigInteger[] primitiveOf(BigInteger[] r) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : r) {
            g = g.gcd(x);
        }
        if (g.signum() == 0 || g.equals(BigInteger.ONE)) {
            return r;
        }
        BigInteger[] out = new BigInteger[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = r[i].divide(g);
        }
        return out;
    }

    /** @return the pseudo-remainder of x by y over Z (lc(y)^(deg x - deg y + 1) x mod y), trailing zeros removed */
    private static BigInteger[] pseudoRemainder(BigInteger[] x, BigInteger[] y) {
        BigInteger[] r = x.clone();
        int dy = y.length - 1;
        BigInteger ly = y[dy];
        for (int top = r.length - 1; top >= dy; top--) {
            BigInteger lr = r[top];
            for (int i = 0; i < top; i++) {
                r[i] = r[i].multiply(ly);
            }
            r[top] = BigInteger.ZERO;
            if (lr.signum() != 0) {
                for (int j = 0; j < dy; j++) {
                    r[top - dy + j] = r[top - dy + j].subtract(lr.multiply(y[j]));
                }
            }
        }
        int n = Math.min(dy, r.length);
        while (n > 0 && r[n - 1].signum() == 0) {
            n--;
        }
        return Arrays.copyOf(r, n);
    }
}
