package org.landscape.continuation;

import java.util.List;

import org.landscape.base.Evidence;
import org.landscape.solve.EventKind;

/**
 * A located event on a branch of critical points (issue 7's JSON names in brackets).
 *
 * @param kind         crossing, touch or fold (JSON {@code "type"}: {@link EventKind#jsonName()})
 * @param alpha        the located alpha
 * @param component    the irreducible (block label) in which an eigenvalue vanishes
 * @param multiplicity how many Hessian eigenvalues vanish there (a multiple of \( \dim V \))
 * @param precision    the achieved \( |\Delta\alpha| \)
 * @param bracketLow   lower end of the final bracket in alpha
 * @param bracketHigh  upper end
 * @param indexBefore  Morse index on the lower-alpha side
 * @param indexAfter   Morse index on the upper-alpha side
 * @param omega        the bifurcation invariant \( \deg(\alpha_0-\varepsilon) - \deg(\alpha_0+\varepsilon) \) in the
 *                     Burnside ring of G ("0" for a touch; empty for a fold or without a symmetry group)
 * @param orbitTypes   the maximal classes of omega (predicted branch symmetries)
 * @param branches     the branches found by switching (empty without --switch)
 * @param evidence     how the event was located
 */
public record LossEvent(EventKind kind, double alpha, String component, int multiplicity, double precision,
        double bracketLow, double bracketHigh, int indexBefore, int indexAfter, String omega, List<String> orbitTypes,
        List<SwitchedBranch> branches, Evidence evidence) {

    public LossEvent {
        orbitTypes = List.copyOf(orbitTypes);
        branches = List.copyOf(branches);
    }
}
