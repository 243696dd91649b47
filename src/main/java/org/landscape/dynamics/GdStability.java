package org.landscape.dynamics;

import org.landscape.analysis.Linear;
import org.landscape.base.Evidence;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.model.PairAngle;
import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.solve.SymmetricSpectrum;

import java.util.ArrayList;
import java.util.List;

/**
 * Stability of gradient descent \( x_{n+1} = x_n - \eta\nabla L(x_n) \) at a minimum beyond the quadratic model
 * (Mulayoff and Stich, COLT 2026; MATH.md section 7). Linear stability holds for \( \eta < \eta^* = 2/\lambda_{max} \).
 * At \( \eta = \eta^* \) the top eigenvector e has multiplier -1 (a flip). With \( y = e\cdot(x - x^*) \), the
 * centre manifold \( z_m = -\frac{T_m}{2\lambda_m} y^2 \) of the other eigen-directions (\( T = \nabla^3 L[e,e,\cdot] \))
 * reduces the map to \( y \mapsto -y + a y^2 + b y^3 \) with \( a = -\frac{\eta}{2} L_3 \),
 * \( b = \frac{\eta}{2}\sum_{m \ne top} \frac{T_m^2}{\lambda_m} - \frac{\eta}{6} L_4 \); its second iterate is
 * \( y - 2(a^2 + b) y^3 \). At \( \eta^* \):
 * \[ \beta = a^2 + b = \frac{1}{\lambda_{max}}\Big( t^T H^{-1} t - \frac{L_4}{3} \Big), \qquad t = \nabla^3 L[e,e,\cdot]. \]
 * \( \beta > 0 \): the minimum is stable at \( \eta^* \) and for \( \eta = (1+\delta)\eta^* \) GD settles on a
 * period-2 orbit of amplitude \( \sqrt{2\delta/\beta} \) along e (supercritical); \( \beta < 0 \): GD leaves.
 *
 * <p>Derivatives: \( t \) and \( L_4 \) by fourth-order central differences of the compiled Hessian along e
 * (\( t = \frac{d}{ds} H(x+se)e \), \( L_4 = \frac{d^2}{ds^2} e^T H(x+se) e \)), error estimated by halving the
 * step. They need L to be C^3 near x: at a parallel or antiparallel pair (such as W = V) it is not (MATH.md
 * section 3) and the network front reports NOT_APPLICABLE instead of a number. Cost: 9 Hessians, one
 * eigen-decomposition, 2 x steps gradients.
 */
public final class GdStability {
    private GdStability() {
    }

