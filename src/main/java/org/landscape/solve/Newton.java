package org.landscape.solve;

import java.util.Arrays;

import org.landscape.base.Evidence;
import org.landscape.base.Require;

/**
 * Damped Newton's method for \( G(y) = 0 \): \( J_G(y_k)\,\delta_k = -G(y_k) \), \( y_{k+1} = y_k + \lambda_k \delta_k \)
 * with \( \lambda_k \) from the {@link LineSearch} (Deuflhard, <em>Newton Methods for Nonlinear Problems</em>,
 * chapter 1; Dennis and Schnabel, section 6.3). The linear systems are solved by LU with partial pivoting; an
 * exactly singular matrix falls back to the SVD pseudo-inverse (minimum-norm step), which keeps the iteration
 * alive at points such as an even-order touch where \( J \) is singular but \( G \) has no component in its
 * left kernel. Cost \( O(m^3) \) per step for \( m \) unknowns.
 *
 * <p>Usage: {@code NewtonResult r = new Newton().solve(problem, x0, p, NewtonSettings.DEFAULT);} then
 * {@code r.status()}, {@code r.x()}. The continuation uses the same iteration on the bordered system.
 */
public final class Newton {





    /** A square system \( G : \mathbb{R}^m \to \mathbb{R}^m \) with Jacobian; package-private plumbing. */
    interface SquareSystem {
        int size();

        /** Writes G(y) into g. */
        void value(double[] y, double[] g);

        /** Writes the flat m*m Jacobian of G at y into jac. */
        void jacobian(double[] y, double[] jac);
    }

    /** The raw outcome of an iteration on a {@link SquareSystem}. */
    record Run(double[] y, NewtonStatus status, int iterations, double[] history, boolean pseudoInverseUsed) {
    }

    /**
     * Solves \( F(x, p) = 0 \) for \( x \) at fixed \( p \).
     *
     * @param problem  the problem
     * @param x0       start, read, length n
     * @param p        the fixed parameter
     * @param settings tolerances and line search
     * @return the result, whatever the status
     */
    public NewtonResult solve(SmoothProblem problem, double[] x0, double p, NewtonSettings settings) {
        Require.nonNull(problem, "problem");
        Require.nonNull(settings, "Newton settings");
        int n = problem.dimension();
        Require.sameLength(n, x0.length, "Newton start x0");
        Require.finite(x0, "Newton start x0");
        Require.finite(p, "parameter p");
        SquareSystem system = new SquareSystem() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public void value(double[] y, double[] g) {
                problem.residual(y, p, g);
            }

            @Override
            public void jacobian(double[] y, double[] jac) {
                problem.jacobian(y, p, jac);
            }
        };
        Run run = iterate(system, x0, settings);
        String method = "damped Newton, LU" + (run.pseudoInverseUsed() ? " with SVD pseudo-inverse steps" : "");
        Evidence ev = new Evidence(method, run.history()[run.history().length - 1], "residual 2-norm after " + run.iterations() + " steps");
        return new NewtonResult(run.y(), p, run.status(), run.iterations(), run.history(), settings, ev);
    }

    /** The iteration itself, on any square system. */
    static Run iterate(SquareSystem system, double[] y0, NewtonSettings settings) {
        int m = system.size();
        double[] y = y0.clone();
        double[] g = new double[m];
        double[] jac = new double[m * m];
        double[] trial = new double[m];
        double[] gTrial = new double[m];
        double[] history = new double[settings.maxIterations() + 1];
        system.value(y, g);
        double r = Dense.norm(g);
        double r0 = r;
        history[0] = r;
        double lastStep = Double.POSITIVE_INFINITY;
        double y0Norm = Dense.norm(y);
        boolean pinv = false;
        int it = 0;
        NewtonStatus status;
        while (true) {
            if (!Double.isFinite(r) || r > SolveThresholds.DIVERGENCE_FACTOR * Math.max(r0, 1.0)
                    || !Dense.allFinite(y) || Dense.norm(y) > SolveThresholds.ITERATE_GROWTH * Math.max(1.0, y0Norm)) {
                status = NewtonStatus.DIVERGED;
                break;
            }
            if (r <= SolveThresholds.NEGLIGIBLE_RESIDUAL * settings.residualTolerance()
                    || (r <= settings.residualTolerance()
                            && lastStep <= settings.stepTolerance() * (1 + Dense.norm(y)))) {
                status = NewtonStatus.CONVERGED;
                break;
            }
            if (it == settings.maxIterations()) {
                // within the residual tolerance the steps may stay above the step tolerance only as rounding noise
                // amplified by a nearly singular J (next to a branch point): accept the residual
                status = r <= settings.residualTolerance() ? NewtonStatus.CONVERGED : NewtonStatus.MAX_ITERATIONS;
                break;
            }
            system.jacobian(y, jac);
            double[] minusG = new double[m];
            for (int i = 0; i < m; i++) {
                minusG[i] = -g[i];
            }
            Dense.Solution sol = Dense.solve(jac, m, minusG);
            if (sol == null || Dense.norm(sol.x()) == 0) {
                status = NewtonStatus.SINGULAR_JACOBIAN;
                break;
            }
            pinv |= sol.pseudoInverse();
            double[] delta = sol.x();
            double lambda = 1.0;
            double rTrial;
            int halvings = 0;
            while (true) {
                for (int i = 0; i < m; i++) {
                    trial[i] = y[i] + lambda * delta[i];
                }
                system.value(trial, gTrial);
                rTrial = Dense.norm(gTrial);
                boolean accept = settings.lineSearch() == LineSearch.NONE
                        || rTrial <= (1 - SolveThresholds.ARMIJO * lambda) * r
                        || (Double.isFinite(rTrial) && rTrial <= settings.residualTolerance());
                if (accept) {
                    break;
                }
                if (++halvings > SolveThresholds.MAX_HALVINGS) {
                    break;
                }
                lambda *= 0.5;
            }
            it++;
            if (halvings > SolveThresholds.MAX_HALVINGS) {
                history[it] = r;
                status = NewtonStatus.STAGNATED;
                break;
            }
            lastStep = lambda * Dense.norm(delta);
            System.arraycopy(trial, 0, y, 0, m);
            System.arraycopy(gTrial, 0, g, 0, m);
            r = rTrial;
            history[it] = r;
            int window = settings.stallIterations();
            if (window > 0 && it >= window && !(r < 0.5 * history[it - window]) && r > settings.residualTolerance()) {
                status = NewtonStatus.STAGNATED;
                break;
            }
        }
        return new Run(y, status, it, Arrays.copyOf(history, it + 1), pinv);
    }
}
