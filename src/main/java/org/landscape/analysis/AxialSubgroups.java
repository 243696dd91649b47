package org.landscape.analysis;

import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.YoungStructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Predicted symmetries of bifurcating branches at a crossing in one isotypic block of a Young-type group H, by the
 * equivariant branching lemma (Vanderbauwhede; Cicogna; Golubitsky, Stewart and Schaeffer vol. II, XIII.3): every
 * axial subgroup K of H in the crossing irreducible V (\( \dim V^K = 1 \)) carries a branch of critical points with
 * isotropy K. In factor \( S_n \) of H, \( S_{n-j} \times S_j \) fixes a line of \( [n-1,1] \) for
 * \( 1 \le j \le n/2 \) (its orbits on points are 2) and of \( [n-2,2] \) for \( 2 \le j \le n/2 \) (3 orbits on
 * 2-subsets against 2 on points); no Young subgroup is axial in \( [n-2,1,1] \) or in a product block, whose axial
 * subgroups twist by signs (not predicted here).
 */
public final class AxialSubgroups {
    private AxialSubgroups() {
    }

    /**
     * @param h the Young structure of the branch's symmetry
     * @param c the component whose eigenvalue crosses zero
     * @return the names of the axial subgroups \( K \le H \), one per split of the crossing factor; empty for the
     *         trivial, hook and product components
     */
    public static List<String> of(YoungStructure h, IsotypicComponents.Component c) {
        int from;
        switch (c.kind()) {
            case STANDARD -> from = 1;
            case TWO_ROW -> from = 2;
            default -> {
                return List.of();
            }
        }
        int f = c.factors()[0];
        int n = (int) Math.round(h.shape().size(f));
        List<String> out = new ArrayList<>();
        java.util.Optional<int[]> delta = h.diagonalParts();
        for (int j = from; j <= n / 2; j++) {
            List<Integer> sizes = new ArrayList<>();
            for (int g : h.actingFactors()) {
                int size = (int) Math.round(h.shape().size(g));
                if (g == f) {
                    sizes.add(n - j);
                    sizes.add(j);
                } else if (size >= 2 || delta.isEmpty()) {
                    sizes.add(size);
                }
            }
            if (delta.isPresent()) {
                long ones = Arrays.stream(delta.get()).filter(x -> x == 1).count();
                for (long x = 0; x < ones; x++) {
                    sizes.add(1);
                }
            }
            sizes.sort((a, b) -> Integer.compare(b, a));
            int[] parts = sizes.stream().mapToInt(Integer::intValue).toArray();
            out.add(delta.isPresent() ? YoungFamily.deltaName(parts) : productName(parts));
        }
        return out;
    }

    private static String productName(int[] parts) {
        List<String> names = new ArrayList<>();
        for (int p : parts) {
            if (p >= 2) {
                names.add(p == 2 ? "C2" : "S" + p);
            }
        }
        return names.isEmpty() ? "1" : String.join(" x ", names);
    }
}
