package org.landscape.group;

import org.landscape.base.UnsupportedException;

import java.util.List;

/**
 * All elements of a finite permutation group, numbered \( 0, \dots, |G|-1 \) (0 is the identity), with
 * products, inverses and conjugates computed on indices. Built once by breadth-first closure under the
 * generators, \( O(|G| \cdot |S| \cdot n) \) for \( |S| \) generators on \( n \le 16 \) points.
 * Immutable after construction and safe to share.
 */
public final class ElementTable {
    /** Largest group this class enumerates. */
    public static final int MAX_ORDER = 4_000_000;
    /** Largest degree (points are packed 4 bits each into a {@code long}). */
    public static final int MAX_DEGREE = 16;

    private final int n;
    private final int size;
    private final byte[] perms;
    private final LongIntMap index;
    private final int[] inverse;
    private int[] orders;

    ElementTable(int n, List<Permutation> generators, String name) {
        if (n > MAX_DEGREE) {
            throw new UnsupportedException(GroupMessages.TOO_MANY_POINTS.format(name, n, MAX_DEGREE));
        }
        this.n = n;
        byte[] buf = new byte[Math.max(16, n) * 1024];
        LongIntMap idx = new LongIntMap(1024);
        int count = 0;
        byte[] id = new byte[n];
        for (int i = 0; i < n; i++) {
            id[i] = (byte) i;
        }
        System.arraycopy(id, 0, buf, 0, n);
        idx.put(key(id, 0, n), 0);
        count = 1;
        int[][] gens = generators.stream().map(Permutation::imagesView).toArray(int[][]::new);
        byte[] tmp = new byte[n];
        for (int x = 0; x < count; x++) {
            for (int[] s : gens) {
                for (int p = 0; p < n; p++) {
                    tmp[p] = (byte) s[buf[x * n + p]];
                }
                long k = key(tmp, 0, n);
                if (idx.get(k, -1) < 0) {
                    if (count >= MAX_ORDER) {
                        throw new UnsupportedException(GroupMessages.TOO_LARGE.format(name, MAX_ORDER));
                    }
                    if ((count + 1) * n > buf.length) {
                        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                    }
                    System.arraycopy(tmp, 0, buf, count * n, n);
                    idx.put(k, count);
                    count++;
                }
            }
        }
        this.size = count;
        this.perms = java.util.Arrays.copyOf(buf, count * n);
        this.index = idx;
        this.inverse = new int[count];
        for (int x = 0; x < count; x++) {
            for (int p = 0; p < n; p++) {
                tmp[perms[x * n + p]] = (byte) p;
            }
            inverse[x] = idx.get(key(tmp, 0, n), -1);
        }
    }

    private static long key(byte[] a, int off, int n) {
        long k = 0;
        for (int p = 0; p < n; p++) {
            k |= ((long) a[off + p]) << (4 * p);
        }
        return k;
    }

    /** @return \( |G| \) */
    public int size() {
        return size;
    }

    /** @return the number of points */
    public int degree() {
        return n;
    }

    /** @return the image of point {@code p} under element {@code x} */
    public int image(int x, int p) {
        return perms[x * n + p];
    }

    /** @return the index of \( xy \) (apply x first, then y) */
    public int mul(int x, int y) {
        int ox = x * n;
        int oy = y * n;
        long k = 0;
        for (int p = 0; p < n; p++) {
            k |= ((long) perms[oy + perms[ox + p]]) << (4 * p);
        }
        return index.get(k, -1);
    }

    /** @return the index of \( x^{-1} \) */
    public int inv(int x) {
        return inverse[x];
    }

    /** @return the index of the conjugate \( x^g = g^{-1} x g \) */
    public int conj(int x, int g) {
        // (g^-1 x g)(p) applied right: p -> g^-1 -> x -> g
        int og = g * n;
        int ox = x * n;
        int oi = inverse[g] * n;
        long k = 0;
        for (int p = 0; p < n; p++) {
            k |= ((long) perms[og + perms[ox + perms[oi + p]]]) << (4 * p);
        }
        return index.get(k, -1);
    }

    /** @return the index of {@code p}, or -1 if {@code p} is not in the group */
    public int indexOf(Permutation p) {
        if (p.degree() != n) {
            return -1;
        }
        long k = 0;
        for (int x = 0; x < n; x++) {
            k |= ((long) p.image(x)) << (4 * x);
        }
        return index.get(k, -1);
    }

    /** @return element {@code x} as a permutation */
    public Permutation permutation(int x) {
        int[] a = new int[n];
        for (int p = 0; p < n; p++) {
            a[p] = perms[x * n + p];
        }
        return Permutation.ofUnchecked(a);
    }

    /** @return the order of element {@code x} */
    public synchronized int order(int x) {
        if (orders == null) {
            int[] o = new int[size];
            for (int i = 0; i < size; i++) {
                o[i] = (int) permutation(i).order();
            }
            orders = o;
        }
        return orders[x];
    }
}
