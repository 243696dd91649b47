package org.landscape.solve;

import java.util.List;

import org.landscape.base.Evidence;

/**
 * Result of {@link BranchSwitching}: the two halves of the new branch and its direction.
 *
 * @param event       the branch point switched at
 * @param direction   the unit kernel direction \( \varphi \in \mathbb{R}^n \) used, copied
 * @param halves      the halves along \( +\varphi \) and \( -\varphi \)
 * @param criticality sub-, super- or transcritical
 * @param settings    the settings used
 * @param evidence    how the halves were found
 */
public record BranchSwitchResult(SpecialPoint event, double[] direction, List<NewBranch> halves,
        Criticality criticality, BranchSwitchSettings settings, Evidence evidence) {

    public BranchSwitchResult {
        direction = direction.clone();
        halves = List.copyOf(halves);
    }

    @Override
    public double[] direction() {
        return direction.clone();
    }

    /** @return the half with the given orientation (+1 or -1) */
    public NewBranch half(int orientation) {
        return halves.stream().filter(h -> h.orientation() == orientation).findFirst().orElseThrow();
    }
}
