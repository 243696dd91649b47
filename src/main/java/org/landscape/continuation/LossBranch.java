package org.landscape.continuation;

import java.util.List;

import org.landscape.base.Evidence;
import org.landscape.solve.BranchStatus;

/**
 * Result of {@link LossContinuation}: a branch of critical points of the loss in alpha, its events and the symmetry
 * data used.
 *
 * @param group         the symmetry group G whose isotypic blocks are the test functions ("1" when none)
 * @param subspace      where the continuation ran: "M(k,d)" or "Fix(H)"
 * @param dimension     the number of continuation unknowns
 * @param blockLabels   the block labels (irreducibles of G, or "all")
 * @param points        the accepted points, in order of travel
 * @param events        the located events, in order of travel
 * @param status        why the run ended (JSON and text: its {@code name()})
 * @param start         evidence of the Newton solve at the start alpha
 * @param evidence      method summary
 * @param parameter     the continuation parameter's name: "alpha", or "k" for a family in the width (then each
 *                      sample's and event's {@code alpha()} holds k, and alpha is fixed)
 */
public record LossBranch(String group, String subspace, int dimension, List<String> blockLabels,
        List<BranchSample> points, List<LossEvent> events, BranchStatus status, Evidence start, Evidence evidence,
        String parameter) {

    /** A branch in alpha. */
    public LossBranch(String group, String subspace, int dimension, List<String> blockLabels,
            List<BranchSample> points, List<LossEvent> events, BranchStatus status, Evidence start, Evidence evidence) {
        this(group, subspace, dimension, blockLabels, points, events, status, start, evidence, "alpha");
    }

    public LossBranch {
        blockLabels = List.copyOf(blockLabels);
        points = List.copyOf(points);
        events = List.copyOf(events);
    }
}
