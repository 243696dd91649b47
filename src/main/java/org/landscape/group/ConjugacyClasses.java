package org.landscape.group;

import java.util.Arrays;

/**
 * The conjugacy classes of elements of any enumerable permutation group, by orbits of the generators acting by
 * conjugation: \( O(|G| \cdot |S| \cdot n) \). Classes are numbered by their first element in the element
 * table (class 0 is the identity). Immutable.
 */
public final class ConjugacyClasses {
    private final PermutationGroup group;
    private final int[] classOf;
    private final int[] representative;
    private final int[] size;
    private final int[] inverseClass;

    private ConjugacyClasses(PermutationGroup group) {
        this.group = group;
        ElementTable t = group.elements();
        int[] gens = new int[group.generators().size()];
        for (int i = 0; i < gens.length; i++) {
            gens[i] = t.indexOf(group.generators().get(i));
        }
        classOf = new SubgroupOps(t).elementClasses(gens);
        int r = Arrays.stream(classOf).max().orElse(0) + 1;
        representative = new int[r];
        Arrays.fill(representative, -1);
        size = new int[r];
        for (int x = 0; x < classOf.length; x++) {
            if (representative[classOf[x]] < 0) {
                representative[classOf[x]] = x;
            }
            size[classOf[x]]++;
        }
        inverseClass = new int[r];
        for (int j = 0; j < r; j++) {
            inverseClass[j] = classOf[t.inv(representative[j])];
        }
    }

    /** @return the conjugacy classes of g */
    public static ConjugacyClasses of(PermutationGroup g) {
        return new ConjugacyClasses(g);
    }

    /** @return the group */
    public PermutationGroup group() {
        return group;
    }

    /** @return the number of classes */
    public int count() {
        return size.length;
    }

    /** @return the class of element index x of {@code group().elements()} */
    public int classOf(int x) {
        return classOf[x];
    }

    /** @return the element index of the representative of class j (its first element) */
    public int representative(int j) {
        return representative[j];
    }

    /** @return \( |C_j| \) */
    public int size(int j) {
        return size[j];
    }

    /** @return the class of the inverses of the elements of class j */
    public int inverseClass(int j) {
        return inverseClass[j];
    }
}
