package org.landscape.solve;

/**
 * One half of a bifurcating branch: the part leaving the branch point along \( +\varphi \) or \( -\varphi \).
 *
 * @param orientation +1 or -1: which half
 * @param branch      its continuation (empty with status START_NOT_CONVERGED if the first correction failed)
 * @param side        \( \mathrm{sign}(p - p_0) \) on this half near the branch point (0 if undecided)
 * @param index       the index at its first point, near the branch point (-1 if not found)
 * @param stability   the stability at its first point (UNDETERMINED if not found)
 */
public record NewBranch(int orientation, Branch branch, int side, int index, Stability stability) {

    /** @return true if the first point of the half was found */
    public boolean found() {
        return !branch.points().isEmpty();
    }
}
