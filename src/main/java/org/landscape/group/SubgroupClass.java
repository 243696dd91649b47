package org.landscape.group;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One conjugacy class \( (H) \) of subgroups of G (an orbit type), described by a representative H:
 * its order, generators, a structure name, \( |N_G(H)| \), \( |W(H)| = |N_G(H)|/|H| \), the number of
 * conjugates \( |G : N_G(H)| \), its orbit lengths on the points and the number of its elements of each
 * cycle type. Immutable.
 */
public final class SubgroupClass {
    private final int index;
    private final long order;
    private final List<Permutation> generators;
    private final String structure;
    private final long normalizerOrder;
    private final long conjugates;
    private final int[] orbitLengths;
    private final Map<Partition, Long> cycleTypeCounts;
    private final int[] elementIndices;

    SubgroupClass(int index, long order, List<Permutation> generators, String structure, long normalizerOrder,
                  long conjugates, int[] orbitLengths, Map<Partition, Long> cycleTypeCounts, int[] elementIndices) {
        this.index = index;
        this.order = order;
        this.generators = List.copyOf(generators);
        this.structure = structure;
        this.normalizerOrder = normalizerOrder;
        this.conjugates = conjugates;
        this.orbitLengths = orbitLengths.clone();
        this.cycleTypeCounts = Collections.unmodifiableMap(new LinkedHashMap<>(cycleTypeCounts));
        this.elementIndices = elementIndices.clone();
    }

    /** @return the position of this class in the lattice's canonical order (0 = trivial group) */
    public int index() {
        return index;
    }

    /** @return \( |H| \) */
    public long order() {
        return order;
    }

    /** @return generators of the representative H (a small, not necessarily minimal, generating set) */
    public List<Permutation> generators() {
        return generators;
    }

    /** @return a structure name such as {@code C2}, {@code D8}, {@code S3 x C2}, {@code A4} (heuristic, see StructureNames) */
    public String structure() {
        return structure;
    }

    /** @return \( |N_G(H)| \) */
    public long normalizerOrder() {
        return normalizerOrder;
    }

    /** @return \( |W(H)| = |N_G(H) / H| \) */
    public long weylOrder() {
        return normalizerOrder / order;
    }

    /** @return the number of subgroups in the class, \( |G : N_G(H)| \) */
    public long conjugates() {
        return conjugates;
    }

    /** @return the lengths of the orbits of H on the points, decreasing */
    public int[] orbitLengths() {
        return orbitLengths.clone();
    }

    /** @return for each cycle type (increasing order, identity first), the number of elements of H of that type */
    public Map<Partition, Long> cycleTypeCounts() {
        return cycleTypeCounts;
    }

    /** @return the indices, in the ambient group's {@link ElementTable}, of the elements of H (identity first) */
    public int[] elementIndices() {
        return elementIndices.clone();
    }

    @Override
    public String toString() {
        return "(" + structure + ")#" + index;
    }
}
