package org.landscape.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.landscape.base.Evidence;
import org.landscape.base.Require;

/**
 * Branch switching at a simple branch point \( (x_0, p_0) \) by perturb-and-correct (Allgower and Georg, section
 * 8.2; Keller 1977, section 6): the new branch leaves along \( \tau = (\varphi, 0) \), made orthogonal to the
 * parent tangent \( T \) and normalised, where \( \varphi \) spans (part of) \( \ker J \). For each orientation
 * \( \pm \) the first point is found by Newton on \( F(y) = 0,\ \pm\tau \cdot (y - y_0) = h \): the hyperplane pins
 * the kernel coordinate and, being orthogonal to \( T \), cuts the parent only at distance \( O(\sqrt h) \). That
 * point is continued by {@link PalcContinuation} with the tangent oriented away from \( y_0 \).
 *
 * <p>For a symmetric Jacobian (gradient problem) the new branch of a pitchfork is tangent to \( (\varphi, 0) \);
 * for a transcritical point it is tangent to \( (\varphi, \dot p) \) and the correction moves \( p \) at first order.
 * With a kernel of dimension \( > 1 \) the caller supplies \( \varphi \) (for instance from a symmetry-adapted basis:
 * a direction fixed by an isotropy subgroup \( K \), so that the branch is isolated in \( \mathrm{Fix}(K) \)).
 *
 * <p>Direction: each half's side is \( \mathrm{sign}(p - p_0) \) at its first point (or further along when \( p \)
 * has not yet moved); two opposite sides are TRANSCRITICAL, one side equal to the parent's higher-index side is
 * SUPERCRITICAL, otherwise SUBCRITICAL.
 *
 * <p>Usage: {@code new BranchSwitching().switchAt(problem, event, BranchSwitchSettings.of(settings))} uses the
 * computed kernel vector; the overload with {@code direction} takes the caller's.
 */
public final class BranchSwitching {


    /** Switches along the event's first computed kernel vector. */
    public BranchSwitchResult switchAt(SmoothProblem problem, SpecialPoint event, BranchSwitchSettings settings) {
        Require.nonNull(event, "branch point");
        return switchAt(problem, event, event.kernelVector(0), settings);
    }

    /**
     * @param problem   the problem
     * @param event     the located branch point (its x, p, tangent and index change are used)
     * @param direction \( \varphi \in \mathbb{R}^n \), read; need not be normalised; must not be parallel to the
     *                  parent tangent
     * @param settings  offset and continuation settings
     * @return both halves and the criticality
     */
    public BranchSwitchResult switchAt(SmoothProblem problem, SpecialPoint event, double[] direction,
            BranchSwitchSettings settings) {
        Require.nonNull(problem, "problem");
        Require.nonNull(event, "branch point");
        Require.nonNull(settings, "branch switching settings");
        int n = problem.dimension();
        Require.sameLength(n, direction.length, "branch switching direction");
        Require.finite(direction, "branch switching direction");
        double[] parent = event.tangent();
        double[] tau = Arrays.copyOf(direction, n + 1);
        double along = Dense.dot(tau, parent);
        for (int i = 0; i <= n; i++) {
            tau[i] -= along * parent[i];
        }
        double norm = Dense.norm(tau);
        if (!(norm > 1e-8 * Dense.norm(direction))) {
            throw SolveMessages.DIRECTION_PARALLEL.invalid();
        }
        tau = Dense.normalized(tau);
        double[] y0 = Arrays.copyOf(event.x(), n + 1);
        y0[n] = event.p();
        List<NewBranch> halves = new ArrayList<>();
        for (int orientation : new int[] {1, -1}) {
            halves.add(half(problem, event, y0, tau, orientation, settings));
        }
        Criticality c = criticality(halves, event.higherIndexSide());
        double[] phi = Arrays.copyOf(tau, n);
        Evidence ev = new Evidence("perturb-and-correct along the kernel direction (Allgower-Georg 8.2), offset "
                + settings.offset() + ", then pseudo-arclength continuation", Double.NaN,
                "halves found: " + halves.stream().filter(NewBranch::found).count() + " of 2");
        return new BranchSwitchResult(event, Dense.normalized(phi), halves, c, settings, ev);
    }

    private static NewBranch half(SmoothProblem problem, SpecialPoint event, double[] y0, double[] tau,
            int orientation, BranchSwitchSettings settings) {
        int n = problem.dimension();
        double[] dir = tau.clone();
        for (int i = 0; i <= n; i++) {
            dir[i] *= orientation;
        }
        ContinuationSettings cs = settings.continuation();
        BranchChart chart = new BranchChart(problem, cs.corrector(), y0, dir, new double[][] {y0});
        Optional<BranchChart.Sample> first = chart.at(settings.offset());
        if (first.isEmpty()) {
            Branch none = new Branch(List.of(), List.of(), BranchStatus.START_NOT_CONVERGED, cs,
                    new Evidence("perturb-and-correct", Double.NaN, "Newton failed at the first point"));
            return new NewBranch(orientation, none, 0, -1, Stability.UNDETERMINED);
        }
        BranchChart.Sample s = first.get();
        double[] hint = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            hint[i] = s.y[i] - y0[i];
        }
        double lo = Math.min(cs.pMin(), s.p());
        double hi = Math.max(cs.pMax(), s.p());
        Branch branch = new PalcContinuation().run(problem, s.x(), s.p(), Optional.of(hint),
                cs.withParameterRange(lo, hi), EventDetector.standard(), ContinuationListener.NONE);
        if (branch.points().isEmpty()) {
            return new NewBranch(orientation, branch, 0, -1, Stability.UNDETERMINED);
        }
        double margin = SolveThresholds.SIDE_MARGIN * (event.precision() + 1e-14);
        int side = 0;
        for (BranchPoint pt : branch.points()) {
            if (Math.abs(pt.p() - event.p()) > margin) {
                side = (int) Math.signum(pt.p() - event.p());
                break;
            }
        }
        BranchPoint p1 = branch.points().get(0);
        return new NewBranch(orientation, branch, side, p1.index(), p1.stability());
    }

    private static Criticality criticality(List<NewBranch> halves, int higherIndexSide) {
        int plus = 0;
        int minus = 0;
        for (NewBranch h : halves) {
            if (h.side() > 0) {
                plus++;
            } else if (h.side() < 0) {
                minus++;
            }
        }
        if (plus > 0 && minus > 0) {
            return Criticality.TRANSCRITICAL;
        }
        if ((plus == 0 && minus == 0) || higherIndexSide == 0) {
            return Criticality.UNDETERMINED;
        }
        int side = plus > 0 ? 1 : -1;
        return side == higherIndexSide ? Criticality.SUPERCRITICAL : Criticality.SUBCRITICAL;
    }
}
