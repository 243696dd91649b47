package org.landscape.degree;

import org.landscape.group.CharacterTable;
import org.landscape.group.ElementTable;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes {@link BasicDegree}s. \( \dim V^L = \frac{1}{|L|} \sum_{h \in L} \chi_V(h) \) is exact (integer
 * character values, summed over the elements of the class representative), then \( n_L \) by the recurrence.
 * Cost: \( O(\sum_L |L|) \) for the fixed dimensions (shared by all irreducibles) plus \( O(r^2) \) per irreducible.
 */
public final class BasicDegrees {
    private BasicDegrees() {
    }

    /** @return the basic degrees of every irreducible of the table's group, in character-table order */
    public static List<BasicDegree> all(BurnsideRing ring, CharacterTable table) {
        long[][] dims = fixedDimensions(ring.lattice(), table);
        List<BasicDegree> out = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            out.add(build(ring, table, i, dims[i]));
        }
        return out;
    }

    /** @return the basic degree of irreducible {@code irrepIndex} */
    public static BasicDegree of(BurnsideRing ring, CharacterTable table, int irrepIndex) {
        return build(ring, table, irrepIndex, fixedDimensions(ring.lattice(), table)[irrepIndex]);
    }

    /** @return \( \dim V_i^{H_L} \) for every irreducible i (rows) and class L (columns) */
    public static long[][] fixedDimensions(SubgroupLattice lat, CharacterTable table) {
        ElementTable e = lat.group().elements();
        int[] cls = table.classOfElements();
        int r = lat.size();
        long[][] d = new long[table.size()][r];
        for (int l = 0; l < r; l++) {
            SubgroupClass c = lat.get(l);
            long[] classCount = new long[table.size()];
            for (int x : c.elementIndices()) {
                classCount[cls[x]]++;
            }
            for (int i = 0; i < table.size(); i++) {
                long s = 0;
                for (int j = 0; j < table.size(); j++) {
                    s = Math.addExact(s, Math.multiplyExact(classCount[j], table.value(i, j)));
                }
                if (s % c.order() != 0) {
                    throw new IllegalStateException("non-integral fixed dimension");
                }
                d[i][l] = s / c.order();
            }
        }
        if (e.size() != lat.top().order()) {
            throw new IllegalStateException("lattice and table groups differ");
        }
        return d;
    }

    /**
     * The basic degree of a real irreducible known only through its fixed-point dimensions (for groups without a
     * closed-form character table; the numbers come from {@code rep.RealIrreducibles}).
     *
     * @param dims \( \dim V^{H_L} \) for every class L of the ring's lattice
     */
    public static BasicDegree fromFixedDimensions(BurnsideRing ring, String label, long dimension, long[] dims) {
        BasicDegree b = buildFrom(ring, label, -1, dimension, dims);
        return b;
    }

    /** @return the element \( \sum n_L (L) \) with \( \varphi_L = (-1)^{\dim V^L} \), i.e. the recurrence of MATH.md §5 */
    static BurnsideElement degreeFromFixedDimensions(BurnsideRing ring, long[] dims) {
        int r = ring.rank();
        SubgroupLattice lat = ring.lattice();
        long[] n = new long[r];
        for (int l = r - 1; l >= 0; l--) {
            long s = dims[l] % 2 == 0 ? 1 : -1;
            for (int k = l + 1; k < r; k++) {
                long nk = lat.containment(l, k);
                if (nk != 0 && n[k] != 0) {
                    s -= n[k] * nk * lat.get(k).weylOrder();
                }
            }
            long w = lat.get(l).weylOrder();
            if (s % w != 0) {
                throw new IllegalStateException("basic degree recurrence not integral at class " + l);
            }
            n[l] = s / w;
        }
        return ring.element(n);
    }

    private static BasicDegree build(BurnsideRing ring, CharacterTable table, int i, long[] dims) {
        return buildFrom(ring, table.irrepLabel(i), i, table.dimension(i), dims);
    }

    private static BasicDegree buildFrom(BurnsideRing ring, String label, int i, long dimension, long[] dims) {
        List<Integer> types = orbitTypes(ring.lattice(), dims);
        return new BasicDegree(label, i, dimension, degreeFromFixedDimensions(ring, dims), dims,
                types, maximal(ring.lattice(), types));
    }

    /**
     * @param dims \( \dim V^{H_L} \) for every class L of a representation V
     * @return the orbit types of \( V \setminus \{0\} \): classes (L) with \( \dim V^L > 0 \) and
     *         \( \dim V^K < \dim V^L \) for every class \( (K) > (L) \) (so \( V^L \) is not covered by the finitely
     *         many proper subspaces \( V^K \), K a proper overgroup of L)
     */
    public static List<Integer> orbitTypes(SubgroupLattice lat, long[] dims) {
        int r = lat.size();
        List<Integer> types = new ArrayList<>();
        for (int l = 0; l < r; l++) {
            if (dims[l] == 0) {
                continue;
            }
            boolean type = true;
            for (int k = l + 1; k < r && type; k++) {
                if (lat.isSubconjugate(l, k) && dims[k] >= dims[l]) {
                    type = false;
                }
            }
            if (type) {
                types.add(l);
            }
        }
        return types;
    }

    /** @return the classes of {@code set} not strictly subconjugate to another class of {@code set} */
    public static List<Integer> maximal(SubgroupLattice lat, List<Integer> set) {
        List<Integer> out = new ArrayList<>();
        for (int l : set) {
            boolean max = true;
            for (int k : set) {
                if (k != l && lat.isSubconjugate(l, k)) {
                    max = false;
                    break;
                }
            }
            if (max) {
                out.add(l);
            }
        }
        return out;
    }

}
