package org.landscape.group;

import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * The lattice of conjugacy classes of subgroups of G (the orbit types): classes \( (H_0) = (1), \dots,
 * (H_{r-1}) = (G) \) in canonical order, the containment numbers \( n(L,K) \) (how many conjugates of K contain a
 * fixed representative L) and the table of marks. Immutable.
 *
 * <p>Canonical order of classes: (1) order \( |H| \) increasing; (2) orbit lengths on the points, each list
 * sorted decreasingly, compared lexicographically; (3) the vector of cycle-type counts, over cycle types in
 * increasing order, compared lexicographically; (4) \( |N_G(H)| \) increasing; (5) a reproducible tie-break:
 * the least 64-bit Zobrist hash (fixed seed) over all conjugates of H. Only (5) depends on the numbering of elements.
 */
public final class SubgroupLattice {
    private final PermutationGroup group;
    private final List<SubgroupClass> classes;
    private final long[][] containment;
    private final TableOfMarks marks;
    private final Evidence evidence;
    private final ConjugateIndex conjugates;

    /** Recognises the class of a subgroup from the hashes of all conjugates of all representatives. */
    interface ConjugateIndex {
        /** @return the canonical class index of the subgroup with these elements, or -1 */
        int classOf(int[] elementIndices);
    }

    SubgroupLattice(PermutationGroup group, List<SubgroupClass> classes, long[][] containment, Evidence evidence,
                    ConjugateIndex conjugates) {
        this.group = group;
        this.conjugates = conjugates;
        this.classes = List.copyOf(classes);
        int r = classes.size();
        this.containment = new long[r][];
        long[][] m = new long[r][r];
        for (int i = 0; i < r; i++) {
            this.containment[i] = containment[i].clone();
        }
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                m[i][j] = containment[j][i] * classes.get(i).weylOrder();
            }
        }
        this.marks = new TableOfMarks(m);
        this.evidence = evidence;
    }

    /** @return the group */
    public PermutationGroup group() {
        return group;
    }

    /** @return the number of classes */
    public int size() {
        return classes.size();
    }

    /** @return all classes in canonical order */
    public List<SubgroupClass> classes() {
        return classes;
    }

    /** @return class i */
    public SubgroupClass get(int i) {
        return classes.get(i);
    }

    /** @return the class of G itself (the last one) */
    public SubgroupClass top() {
        return classes.get(classes.size() - 1);
    }

    /** @return \( n(L, K) \): the number of subgroups conjugate to \( K = H_k \) that contain the representative \( L = H_l \) */
    public long containment(int l, int k) {
        return containment[l][k];
    }

    /** @return true if \( (H_l) \le (H_k) \), i.e. some conjugate of \( H_k \) contains \( H_l \) */
    public boolean isSubconjugate(int l, int k) {
        return containment[l][k] > 0;
    }

    /** @return the classes \( (H_l) < (H_k) \) with no class strictly between (the lattice's covering relation) */
    public List<Integer> maximalSubclasses(int k) {
        List<Integer> out = new ArrayList<>();
        for (int l = 0; l < k; l++) {
            if (!isSubconjugate(l, k)) {
                continue;
            }
            boolean maximal = true;
            for (int x = l + 1; x < k && maximal; x++) {
                if (isSubconjugate(l, x) && isSubconjugate(x, k)) {
                    maximal = false;
                }
            }
            if (maximal) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * @return the index of the class containing the subgroup with these elements (indices into
     *         {@code group().elements()}, complete and closed); \( O(|H|) \)
     * @throws InvalidInputException if the elements do not form a subgroup of a known class
     */
    public int classOf(int[] elementIndices) {
        int c = conjugates.classOf(elementIndices);
        if (c < 0) {
            throw new InvalidInputException(GroupMessages.NOT_A_SUBGROUP.format(group.name()));
        }
        return c;
    }

    /** @return the class of \( \langle generators \rangle \) (the isotropy class of a point, for instance) */
    public int classOf(List<Permutation> generators) {
        ElementTable t = group.elements();
        int[] idx = new int[generators.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = t.indexOf(generators.get(i));
            if (idx[i] < 0) {
                throw new InvalidInputException(GroupMessages.NOT_AN_ELEMENT.format(generators.get(i), group.name()));
            }
        }
        return classOf(new SubgroupOps(t).closure(idx).elems);
    }

    /** @return the table of marks, rows and columns in the canonical class order */
    public TableOfMarks tableOfMarks() {
        return marks;
    }

    /** @return \( \sum_{(H)} |G : N_G(H)| \), the total number of subgroups of G */
    public long subgroupCount() {
        long s = 0;
        for (SubgroupClass c : classes) {
            s += c.conjugates();
        }
        return s;
    }

    /** @return how the lattice was computed */
    public Evidence evidence() {
        return evidence;
    }
}
