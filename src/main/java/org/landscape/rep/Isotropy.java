package org.landscape.rep;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.group.ElementTable;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.SubgroupLattices;

import java.util.ArrayList;
import java.util.List;

/**
 * The isotropy subgroup \( G_W = \{ g \in G : \|gW - W\|_\infty \le tol \} \) of a weight matrix under a
 * {@link WeightMatrixAction} (MATH.md §4), and its orbit type: the index of its class in the subgroup lattice of
 * G. Scans all elements: \( O(|G| \cdot kd) \), plus the lattice (cached per group).
 *
 * @param elements   the elements of \( G_W \) (identity first)
 * @param classIndex the index of \( (G_W) \) in {@code SubgroupLattices.of(G)}
 * @param structure  its structure name
 */
public record Isotropy(List<Permutation> elements, int classIndex, String structure) {
    public Isotropy {
        elements = List.copyOf(elements);
    }

    /**
     * @param action the action of G on M(k,d)
     * @param w      the weight matrix, flattened \( i d + c \) (read)
     * @param tol    absolute tolerance per entry, e.g. 1e-10 times the scale of W
     */
    public static Isotropy of(WeightMatrixAction action, double[] w, double tol) {
        Require.sameLength(action.dimension(), w.length, "weight matrix");
        Require.finite(w, "weight matrix");
        if (!(tol >= 0)) {
            throw new InvalidInputException(RepMessages.NEGATIVE_TOLERANCE.format(tol));
        }
        PermutationGroup g = action.group();
        ElementTable e = g.elements();
        int n = w.length;
        int[] t = new int[n];
        int[] s = new int[n];
        List<Permutation> els = new ArrayList<>();
        int[] idx = new int[e.size()];
        int cnt = 0;
        outer:
        for (int x = 0; x < e.size(); x++) {
            Permutation p = e.permutation(x);
            action.coordinateAction(p, t, s);
            for (int a = 0; a < n; a++) {
                if (Math.abs(s[a] * w[a] - w[t[a]]) > tol) {
                    continue outer;
                }
            }
            els.add(p);
            idx[cnt++] = x;
        }
        SubgroupLattice lat = SubgroupLattices.of(g);
        int c = lat.classOf(java.util.Arrays.copyOf(idx, cnt));
        return new Isotropy(els, c, lat.get(c).structure());
    }
}
