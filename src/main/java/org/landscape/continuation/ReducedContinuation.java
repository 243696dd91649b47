package org.landscape.continuation;

import org.landscape.analysis.AxialSubgroups;
import org.landscape.analysis.ReducedLossProblem;
import org.landscape.base.Evidence;
import org.landscape.base.NotConvergedException;
import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.OrbitSums;
import org.landscape.reduced.YoungStructure;
import org.landscape.solve.Branch;
import org.landscape.solve.BranchPoint;
import org.landscape.solve.ContinuationRun;
import org.landscape.solve.ContinuationSettings;
import org.landscape.solve.Direction;
import org.landscape.solve.EventDetector;
import org.landscape.solve.EventKind;
import org.landscape.solve.Newton;
import org.landscape.solve.NewtonResult;
import org.landscape.solve.NewtonSettings;
import org.landscape.solve.NewtonStatus;
import org.landscape.solve.PalcContinuation;
import org.landscape.solve.SpecialPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Continuation in alpha of a critical point in \( \mathrm{Fix}(H) \), H of Young type, orbit-reduced
 * ({@link ReducedLossProblem}): the same Newton, pseudo-arclength continuation and event location as
 * {@link LossContinuation}, with the isotypic blocks of the full Hessian from orbit sums as test functions, at a cost
 * independent of the width. Used when H is too large for the Burnside ring of the degree package (more than 16
 * points), so omega is not computed; the symmetries of bifurcating branches are predicted by the equivariant
 * branching lemma ({@link AxialSubgroups}), and branches are not switched.
 */
final class ReducedContinuation {
    /**
     * Up to this kd every sample keeps the full point W (JSON "w", 2500 numbers at k = 50); beyond, samples carry the
     * loss, norm and block eigenvalues only (the end point is recomputed by {@code critical} at its alpha).
     */
    static final long POINT_LIMIT = 2_500;

    private ReducedContinuation() {
    }

    static LossBranch run(YoungStructure h, String groupName, double[][] teacher, double[][] start,
                          LossContinuationSettings settings, LossContinuation.Progress progress, String why) {
        ReducedLossProblem problem = ReducedLossProblem.of(h, h.teacherPattern(teacher));
        double a0 = settings.alphaStart();
        NewtonResult nr = new Newton().solve(problem, problem.coordinates(h.pattern(start)), a0, NewtonSettings.DEFAULT);
        if (nr.status() != NewtonStatus.CONVERGED) {
            throw new NotConvergedException(ContinuationMessages.START_NOT_CRITICAL.format(a0, nr.status(),
                    nr.residual()));
        }
        List<String> labels = problem.labels();
        progress.message(String.format("continue: Newton at alpha = %s converged, |grad| = %.2e, %d steps", a0,
                nr.residual(), nr.iterations()));
        progress.message("continue: orbit-reduced in Fix(" + groupName + ") (" + why + "), " + problem.dimension()
                + " orbit values, blocks " + labels);
        double lo = Math.min(a0, settings.alphaEnd());
        double hi = Math.max(a0, settings.alphaEnd());
        ContinuationSettings cs = ContinuationSettings.of(lo, hi)
                .withDirection(settings.alphaEnd() > a0 ? Direction.INCREASING_P : Direction.DECREASING_P)
                .withSteps(Math.min(ContinuationThresholds.INITIAL_STEP, settings.maxStep()),
                        ContinuationThresholds.MIN_STEP, settings.maxStep())
                .withMaxSteps(settings.maxSteps()).withMaxNorm(settings.maxNorm());
        ContinuationRun run = new PalcContinuation().start(problem, nr.x(), a0, Optional.empty(), cs,
                EventDetector.standard());
        Branch branch = progress.follow(run, "alpha");
        List<BranchSample> samples = new ArrayList<>();
        for (BranchPoint pt : branch.points()) {
            samples.add(sample(h, problem, pt));
        }
        List<IsotypicComponents.Component> components = IsotypicComponents.of(h.shape());
        List<LossEvent> events = new ArrayList<>();
        for (SpecialPoint e : branch.events()) {
            events.add(event(h, e, labels, components, branch));
        }
        Evidence ev = new Evidence("damped Newton at alpha = " + a0 + ", then pseudo-arclength continuation (Keller "
                + "1977) of the orbit-reduced equations in Fix(" + groupName + "), isotypic blocks of the full Hessian "
                + "from orbit sums as test functions; events located by the solve package; omega not computed (the "
                + "Burnside ring of a group on more than 16 points is not built), branch symmetries predicted by the "
                + "equivariant branching lemma", Double.NaN, branch.points().size() + " points, "
                + branch.events().size() + " events; " + why + "; " + branch.evidence().detail());
        return new LossBranch(groupName, "Fix(" + groupName + ")", problem.dimension(), labels, samples, events,
                branch.status(), nr.evidence(), ev);
    }

    private static BranchSample sample(YoungStructure h, ReducedLossProblem problem, BranchPoint pt) {
        Map<String, double[]> blocks = new LinkedHashMap<>();
        pt.blocks().forEach(b -> blocks.put(b.label(), b.eigenvalues()));
        double[] y = pt.x();
        double n2 = 0;
        for (double x : y) {
            n2 += x * x;
        }
        OrbitSums s = problem.sums(y, pt.p());
        double[] w = new double[0];
        if ((long) h.k() * h.d() <= POINT_LIMIT) {
            double[][] m = h.matrix(problem.pattern(y));
            w = new double[h.k() * h.d()];
            for (int i = 0; i < m.length; i++) {
                System.arraycopy(m[i], 0, w, i * h.d(), h.d());
            }
        }
        return new BranchSample(pt.p(), s.loss(), Math.sqrt(n2), pt.index(), pt.index() == 0, pt.residual(), blocks, w);
    }

    private static LossEvent event(YoungStructure h, SpecialPoint e, List<String> labels,
                                   List<IsotypicComponents.Component> components, Branch branch) {
        BranchPoint before = null;
        BranchPoint after = null;
        for (BranchPoint pt : branch.points()) {
            if (pt.arclength() <= e.arclength()) {
                before = pt;
            } else if (after == null) {
                after = pt;
            }
        }
        boolean increasing = before == null || after == null || after.p() >= before.p();
        int idxLow = increasing ? e.indexBefore() : e.indexAfter();
        int idxHigh = increasing ? e.indexAfter() : e.indexBefore();
        List<String> predicted = List.of();
        String omega = e.kind() == EventKind.TOUCH ? "0" : "";
        int c = labels.indexOf(e.component());
        if (e.kind() == EventKind.BRANCH_POINT && c >= 0) {
            predicted = AxialSubgroups.of(h, components.get(c));
        }
        return new LossEvent(e.kind(), e.p(), e.component(), e.multiplicity(), e.precision(), e.pLow(),
                e.pHigh(), idxLow, idxHigh, omega, predicted, List.of(), e.evidence());
    }
}
