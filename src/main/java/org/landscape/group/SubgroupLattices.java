package org.landscape.group;

/**
 * Factory for subgroup lattices; the implementation is {@link CyclicExtensionLattice} (named in the
 * result's {@code Evidence}). The result is computed once per group instance and kept by it.
 */
public final class SubgroupLattices {
    private SubgroupLattices() {
    }

    /** @return the lattice of conjugacy classes of subgroups of g, with \( n(L,K) \) and the table of marks */
    public static SubgroupLattice of(PermutationGroup g) {
        return g.lattice();
    }

    /**
     * As {@link #of(PermutationGroup)}, reporting progress (classes and subgroups found) to {@code monitor} and
     * stopping with {@link org.landscape.base.CancelledException} when it asks to.
     */
    public static SubgroupLattice of(PermutationGroup g, org.landscape.base.Monitor monitor) {
        return g.lattice(monitor);
    }
}
