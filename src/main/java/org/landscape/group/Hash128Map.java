package org.landscape.group;



/**
 * Open-addressing map from 128-bit keys (two longs) to long values, for the
 * Zobrist hashes of all subgroups of a group (1.7 million for \( S_9 \), about 18 million for \( S_{10} \)): three
 * longs a slot instead of a {@code HashMap} entry, a boxed key and a boxed value (about 100 bytes).
 */
final class Hash128Map {
    /** Marks an empty slot; a key whose first half equals it is stored with that half flipped in the lowest bit. */
    private static final long EMPTY_A = 0L;
    private long[] ka;
    private long[] kb;
    private long[] vals;
    private int size;
    private int mask;

    Hash128Map(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        ka = new long[cap];
        kb = new long[cap];
        vals = new long[cap];
        mask = cap - 1;
    }

    private static long fix(long a) {
        return a == EMPTY_A ? 1L : a;
    }

    private static int slot(long a, long b, int mask) {
        long h = (a ^ Long.rotateLeft(b, 17)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 31)) & mask;
    }

    /** @return the value of key (a, b), or {@code missing} */
    long get(long a, long b, long missing) {
        a = fix(a);
        int i = slot(a, b, mask);
        while (true) {
            long x = ka[i];
            if (x == EMPTY_A) {
                return missing;
            }
            if (x == a && kb[i] == b) {
                return vals[i];
            }
            i = (i + 1) & mask;
        }
    }

    /** Puts (a, b) -> value (replacing an earlier value). */
    void put(long a, long b, long value) {
        if (2 * (size + 1) > ka.length) {
            grow();
        }
        a = fix(a);
        int i = slot(a, b, mask);
        while (ka[i] != EMPTY_A && !(ka[i] == a && kb[i] == b)) {
            i = (i + 1) & mask;
        }
        if (ka[i] == EMPTY_A) {
            size++;
        }
        ka[i] = a;
        kb[i] = b;
        vals[i] = value;
    }

    private void grow() {
        long[] oa = ka;
        long[] ob = kb;
        long[] ov = vals;
        int cap = oa.length * 2;
        ka = new long[cap];
        kb = new long[cap];
        vals = new long[cap];
        mask = cap - 1;
        size = 0;
        for (int i = 0; i < oa.length; i++) {
            if (oa[i] != EMPTY_A) {
                put(oa[i], ob[i], ov[i]);
            }
        }
    }

    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "Hash128Map(" + size + " of " + ka.length + ")";
    }
}
