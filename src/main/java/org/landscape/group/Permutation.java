package org.landscape.group;

import org.landscape.base.InvalidInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable permutation of the points \( \{0, \dots, n-1\} \) (printed 1-based in cycle notation).
 *
 * <p>Convention (as in GAP): points are acted on from the right, \( x^{pq} = (x^p)^q \), so
 * {@link #multiply(Permutation) p.multiply(q)} applies {@code p} first. Images are stored 0-based.
 */
public final class Permutation {
    private final int[] images;

    private Permutation(int[] images) {
        this.images = images;
    }

    /** @return the permutation \( i \mapsto \) {@code images[i]} (0-based); the array is copied and checked. */
    public static Permutation of(int... images) {
        int n = images.length;
        boolean[] seen = new boolean[n];
        for (int x : images) {
            if (x < 0 || x >= n || seen[x]) {
                throw new InvalidInputException(GroupMessages.NOT_A_PERMUTATION.format(n - 1,
                        Arrays.toString(images)));
            }
            seen[x] = true;
        }
        return new Permutation(images.clone());
    }

    static Permutation ofUnchecked(int[] images) {
        return new Permutation(images);
    }

    /** @return the identity on {@code n} points */
    public static Permutation identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return new Permutation(a);
    }

    /**
     * Parses cycle notation with 1-based points, e.g. {@code "(1,2,3)(4,5)"} or {@code "()"}, as a
     * permutation of {@code degree} points.
     */
    public static Permutation parseCycles(String text, int degree) {
        int[] a = identity(degree).images;
        String s = text.replace(" ", "");
        int pos = 0;
        while (pos < s.length()) {
            if (s.charAt(pos) != '(') {
                throw new InvalidInputException(GroupMessages.BAD_CYCLES.format(text, "expected '(' at position " + pos));
            }
            int end = s.indexOf(')', pos);
            if (end < 0) {
                throw new InvalidInputException(GroupMessages.BAD_CYCLES.format(text, "missing ')'"));
            }
            String body = s.substring(pos + 1, end);
            pos = end + 1;
            if (body.isEmpty()) {
                continue;
            }
            String[] parts = body.split(",");
            int[] c = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    c[i] = Integer.parseInt(parts[i]) - 1;
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(GroupMessages.BAD_POINT.format(parts[i], text));
                }
                if (c[i] < 0 || c[i] >= degree) {
                    throw new InvalidInputException(GroupMessages.POINT_OUT_OF_RANGE.format(c[i] + 1, text, degree));
                }
            }
            int[] b = identity(degree).images;
            for (int i = 0; i < c.length; i++) {
                b[c[i]] = c[(i + 1) % c.length];
            }
            // compose: first the cycles parsed so far, then this cycle
            int[] r = new int[degree];
            for (int x = 0; x < degree; x++) {
                r[x] = b[a[x]];
            }
            a = r;
        }
        return of(a);
    }

    /** @return the number of points {@code n} */
    public int degree() {
        return images.length;
    }

    /** @return the image of point {@code x} (0-based) */
    public int image(int x) {
        return images[x];
    }

    /** @return a copy of the image array */
    public int[] images() {
        return images.clone();
    }

    int[] imagesView() {
        return images;
    }

    /** @return the product \( pq \): apply {@code this} first, then {@code q}; \( O(n) \). */
    public Permutation multiply(Permutation q) {
        int[] r = new int[images.length];
        for (int x = 0; x < r.length; x++) {
            r[x] = q.images[images[x]];
        }
        return new Permutation(r);
    }

    /** @return \( p^{-1} \) */
    public Permutation inverse() {
        int[] r = new int[images.length];
        for (int x = 0; x < r.length; x++) {
            r[images[x]] = x;
        }
        return new Permutation(r);
    }

    /** @return true if this is the identity */
    public boolean isIdentity() {
        for (int x = 0; x < images.length; x++) {
            if (images[x] != x) {
                return false;
            }
        }
        return true;
    }

    /** @return the cycle lengths, including fixed points, as a partition of the degree */
    public Partition cycleType() {
        List<Integer> lens = new ArrayList<>();
        boolean[] seen = new boolean[images.length];
        for (int x = 0; x < images.length; x++) {
            if (!seen[x]) {
                int len = 0;
                for (int y = x; !seen[y]; y = images[y]) {
                    seen[y] = true;
                    len++;
                }
                lens.add(len);
            }
        }
        return Partition.of(lens.stream().mapToInt(Integer::intValue).toArray());
    }

    /** @return the order, the lcm of the cycle lengths */
    public long order() {
        long l = 1;
        for (int c : cycleType().parts()) {
            l = l / gcd(l, c) * c;
        }
        return l;
    }

    /** @return the number of fixed points */
    public int fixedPoints() {
        int f = 0;
        for (int x = 0; x < images.length; x++) {
            if (images[x] == x) {
                f++;
            }
        }
        return f;
    }

    /** @return the sign \( (-1)^{n - \#\text{cycles}} \) */
    public int sign() {
        return (images.length - cycleType().length()) % 2 == 0 ? 1 : -1;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }

    /** @return the cycle notation with 1-based points, e.g. {@code (1,2,3)(4,5)}; {@code ()} for the identity */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        boolean[] seen = new boolean[images.length];
        for (int x = 0; x < images.length; x++) {
            if (!seen[x] && images[x] != x) {
                sb.append('(');
                for (int y = x; !seen[y]; y = images[y]) {
                    seen[y] = true;
                    if (y != x) {
                        sb.append(',');
                    }
                    sb.append(y + 1);
                }
                sb.append(')');
            }
            seen[x] = true;
        }
        return sb.length() == 0 ? "()" : sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Permutation p && Arrays.equals(images, p.images);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(images);
    }
}
