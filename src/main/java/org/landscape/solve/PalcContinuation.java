package org.landscape.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;

/**
 * Pseudo-arclength continuation (PALC) of \( F(x, p) = 0 \) (Keller, "Numerical solution of bifurcation and
 * nonlinear eigenvalue problems", 1977; Allgower and Georg, <em>Introduction to Numerical Continuation
 * Methods</em>, chapter 2). With \( y = (x, p) \) and unit tangent \( t_i \):
 * <ol>
 * <li>predictor \( \hat y = y_i + \Delta s\, t_i \);</li>
 * <li>corrector: damped Newton on \( F(y) = 0,\ t_i \cdot (y - y_i) = \Delta s \) (bordered Jacobian
 * \( \begin{pmatrix} J & F_p \\ t_i^T \end{pmatrix} \), nonsingular at regular points and at folds);</li>
 * <li>tangent \( t_{i+1} \) from \( \begin{pmatrix} J & F_p \\ t_i^T \end{pmatrix} z = e_{n+1} \), normalised, which
 * keeps the orientation, so folds in \( p \) are passed without special treatment;</li>
 * <li>step control: the step is halved when Newton fails or the tangent turns by more than
 * {@code maxTurnAngle}; it grows by 1.5 after corrections of at most 3 iterations and shrinks by 0.5 after 7 or
 * more;</li>
 * <li>every accepted step is passed to the {@link EventDetector}s, which locate folds, crossings and touches
 * inside it; then to the {@link ContinuationListener}.</li>
 * </ol>
 * The run stops at the parameter limits (the last point is corrected onto \( p = p_{min} \) or \( p_{max} \)),
 * the step or norm limit, when the step falls below {@code minStep}, or when the listener or a thread interrupt
 * asks. Cost per step: a few \( O(n^3) \) LU solves plus the spectra of {@link SmoothProblem#spectralBlocks()}.
 *
 * <p>Usage: {@code Branch b = new PalcContinuation().run(problem, x0, p0, ContinuationSettings.of(-1, 2));}
 */
public final class PalcContinuation {

    /** A correction with at most this many Newton iterations lets the step grow. */
    static final int FAST_CORRECTION = 3;
    /** A correction with at least this many Newton iterations shrinks the step. */
    static final int SLOW_CORRECTION = 7;

    /** Runs with the standard detectors and no listener. */
    public Branch run(SmoothProblem problem, double[] x0, double p0, ContinuationSettings settings) {
        return run(problem, x0, p0, Optional.empty(), settings, EventDetector.standard(), ContinuationListener.NONE);
    }

