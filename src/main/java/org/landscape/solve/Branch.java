package org.landscape.solve;

import java.util.List;

import org.landscape.base.Evidence;

/**
 * Result of {@link PalcContinuation}: the computed points in order of travel, the located events, why the run
 * ended, and the settings used.
 *
 * @param points   accepted points, first = start
 * @param events   located special points, in order of arclength
 * @param status   why the run ended
 * @param settings the settings used
 * @param evidence method summary (steps, rejections)
 */
public record Branch(List<BranchPoint> points, List<SpecialPoint> events, BranchStatus status,
        ContinuationSettings settings, Evidence evidence) {

    public Branch {
        points = List.copyOf(points);
        events = List.copyOf(events);
    }

    /** @return the events of one kind */
    public List<SpecialPoint> events(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    /** @return the last point; the branch must not be empty */
    public BranchPoint last() {
        return points.get(points.size() - 1);
    }
}