    /**
     * The network front: checks dead neurons and parallel pairs, then {@link #analyse(SmoothFunction, double[], double, StabilitySettings)}.
     */
    public static StabilityReport analyse(double alpha, double[][] W, double[][] V, StabilitySettings settings) {
        NetworkLoss loss = Models.loss(alpha, V);
        int k = W.length;
        int d = W[0].length;
        loss.loss(W); // shape checks
        for (int i = 0; i < k; i++) {
            if (Linear.isZero(W[i])) {
                return notApplicable("neuron " + i + " is zero: L has only one-sided derivatives there (use 'escape')",
                        Double.NaN, settings);
            }
        }
        double radius = Double.POSITIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            double nw = Linear.norm(W[i]);
            List<double[]> others = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int l = 0; l < k; l++) {
                if (l != i) {
                    others.add(W[l]);
                    names.add("w_" + l);
                }
            }
            for (int j = 0; j < V.length; j++) {
                others.add(V[j]);
                names.add("v_" + j);
            }
            for (int p = 0; p < others.size(); p++) {
                double[] x = others.get(p);
                double nx = Linear.norm(x);
                if (nx == 0) {
                    continue;
                }
                double theta = PairAngle.theta(W[i], x);
                double sin = PairAngle.sinTheta(W[i], x);
                if (sin < DynamicsThresholds.PARALLEL_SIN) {
                    return notApplicable("the pair (w_" + i + ", " + names.get(p) + ") is "
                            + (theta < Math.PI / 2 ? "parallel" : "antiparallel") + " (theta = " + theta + "): L is C^2 "
                            + "but not C^3 there (MATH.md section 3), so the third and fourth derivatives along the top "
                            + "eigenvector that decide the flip do not exist", NetworkEmbedding.gradientNorm(loss, W), settings);
                }
                radius = Math.min(radius, nw * sin);
            }
            radius = Math.min(radius, nw);
        }
        double h = 0.02 * Math.min(1, radius);
        return analyse(SmoothFunction.ofLoss(loss, k, d), Linear.flatten(W), h, settings);
    }

    private static StabilityReport notApplicable(String reason, double gradientNorm, StabilitySettings settings) {
        return new StabilityReport(StabilityReport.Verdict.NOT_APPLICABLE, reason, gradientNorm, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                new Evidence("not computed", Double.NaN, reason), List.of(), settings);
    }

    /**
     * The generic criterion at a minimum x of f.
     *
     * @param f        the function (C^3 within 4h of x)
     * @param x        the minimum (read)
     * @param h        finite-difference step along the unit top eigenvector
     * @param settings confirming runs
     * @return verdict, threshold, flip coefficient and GD runs
     */
    public static StabilityReport analyse(SmoothFunction f, double[] x, double h, StabilitySettings settings) {
        int m = f.dimension();
        double[] g = new double[m];
        f.gradient(x, g);
        double gn = Linear.norm(g);
        if (gn > DynamicsThresholds.STATIONARY_GRADIENT) {
            return notApplicable("not a critical point (gradient norm " + gn + "): the criterion is about a minimum; "
                    + "polish the point first (e.g. 'embed --refine' or 'flow')", gn, settings);
        }
        double[] hess = new double[m * m];
        f.hessian(x, hess);
        SymmetricSpectrum eig = SymmetricEigenvalues.decomposition(hess, m);
        double[] descending = eig.descendingValues();
        double lambda = descending[0];
        double second = m > 1 ? descending[1] : Double.NEGATIVE_INFINITY;
        double lowest = descending[m - 1];
        double tol = DynamicsThresholds.ZERO_EIGENVALUE * Math.abs(lambda);
        if (lowest < -tol) {
            return notApplicable("not a minimum: the Hessian has eigenvalue " + lowest + " < 0", gn, settings);
        }
        if (lowest <= tol) {
            return notApplicable("the Hessian is singular (eigenvalue " + lowest + "): H^{-1} in the centre-manifold "
                    + "term does not exist; the minimum is degenerate", gn, settings);
        }
        if (lambda - second <= 1e-6 * lambda) {
            return notApplicable("the top eigenvalue " + lambda + " is multiple (next " + second + "): the flip has a "
                    + "centre manifold of dimension > 1 and one coefficient does not decide it", gn, settings);
        }
        double[] e = eig.descendingVectors()[0];
        double[][] coarse = derivatives(f, x, e, h);
        double[][] fine = derivatives(f, x, e, h / 2);
        double[] t = fine[0];
        double l4 = fine[1][0];
        double l3 = Linear.dot(e, t);
        double[] hinvT = Linear.solve(hess, m, t);
        double coupling = Linear.dot(t, hinvT);
        double beta = (coupling - l4 / 3) / lambda;
        double[] hinvTc = Linear.solve(hess, m, coarse[0]);
        double betaCoarse = (Linear.dot(coarse[0], hinvTc) - coarse[1][0] / 3) / lambda;
        double err = Math.abs(beta - betaCoarse);
        Evidence ev = new Evidence("fourth-order central differences of the compiled Hessian along e, steps " + h + " and "
                + h / 2 + "; beta from the smaller step", err,
                "accuracy = |beta(h) - beta(h/2)| (truncation O(h^4)); L_3 = " + l3 + ", |beta| = " + Math.abs(beta));
        double etaStar = 2 / lambda;
        boolean undecided = err > 0.1 * Math.abs(beta);
        double amplitude = beta > 0 && !undecided ? Math.sqrt(2 * settings.delta() / beta) : Double.NaN;
        double scale = Math.sqrt(2 * settings.delta() / Math.abs(beta));
        double eps = Math.min(0.3 * scale, 0.5 * h);
        List<StabilityReport.GdRun> runs = new ArrayList<>();
        for (double s : new double[] {-1, 1}) {
            double escape = Math.min(20 * scale + 10 * eps, 10 * Math.max(1, Linear.norm(x)));
            runs.add(run(f, x, e, (1 + s * settings.delta()) * etaStar, eps, escape, settings.steps()));
        }
        StabilityReport.Verdict verdict = beta > 0 ? StabilityReport.Verdict.STABLE_OSCILLATION : StabilityReport.Verdict.UNSTABLE;
        String reason = undecided ? "|beta| = " + Math.abs(beta) + " is within its finite-difference error " + err
                + ": a degenerate flip (for instance L exactly quadratic along e, as along the scaling W -> cW of one "
                + "neuron); higher derivatives decide"
                : beta > 0 ? "beta > 0: supercritical flip; GD at eta slightly above eta* oscillates stably with "
                + "amplitude sqrt(2 delta / beta) along the top eigenvector"
                : "beta < 0: subcritical flip; GD at eta* or slightly above leaves the minimum";
        if (undecided) {
            verdict = StabilityReport.Verdict.NOT_APPLICABLE;
        }
        return new StabilityReport(verdict, reason, gn, lambda, etaStar, lambda - second, l3, l4, coupling, beta,
                amplitude, ev, runs, settings);
    }

    /** @return {t, {L4}} by fourth-order central differences with step h */
    static double[][] derivatives(SmoothFunction f, double[] x, double[] e, double h) {
        int m = x.length;
        double[][] hv = new double[5][];
        double[] q = new double[5];
        double[] hess = new double[m * m];
        double[] y = new double[m];
        for (int s = -2; s <= 2; s++) {
            for (int i = 0; i < m; i++) {
                y[i] = x[i] + s * h * e[i];
            }
            f.hessian(y, hess);
            double[] v = new double[m];
            for (int r = 0; r < m; r++) {
                double acc = 0;
                for (int c = 0; c < m; c++) {
                    acc += hess[r * m + c] * e[c];
                }
                v[r] = acc;
            }
            hv[s + 2] = v;
            q[s + 2] = Linear.dot(e, v);
        }
        double[] t = new double[m];
        for (int i = 0; i < m; i++) {
            t[i] = (-hv[4][i] + 8 * hv[3][i] - 8 * hv[1][i] + hv[0][i]) / (12 * h);
        }
        double l4 = (-q[4] + 16 * q[3] - 30 * q[2] + 16 * q[1] - q[0]) / (12 * h * h);
        return new double[][] {t, {l4}};
    }

    /** Gradient descent from x + eps e; classifies the end state. */
    static StabilityReport.GdRun run(SmoothFunction f, double[] xStar, double[] e, double eta, double eps, double escape,
                                     int steps) {
        int m = xStar.length;
        double[] x = xStar.clone();
        for (int i = 0; i < m; i++) {
            x[i] += eps * e[i];
        }
        double[] g = new double[m];
        double[] prev2 = new double[m];
        double[] prev1 = new double[m];
        double amp = 0;
        int n = 0;
        try {
            for (; n < steps; n++) {
                System.arraycopy(prev1, 0, prev2, 0, m);
                System.arraycopy(x, 0, prev1, 0, m);
                f.gradient(x, g);
                for (int i = 0; i < m; i++) {
                    x[i] -= eta * g[i];
                }
                double dist = distance(x, xStar);
                if (!(dist < escape)) {
                    return new StabilityReport.GdRun(eta, n + 1, StabilityReport.Outcome.DIVERGED, Double.NaN, dist);
                }
                if (n >= steps - 64) {
                    double y = 0;
                    for (int i = 0; i < m; i++) {
                        y += e[i] * (x[i] - xStar[i]);
                    }
                    amp = Math.max(amp, Math.abs(y));
                }
            }
        } catch (org.landscape.base.InvalidInputException deadNeuron) {
            return new StabilityReport.GdRun(eta, n + 1, StabilityReport.Outcome.DIVERGED, Double.NaN, Double.NaN);
        }
        double dist = distance(x, xStar);
        double twoStep = distance(x, prev2);
        StabilityReport.Outcome out = amp < 1e-6 * eps ? StabilityReport.Outcome.CONVERGED
                : twoStep < 1e-6 * amp ? StabilityReport.Outcome.PERIOD_TWO : StabilityReport.Outcome.UNSETTLED;
        return new StabilityReport.GdRun(eta, steps, out, amp, dist);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] - b[i];
            s += t * t;
        }
        return Math.sqrt(s);
    }
}
