package org.landscape.rep;

import org.landscape.group.ElementTable;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;

/**
 * The right regular representation of G on \( \mathbb{R}^{|G|} \): \( \rho(g) e_x = e_{xg} \), basis indexed by
 * the element table. Every real irreducible W occurs in it, \( \dim W / e \) times (\( e = \dim \mathrm{End}_G W \)).
 */
public final class RegularRepresentation implements SignedPermutationRepresentation {
    private final PermutationGroup group;
    private final ElementTable table;

    /** @param group the group (enumerated; keep |G| to a few hundred: the decomposition is cubic in |G|) */
    public RegularRepresentation(PermutationGroup group) {
        this.group = group;
        this.table = group.elements();
    }

    @Override
    public PermutationGroup group() {
        return group;
    }

    @Override
    public int dimension() {
        return table.size();
    }

    @Override
    public void coordinateAction(Permutation g, int[] target, int[] sign) {
        int gi = table.indexOf(g);
        for (int x = 0; x < target.length; x++) {
            target[x] = table.mul(x, gi);
            sign[x] = 1;
        }
    }
}
