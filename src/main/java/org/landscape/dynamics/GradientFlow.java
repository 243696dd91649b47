package org.landscape.dynamics;

import org.landscape.analysis.Linear;
import org.landscape.analysis.HessianSpectrum;
import org.landscape.analysis.HessianSpectra;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.landscape.base.Evidence;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gradient flow \( \dot W = -\nabla_W L(W) \) of the population loss (MATH.md section 3), integrated with
 * Hipparchus' {@link DormandPrince853Integrator} (adaptive 8th order, dense output), with two event detectors that
 * stop it: convergence (\( |\nabla L| \) falls to a threshold) and a dead neuron (\( \min_i |w_i| \) falls to a
 * threshold, where the gradient ceases to exist). The final point is classified by its Hessian.
 * Optionally the overlap flow of {@link OverlapFlow} is integrated beside it on the same output times and compared.
 * Cost: O((k+n)^2 d) per right-hand side, a few hundred to thousands of evaluations per unit of stiffness.
 */
public final class GradientFlow {
    private GradientFlow() {
    }

    /**
     * @param alpha    leaky slope
     * @param W0       start (read; every row non-zero)
     * @param V        teacher (read)
     * @param settings time, tolerance, events
     * @param overlaps whether to integrate and compare the overlap flow
     * @return trajectory, stop reason, final classification
     */
    public static FlowResult integrate(double alpha, double[][] W0, double[][] V, FlowSettings settings, boolean overlaps) {
        NetworkLoss loss = Models.loss(alpha, V);
        int k = W0.length;
        int d = W0[0].length;
        loss.loss(W0); // shape checks
        for (int i = 0; i < k; i++) {
            if (Linear.isZero(W0[i])) {
                throw new org.landscape.base.InvalidInputException(DynamicsMessages.FLOW_DEAD_START.format(i));
            }
        }
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return k * d;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] g = new double[k * d];
                loss.gradient(Linear.unflatten(y, k, d), g);
                for (int i = 0; i < g.length; i++) {
                    g[i] = -g[i];
                }
                return g;
            }
        };
        double[] grid = outputTimes(settings);
        Recorder rec = new Recorder(grid);
        FlowResult.Stop[] stop = {FlowResult.Stop.TIME_REACHED};
        DormandPrince853Integrator integrator = integrator(settings);
        integrator.addStepHandler(rec);
        if (settings.convergedGradient() > 0) {
            integrator.addEventDetector(detector(s -> norm(s.getCompleteDerivative()) - settings.convergedGradient(),
                    () -> stop[0] = FlowResult.Stop.CONVERGED));
        }
        integrator.addEventDetector(detector(s -> minRowNorm(s.getCompleteState(), k, d) - settings.deadNorm(),
                () -> stop[0] = FlowResult.Stop.DEAD_NEURON));
        ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(0, Linear.flatten(W0)), settings.time());
        rec.addFinal(end);
        int samples = rec.times.size();
        double[] times = new double[samples];
        double[][] states = new double[samples][];
        double[] losses = new double[samples];
        double[] grads = new double[samples];
        double[] g = new double[k * d];
        for (int s = 0; s < samples; s++) {
            times[s] = rec.times.get(s);
            states[s] = rec.states.get(s);
            double[][] w = Linear.unflatten(states[s], k, d);
            losses[s] = loss.loss(w);
            grads[s] = minRowNorm(states[s], k, d) > 0 ? gradNorm(loss, w, g) : Double.NaN;
        }
        double[][] wEnd = Linear.unflatten(states[samples - 1], k, d);
        Optional<HessianSpectrum> spec = Optional.empty();
        PointType type;
        if (stop[0] == FlowResult.Stop.DEAD_NEURON) {
            type = PointType.DEAD_NEURON;
        } else {
            HessianSpectrum h = HessianSpectra.dense(loss, wEnd);
            spec = Optional.of(h);
            type = PointType.of(grads[samples - 1], h);
        }
        Optional<FlowResult.OverlapComparison> cmp = overlaps
                ? Optional.of(OverlapFlow.compare(alpha, W0, V, times, states, settings)) : Optional.empty();
        Evidence ev = new Evidence("Hipparchus DormandPrince853Integrator (absolute and relative tolerance "
                + settings.tolerance() + ") with event detectors for convergence and a dead neuron", settings.tolerance(),
                integrator.getEvaluations() + " right-hand-side evaluations; accuracy = local error tolerance per step");
        return new FlowResult(k, V.length, d, times, states, losses, grads, stop[0], type, spec, cmp, ev, settings);
    }

    static DormandPrince853Integrator integrator(FlowSettings settings) {
        return new DormandPrince853Integrator(1e-12, Math.max(settings.time(), 1), settings.tolerance(), settings.tolerance());
    }

    static double[] outputTimes(FlowSettings settings) {
        int n = settings.samples();
        double t = settings.time();
        double t0 = Math.min(1e-3, t / n);
        double[] grid = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            grid[i] = t0 * Math.pow(t / t0, (i - 1) / (double) (n - 1));
        }
        grid[n] = t;
        return grid;
    }

    private static double gradNorm(NetworkLoss loss, double[][] w, double[] g) {
        loss.gradient(w, g);
        return Linear.norm(g);
    }

    static double norm(double[] x) {
        return Linear.norm(x);
    }

    static double minRowNorm(double[] y, int k, int d) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int c = 0; c < d; c++) {
                s += y[i * d + c] * y[i * d + c];
            }
            min = Math.min(min, Math.sqrt(s));
        }
        return min;
    }

    interface G {
        double g(ODEStateAndDerivative s);
    }

    static ODEEventDetector detector(G g, Runnable onEvent) {
        return new ODEEventDetector() {
            @Override
            public AdaptableInterval getMaxCheckInterval() {
                return AdaptableInterval.of(1.0);
            }

            @Override
            public int getMaxIterationCount() {
                return 100;
            }

            @Override
            public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
                return new BracketingNthOrderBrentSolver(1e-12, 5);
            }

            @Override
            public ODEEventHandler getHandler() {
                return (state, detector, increasing) -> {
                    onEvent.run();
                    return Action.STOP;
                };
            }

            @Override
            public double g(ODEStateAndDerivative s) {
                return g.g(s);
            }
        };
    }

    /** Records the dense output at the grid times (and the final state). */
    static final class Recorder implements ODEStepHandler {
        final double[] grid;
        int next;
        final List<Double> times = new ArrayList<>();
        final List<double[]> states = new ArrayList<>();

        Recorder(double[] grid) {
            this.grid = grid;
        }

        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            double t1 = interpolator.getCurrentState().getTime();
            while (next < grid.length && grid[next] <= t1) {
                times.add(grid[next]);
                states.add(interpolator.getInterpolatedState(grid[next]).getPrimaryState().clone());
                next++;
            }
        }

        void addFinal(ODEStateAndDerivative end) {
            if (times.isEmpty() || times.get(times.size() - 1) < end.getTime()) {
                times.add(end.getTime());
                states.add(end.getPrimaryState().clone());
            }
        }
    }
}
