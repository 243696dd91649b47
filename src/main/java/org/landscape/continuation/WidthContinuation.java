package org.landscape.continuation;

import org.landscape.analysis.FamilyInWidth;
import org.landscape.analysis.WidthFamily;
import org.landscape.analysis.YoungFamily;
import org.landscape.base.Evidence;
import org.landscape.base.NotConvergedException;
import org.landscape.base.Require;
import org.landscape.reduced.OrbitSums;
import org.landscape.reduced.YoungShape;
import org.landscape.solve.Branch;
import org.landscape.solve.BranchPoint;
import org.landscape.solve.ContinuationRun;
import org.landscape.solve.ContinuationSettings;
import org.landscape.solve.Direction;
import org.landscape.solve.EventDetector;
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
 * A symmetric family followed in the width k as a real parameter at fixed alpha (issue 19): Newton at the start
 * width, then pseudo-arclength continuation ({@link PalcContinuation}) of the orbit-reduced equations of
 * {@link FamilyInWidth}, with the isotypic blocks of the full Hessian as test functions. A sign change of a block
 * eigenvalue between two integer widths is located to the precision of the solve package: the fractional width at
 * which the family turns from a saddle into a minimum (or back). Folds in k are located the same way. Same shape as
 * {@link LossContinuation}: a cancellable run with progress.
 */
public final class WidthContinuation {
    private WidthContinuation() {
    }

    /**
     * @param family   the Young family
     * @param start    a critical point (or a start) of the family at an integer width k0, in any row order (read)
     * @param alpha    the fixed leaky slope
     * @param kEnd     the width to continue to (real, at least the family's minimum width plus one)
     * @param maxStep  the largest arclength step, in (0, 1]
     * @param maxSteps accepted steps, at least 1
     * @param progress progress and cancellation
     * @param curveTo  when present, every crossing found is followed as a curve in the (alpha, k) plane to this slope
     *                 ({@link EventCurve})
     * @return the branch with parameter "k" (each sample's {@code alpha()} is its width) and the event curves
     */
    public static Result run(YoungFamily family, double[][] start, double alpha, double kEnd, double maxStep,
                             int maxSteps, Optional<Double> curveTo, LossContinuation.Progress progress) {
        Require.finite(alpha, "alpha");
        Require.finite(kEnd, "target width");
        if (family.repeatsNeurons()) {
            // equal rows of W: the Hessian has a zero eigenvalue in that factor's standard block at every width
            // (YoungFamily#repeatsNeurons), which the test functions would report as a string of events
            throw new org.landscape.base.UnsupportedException("continuation in the width does not follow families "
                    + "with repeated neurons (a block S<m>, m >= 2, on rows alone, as in " + family.template() + "): "
                    + "their Hessian has a zero eigenvalue at every width; follow it at integer widths with the family "
                    + "command and `fix` " + family.template());
        }
        int k0 = start.length;
        double[] x0 = WidthFamily.startPattern(family, start);
        FamilyInWidth problem = new FamilyInWidth(family, FamilyInWidth.Parameter.WIDTH, alpha);
        if (kEnd < family.minimumWidth() + 1 || kEnd == k0) {
            throw new org.landscape.base.InvalidInputException(ContinuationMessages.OUT_OF_RANGE.format("target width",
                    kEnd, "a width other than " + k0 + " and at least " + (family.minimumWidth() + 1)));
        }
        NewtonResult nr = new Newton().solve(problem, x0, k0, NewtonSettings.DEFAULT);
        if (nr.status() != NewtonStatus.CONVERGED) {
            throw new NotConvergedException(ContinuationMessages.START_NOT_CRITICAL.format(k0, nr.status(),
                    nr.residual()));
        }
        progress.message(String.format("continue: Newton at k = %d (alpha = %s) converged, |F| = %.2e, %d steps", k0,
                alpha, nr.residual(), nr.iterations()));
        double lo = Math.min(k0, kEnd);
        double hi = Math.max(k0, kEnd);
        ContinuationSettings cs = ContinuationSettings.of(lo, hi)
                .withDirection(kEnd > k0 ? Direction.INCREASING_P : Direction.DECREASING_P)
                .withSteps(Math.min(ContinuationThresholds.INITIAL_STEP, maxStep), ContinuationThresholds.MIN_STEP,
                        maxStep)
                .withMaxSteps(maxSteps);
        ContinuationRun run = new PalcContinuation().start(problem, nr.x(), k0, Optional.empty(), cs,
                EventDetector.standard());
        Branch branch = progress.follow(run, "k");
        List<BranchSample> samples = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (BranchPoint pt : branch.points()) {
            samples.add(sample(problem, pt));
            pt.blocks().forEach(b -> {
                if (!labels.contains(b.label())) {
                    labels.add(b.label());
                }
            });
        }
        List<LossEvent> events = new ArrayList<>();
        List<EventCurve.Curve> curves = new ArrayList<>();
        for (SpecialPoint e : branch.events()) {
            events.add(event(e, branch));
            if (curveTo.isPresent() && e.kind() == org.landscape.solve.EventKind.BRANCH_POINT && !progress.stopRequested()) {
                progress.message("continue: following the crossing in " + e.component() + " at k = " + e.p()
                        + " in alpha to " + curveTo.get());
                curves.add(EventCurve.follow(family, e.x(), e.p(), alpha, e.component(), curveTo.get(), progress));
            }
        }
        Evidence ev = new Evidence("Newton at k = " + k0 + ", then pseudo-arclength continuation (Keller 1977) of the "
                + "orbit-reduced equations of " + family.template() + " with k real (orbit sizes polynomials in k), "
                + "alpha = " + alpha + "; isotypic blocks of the full Hessian as test functions; events located by the "
                + "solve package", Double.NaN, branch.points().size() + " points, " + branch.events().size()
                + " events; " + branch.evidence().detail());
        return new Result(new LossBranch(family.template(), "Fix(" + family.template() + ") with k real",
                problem.dimension(), labels, samples, events, branch.status(), nr.evidence(), ev, "k"), curves);
    }

    /**
     * A family followed in k.
     *
     * @param branch the branch (parameter "k")
     * @param curves the curves in the (alpha, k) plane of its crossings, when asked for
     */
    public record Result(LossBranch branch, List<EventCurve.Curve> curves) {
        public Result {
            curves = List.copyOf(curves);
        }
    }

    private static BranchSample sample(FamilyInWidth problem, BranchPoint pt) {
        Map<String, double[]> blocks = new LinkedHashMap<>();
        pt.blocks().forEach(b -> blocks.put(b.label(), b.eigenvalues()));
        double[] x = pt.x();
        YoungShape s = problem.family().shape(pt.p());
        double n2 = 0;
        for (int o = 0; o < x.length; o++) {
            n2 += s.studentOrbitSize(o) * x[o] * x[o];
        }
        OrbitSums sums = problem.sums(x, pt.p());
        return new BranchSample(pt.p(), sums.loss(), Math.sqrt(n2), pt.index(), pt.index() == 0, pt.residual(), blocks,
                new double[0]);
    }

    private static LossEvent event(SpecialPoint e, Branch branch) {
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
        return new LossEvent(e.kind(), e.p(), e.component(), e.multiplicity(), e.precision(), e.pLow(),
                e.pHigh(), idxLow, idxHigh, "", List.of(), List.of(), e.evidence());
    }
}