    /**
     * Continues the branch through the solution near \( (x_0, p_0) \).
     *
     * @param problem     the problem
     * @param x0          start guess, read; Newton at fixed \( p_0 \) first brings it onto the branch
     * @param p0          start parameter, inside [pMin, pMax]
     * @param tangentHint optional vector in \( \mathbb{R}^{n+1} \); when present the initial tangent is oriented
     *                    to have positive inner product with it (otherwise by {@code settings.direction()})
     * @param settings    settings
     * @param detectors   event detectors (empty list: no events)
     * @param listener    progress callback
     * @return the branch, whatever stopped it
     */
    public Branch run(SmoothProblem problem, double[] x0, double p0, Optional<double[]> tangentHint,
            ContinuationSettings settings, List<EventDetector> detectors, ContinuationListener listener) {
        Require.nonNull(problem, "problem");
        Require.nonNull(settings, "continuation settings");
        int n = problem.dimension();
        Require.sameLength(n, x0.length, "continuation start x0");
        Require.finite(x0, "continuation start x0");
        Require.finite(p0, "continuation start p0");
        if (p0 < settings.pMin() || p0 > settings.pMax()) {
            throw new InvalidInputException("continuation start p0 = " + p0 + " is outside the parameter range ["
                    + settings.pMin() + ", " + settings.pMax() + "]");
        }
        tangentHint.ifPresent(h -> Require.sameLength(n + 1, h.length, "continuation tangent hint"));
        List<BranchPoint> points = new ArrayList<>();
        List<SpecialPoint> events = new ArrayList<>();

        NewtonResult start = new Newton().solve(problem, x0, p0, settings.corrector());
        if (!start.status().converged()) {
            return new Branch(points, events, BranchStatus.START_NOT_CONVERGED, settings,
                    new Evidence("Newton at the start parameter", start.residual(), "status " + start.status()));
        }
        double[] y = Arrays.copyOf(start.x(), n + 1);
        y[n] = p0;
        double[] t0 = initialTangent(problem, start.x(), p0, tangentHint, settings.direction());
        Optional<BranchChart.Sample> s0 = new BranchChart(problem, settings.corrector(), y, t0, new double[][] {y})
                .at(0.0);
        if (s0.isEmpty()) {
            return new Branch(points, events, BranchStatus.START_NOT_CONVERGED, settings,
                    new Evidence("Newton at the start parameter", Double.NaN, "the tangent is undefined there"));
        }
        BranchPoint current = s0.get().toPoint(0.0);
        points.add(current);
        BranchStatus status = null;
        if (listener.onPoint(current, 0) == ContinuationListener.Decision.STOP) {
            status = BranchStatus.STOPPED_BY_LISTENER;
        }
        double ds = settings.initialStep();
        int rejected = 0;
        double cosMax = Math.cos(settings.maxTurnAngle());
        while (status == null) {
            if (Thread.currentThread().isInterrupted()) {
                status = BranchStatus.INTERRUPTED;
                break;
            }
            if (points.size() > settings.maxSteps()) {
                status = BranchStatus.MAX_STEPS;
                break;
            }
            double[] yi = current.y();
            double[] ti = current.tangent();
            BranchChart chart = new BranchChart(problem, settings.corrector(), yi, ti, new double[][] {yi});
            Optional<BranchChart.Sample> next = chart.at(ds);
            if (next.isEmpty() || Dense.dot(next.get().tangent, ti) < cosMax) {
                rejected++;
                ds *= 0.5;
                if (ds < settings.minStep()) {
                    status = BranchStatus.STEP_TOO_SMALL;
                }
                continue;
            }
            BranchChart.Sample s = next.get();
            boolean last = false;
            if (s.p() < settings.pMin() || s.p() > settings.pMax()) {
                double bound = s.p() < settings.pMin() ? settings.pMin() : settings.pMax();
                status = BranchStatus.REACHED_PARAMETER_LIMIT;
                if (Math.abs(bound - current.p()) <= 4 * Math.ulp(bound)) {
                    break;
                }
                double w = (bound - current.p()) / (s.p() - current.p());
                double[] guess = new double[n + 1];
                for (int i = 0; i <= n; i++) {
                    guess[i] = yi[i] + w * (s.y[i] - yi[i]);
                }
                Optional<BranchChart.Sample> onBound = chart.atParameter(bound, guess);
                if (onBound.isEmpty() || !(chart.sigmaOf(onBound.get().y) > 0)) {
                    break;
                }
                s = onBound.get();
                last = true;
            }
            BranchPoint prev = points.size() >= 2 ? points.get(points.size() - 2) : null;
            BranchPoint accepted = s.toPoint(current.arclength() + distance(yi, s.y));
            BranchSegment segment = new BranchSegment(problem, settings, List.of(current, accepted), prev);
            List<SpecialPoint> found = new ArrayList<>();
            for (EventDetector d : detectors) {
                found.addAll(d.detect(segment));
            }
            found.sort(Comparator.comparingDouble(SpecialPoint::arclength));
            for (SpecialPoint e : found) {
                events.add(e);
                if (listener.onEvent(e) == ContinuationListener.Decision.STOP) {
                    status = BranchStatus.STOPPED_BY_LISTENER;
                }
            }
            points.add(accepted);
            current = accepted;
            if (listener.onPoint(accepted, points.size() - 1) == ContinuationListener.Decision.STOP) {
                status = BranchStatus.STOPPED_BY_LISTENER;
            }
            if (status == null && accepted.norm() > settings.maxNorm()) {
                status = BranchStatus.NORM_LIMIT;
            }
            if (last) {
                break;
            }
            if (s.iterations <= FAST_CORRECTION) {
                ds = Math.min(1.5 * ds, settings.maxStep());
            } else if (s.iterations >= SLOW_CORRECTION) {
                ds = Math.max(0.5 * ds, settings.minStep());
            }
        }
        Evidence ev = new Evidence("pseudo-arclength continuation (Keller 1977): tangent predictor, damped Newton"
                + " corrector on the bordered system, adaptive step", Double.NaN, (points.size() - 1)
                        + " steps accepted, " + rejected + " rejected, " + events.size() + " events");
        return new Branch(points, events, status, settings, ev);
    }

    /**
     * The unit kernel vector of \( [J \; F_p] \) at the start, oriented by the hint or the direction.
     */
    static double[] initialTangent(SmoothProblem problem, double[] x, double p, Optional<double[]> hint,
            Direction direction) {
        int n = problem.dimension();
        double[] jac = new double[n * n];
        double[] fp = new double[n];
        problem.jacobian(x, p, jac);
        problem.parameterDerivative(x, p, fp);
        double[] t = Dense.kernelOfAugmented(jac, fp, n);
        double orientation = hint.map(h -> Dense.dot(h, t)).orElse(direction.sign() * t[n]);
        if (orientation < 0) {
            for (int i = 0; i <= n; i++) {
                t[i] = -t[i];
            }
        }
        return t;
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(d);
    }
}
