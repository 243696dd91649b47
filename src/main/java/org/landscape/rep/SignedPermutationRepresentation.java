package org.landscape.rep;

import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;

/**
 * A real orthogonal representation of a permutation group in which every element acts as a signed permutation
 * of the standard basis: \( \rho(g) e_a = s_a\, e_{t(a)} \). Weight-matrix actions and the regular representation
 * are of this kind.
 */
public interface SignedPermutationRepresentation {
    /** @return the group */
    PermutationGroup group();

    /** @return the dimension of the representation space */
    int dimension();

    /**
     * Writes the signed permutation of g.
     *
     * @param g      the element (read)
     * @param target written: \( t(a) \)
     * @param sign   written: \( s_a \in \{\pm 1\} \)
     */
    void coordinateAction(Permutation g, int[] target, int[] sign);
}
