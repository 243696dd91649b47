package org.landscape.rep;

import org.landscape.base.Evidence;
import org.landscape.base.UnsupportedException;
import org.landscape.group.ElementTable;
import org.landscape.group.PermutationGroup;

import java.util.ArrayList;
import java.util.List;

/**
 * Factory for {@link SymmetryAdaptedBasis}: for a product of symmetric groups it uses {@link IsotypicDecomposition}
 * (exact multiplicities from the Murnaghan–Nakayama table, projectors); for any other group with at most
 * {@link RealIrreducibles#MAX_ORDER} elements it uses {@link RealIsotypicDecomposition} named by
 * {@link RealIrreducibles}, then splits each component into multiplicity spaces. The choice is recorded in the
 * result's {@code Evidence}.
 */
public final class SymmetryAdaptedBases {
    private SymmetryAdaptedBases() {
    }

    /** @return the symmetry-adapted basis of M(k,d) for the action's group */
    public static SymmetryAdaptedBasis of(WeightMatrixAction action) {
        PermutationGroup h = action.group();
        List<SymmetryAdaptedBasis.Component> out = new ArrayList<>();
        if (h.structure().isPresent()) {
            IsotypicDecomposition dec = IsotypicDecomposition.of(action);
            for (IsotypicDecomposition.Component c : dec.components()) {
                out.add(new SymmetryAdaptedBasis.Component(c.label(), (int) c.irrepDimension(), 1, c.multiplicity(),
                        c.basis()));
            }
            return new SymmetryAdaptedBasis(out, new Evidence("character table: " + dec.evidence().method(),
                    dec.evidence().accuracy(), dec.evidence().detail()));
        }
        ElementTable e = h.elements();
        if (e.size() > RealIrreducibles.MAX_ORDER) {
            throw new UnsupportedException(RepMessages.REGULAR_TOO_LARGE.format(RealIrreducibles.MAX_ORDER, h.name(),
                    e.size()));
        }
        RealIsotypicDecomposition dec = RealIsotypicDecomposition.of(action);
        RealIrreducibles irr = RealIrreducibles.of(h);
        List<RealIsotypicDecomposition.Identification> ids = dec.identify(irr);
        for (int i = 0; i < ids.size(); i++) {
            RealIsotypicDecomposition.Identification id = ids.get(i);
            int eDim = 1;
            for (RealIrreducibles.Irreducible w : irr.irreducibles()) {
                if (w.label().equals(id.irrep())) {
                    eDim = w.endomorphismDimension();
                }
            }
            int m = (int) id.multiplicity();
            double[][] q = MultiplicitySpaces.split(action, dec.components().get(i).basis(), m * eDim,
                    id.irrepDimension() / eDim);
            out.add(new SymmetryAdaptedBasis.Component(id.irrep(), id.irrepDimension(), eDim, m, q));
        }
        return new SymmetryAdaptedBasis(out, new Evidence("central-element eigenspaces named by the real irreducibles "
                + "of the regular representation", dec.evidence().accuracy(), dec.evidence().detail()));
    }
}
