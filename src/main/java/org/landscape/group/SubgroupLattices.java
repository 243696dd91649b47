package org.landscape.group;

/**
 * Factory for subgroup lattices; the implementation is {@link CyclicExtensionLattice} (named in the
 * result's {@code Evidence}). Results are cached per group instance.
 */
public final class SubgroupLattices {
    private static final java.util.Map<PermutationGroup, SubgroupLattice> CACHE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private SubgroupLattices() {
    }

    /** @return the lattice of conjugacy classes of subgroups of g, with \( n(L,K) \) and the table of marks */
    public static SubgroupLattice of(PermutationGroup g) {
        SubgroupLattice l = CACHE.get(g);
        if (l == null) {
            l = CyclicExtensionLattice.compute(g);
            CACHE.put(g, l);
        }
        return l;
    }
}
