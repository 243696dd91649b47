package org.landscape.solve;

import java.util.List;
import java.util.Optional;

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
        Require.nonNull(listener, "continuation listener");
        ContinuationRun run = start(problem, x0, p0, tangentHint, settings, detectors);
        int step = 0;
        while (run.hasNext()) {
            BranchPoint pt = run.next();
            boolean stop = false;
            for (SpecialPoint e : run.lastEvents()) {
                stop |= listener.onEvent(e) == ContinuationListener.Decision.STOP;
            }
            stop |= listener.onPoint(pt, step++) == ContinuationListener.Decision.STOP;
            if (stop) {
                run.stop(BranchStatus.STOPPED_BY_LISTENER);
            }
        }
        return run.branch();
    }

    /**
     * Starts a continuation to be driven by the caller, one accepted point per {@link ContinuationRun#next()}.
     * Arguments as in {@link #run(SmoothProblem, double[], double, Optional, ContinuationSettings, List,
     * ContinuationListener)}; Newton at the start parameter runs here.
     *
     * @return the run; {@code branch()} gives the result at any time
     */
    public ContinuationRun start(SmoothProblem problem, double[] x0, double p0, Optional<double[]> tangentHint,
            ContinuationSettings settings, List<EventDetector> detectors) {
        Require.nonNull(problem, "problem");
        Require.nonNull(settings, "continuation settings");
        Require.nonNull(detectors, "event detectors");
        Require.nonNull(tangentHint, "tangent hint (use Optional.empty())");
        int n = problem.dimension();
        Require.sameLength(n, x0.length, "continuation start x0");
        Require.finite(x0, "continuation start x0");
        Require.finite(p0, "continuation start p0");
        if (p0 < settings.pMin() || p0 > settings.pMax()) {
            throw SolveMessages.START_OUTSIDE_RANGE.invalid(p0, settings.pMin(), settings.pMax());
        }
        tangentHint.ifPresent(h -> Require.sameLength(n + 1, h.length, "continuation tangent hint"));
        return new ContinuationRun(problem, x0, p0, tangentHint, settings, detectors);
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
}
