package org.landscape.group;

import org.landscape.base.InvalidInputException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An integer partition \( \lambda = (\lambda_1 \ge \lambda_2 \ge \dots \ge \lambda_\ell > 0) \) of
 * \( |\lambda| = \sum_i \lambda_i \). Labels both the irreducible characters (Specht modules) and the
 * conjugacy classes (cycle types) of \( S_n \). Immutable; parts are stored in decreasing order.
 */
public final class Partition implements Comparable<Partition> {
    private final int[] parts;

    private Partition(int[] parts) {
        this.parts = parts;
    }

    /** @return the partition with these parts (any order; zeros dropped; negative parts rejected) */
    public static Partition of(int... parts) {
        int[] p = Arrays.stream(parts).peek(x -> {
            if (x < 0) {
                throw new InvalidInputException(GroupMessages.NEGATIVE_PART.format(Arrays.toString(parts)));
            }
        }).filter(x -> x > 0).sorted().toArray();
        for (int i = 0; i < p.length / 2; i++) {
            int t = p[i];
            p[i] = p[p.length - 1 - i];
            p[p.length - 1 - i] = t;
        }
        return new Partition(p);
    }

    /** Parses {@code "3,2"}, {@code "[3,2]"} or {@code "3 2"}. */
    public static Partition parse(String text) {
        String s = text.replace("[", "").replace("]", "").trim();
        if (s.isEmpty()) {
            return of();
        }
        String[] tok = s.split("[,\\s]+");
        int[] p = new int[tok.length];
        for (int i = 0; i < tok.length; i++) {
            try {
                p[i] = Integer.parseInt(tok[i]);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(GroupMessages.BAD_PARTITION.format(text));
            }
        }
        return of(p);
    }

    /**
     * @return all partitions of {@code n} in decreasing lexicographic order, \( (n), (n-1,1), \dots, (1^n) \)
     */
    public static List<Partition> all(int n) {
        List<Partition> out = new ArrayList<>();
        gen(n, n, new int[n], 0, out);
        return out;
    }

    private static void gen(int rest, int max, int[] buf, int len, List<Partition> out) {
        if (rest == 0) {
            out.add(new Partition(Arrays.copyOf(buf, len)));
            return;
        }
        for (int p = Math.min(rest, max); p >= 1; p--) {
            buf[len] = p;
            gen(rest - p, p, buf, len + 1, out);
        }
    }

    /** @return a copy of the parts, decreasing */
    public int[] parts() {
        return parts.clone();
    }

    /** @return the i-th part (0-based), 0 beyond the length */
    public int part(int i) {
        return i < parts.length ? parts[i] : 0;
    }

    /** @return the number of parts \( \ell(\lambda) \) */
    public int length() {
        return parts.length;
    }

    /** @return \( |\lambda| \) */
    public int size() {
        return Arrays.stream(parts).sum();
    }

    /** @return the conjugate (transposed) partition \( \lambda' \) */
    public Partition conjugate() {
        int[] c = new int[parts.length == 0 ? 0 : parts[0]];
        for (int i = 0; i < c.length; i++) {
            int cnt = 0;
            for (int p : parts) {
                if (p > i) {
                    cnt++;
                }
            }
            c[i] = cnt;
        }
        return new Partition(c);
    }

    /**
     * @return \( z_\lambda = \prod_i i^{m_i} m_i! \), the order of the centraliser in \( S_n \) of an element of
     *         cycle type \( \lambda \) (\( m_i \) = number of parts equal to i)
     */
    public BigInteger centralizerOrder() {
        BigInteger z = BigInteger.ONE;
        int n = size();
        for (int i = 1; i <= n; i++) {
            int m = 0;
            for (int p : parts) {
                if (p == i) {
                    m++;
                }
            }
            for (int j = 1; j <= m; j++) {
                z = z.multiply(BigInteger.valueOf((long) i * j));
            }
        }
        return z;
    }

    /** Decreasing lexicographic order is reversed here: (1^n) &lt; ... &lt; (n), so sorting puts the identity class first. */
    @Override
    public int compareTo(Partition o) {
        for (int i = 0; i < Math.max(parts.length, o.parts.length); i++) {
            int c = Integer.compare(part(i), o.part(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** @return the parts joined by commas, e.g. {@code 3,2} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(parts[i]);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partition p && Arrays.equals(parts, p.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }
}
