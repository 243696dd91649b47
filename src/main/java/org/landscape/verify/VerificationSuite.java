package org.landscape.verify;

import org.landscape.base.Require;
import org.landscape.model.KernelEvaluator;
import org.landscape.model.LossEvaluator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;

/**
 * Checks kernel and loss evaluators three independent ways over the case list of {@link VerificationCases}.
 *
 * <p>For each kernel case \( (\alpha, w, v) \):
 * <ul>
 *   <li>quadrature: value, \( \nabla_w K \), \( \nabla^2_{ww}K \), \( \nabla^2_{wv}K \) against
 *       {@link QuadratureReference}, error \( |x - x_{ref}| / (|x_{ref}| + (\text{floor}/\text{tol})\,\text{scale}) \),
 *       so passing means \( |x - x_{ref}| \le \text{tol}\,|x_{ref}| + \text{floor}\cdot\text{scale} \);</li>
 *   <li>finite differences of the evaluator itself: \( \nabla_w \) of the value against the gradient,
 *       \( \nabla_w \) and \( \nabla_v \) of the gradient against the two Hessian blocks, error relative to
 *       \( |x| + \text{scale} \);</li>
 *   <li>Monte Carlo ({@link MonteCarloReference}): |z| of value, gradient and mixed Hessian, with the standard error
 *       combined with a resolution floor \( \text{scale}/N \) ({@link MonteCarloEstimate#maxAbsZ}).</li>
 * </ul>
 * For each network case the same for loss, gradient (FD of the loss; MC) and Hessian (FD of the gradient).
 * Scales, with \( c_\alpha = 1 + \alpha^2 \): kernel \( c_\alpha|w||v| \), gradient \( c_\alpha|v| \),
 * \( \nabla^2_{ww} \) \( c_\alpha|v|/|w| \), \( \nabla^2_{wv} \) \( c_\alpha \); with \( S = \sum_i|w_i| + \sum_j|v_j| \):
 * loss \( c_\alpha S^2 \), gradient \( c_\alpha S \), Hessian \( c_\alpha(1 + S/\min_i|w_i|) \).
 * Cost: the full suite runs about 60 kernel cases and 7 networks, dominated by Monte Carlo
 * (\( O(N d^2) \) per case); the reduced one a few seconds.
 */
public final class VerificationSuite {

    /** Progress of a run: stage ("kernel" or "network"), cases done, cases in the stage, the current case. */
    public record Progress(String stage, int done, int total, String label) {
    }

    private final DoubleFunction<KernelEvaluator> kernels;
    private final LossEvaluatorFactory losses;

    /**
     * @param kernels makes the kernel evaluator under test for a slope alpha
     * @param losses  makes the loss evaluator under test for (alpha, V)
     */
    public VerificationSuite(DoubleFunction<KernelEvaluator> kernels, LossEvaluatorFactory losses) {
        this.kernels = Require.nonNull(kernels, "kernel evaluator factory");
        this.losses = Require.nonNull(losses, "loss evaluator factory");
    }

    /** Runs without progress output. */
    public VerificationReport run(VerificationSettings settings) {
        return run(settings, p -> { });
    }

    /**
     * @param settings what to run
     * @param progress called after each case
     * @return the report (never throws on a failed check: the caller decides)
     */
    public VerificationReport run(VerificationSettings settings, Consumer<Progress> progress) {
        long start = System.currentTimeMillis();
        Map<Formula, Map<VerificationMethod, Tally>> tallies = new EnumMap<>(Formula.class);
        Map<Double, QuadratureReference> refs = new HashMap<>();
        Map<Double, KernelEvaluator> evals = new HashMap<>();
        List<VerificationCases.KernelCase> kc = VerificationCases.kernelCases(settings.size(), settings.seed());
        List<VerificationCases.NetworkCase> nc = VerificationCases.networkCases(settings.size(), settings.seed());
        double qFloor = settings.quadratureFloor() / settings.quadratureTolerance();
        for (int i = 0; i < kc.size(); i++) {
            VerificationCases.KernelCase c = kc.get(i);
            QuadratureReference q = refs.computeIfAbsent(c.alpha(), QuadratureReference::new);
            KernelEvaluator ev = evals.computeIfAbsent(c.alpha(), kernels::apply);
            MonteCarloReference mc = new MonteCarloReference(c.alpha(), settings.monteCarloSamples());
            try {
                checkKernel(c, ev, q, mc, settings.seed() + i, qFloor, tallies);
            } catch (RuntimeException ex) {
                failAll(tallies, KERNEL_FORMULAS, c.label(), ex);
            }
            progress.accept(new Progress("kernel", i + 1, kc.size(), c.label()));
        }
        for (int i = 0; i < nc.size(); i++) {
            VerificationCases.NetworkCase c = nc.get(i);
            QuadratureReference q = refs.computeIfAbsent(c.alpha(), QuadratureReference::new);
            LossEvaluator ev = losses.create(c.alpha(), copy(c.V()));
            MonteCarloReference mc = new MonteCarloReference(c.alpha(), settings.monteCarloSamples());
            try {
                checkNetwork(c, ev, q, mc, settings.seed() + 1000 + i, qFloor, tallies);
            } catch (RuntimeException ex) {
                failAll(tallies, NETWORK_FORMULAS, c.label(), ex);
            }
            progress.accept(new Progress("network", i + 1, nc.size(), c.label()));
        }
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<Formula, Map<VerificationMethod, Tally>> f : tallies.entrySet()) {
            for (Map.Entry<VerificationMethod, Tally> m : f.getValue().entrySet()) {
                double tol = switch (m.getKey()) {
                    case QUADRATURE -> settings.quadratureTolerance();
                    case FINITE_DIFFERENCES -> settings.finiteDifferenceTolerance();
                    case MONTE_CARLO -> settings.maxZ();
                };
                Tally t = m.getValue();
                checks.add(new Check(f.getKey(), m.getKey(), t.max, tol, t.reference, t.cases, t.worst,
                        t.max <= tol));
            }
        }
        return new VerificationReport(settings, checks, kc.size(), nc.size(), System.currentTimeMillis() - start);
    }

    private static void checkKernel(VerificationCases.KernelCase c, KernelEvaluator ev, QuadratureReference q,
                                    MonteCarloReference mc, long seed, double qFloor,
                                    Map<Formula, Map<VerificationMethod, Tally>> tallies) {
        double[] w = c.w().clone();
        double[] v = c.v().clone();
        int d = w.length;
        double ca = 1 + c.alpha() * c.alpha();
        double nw = norm(w);
        double nv = norm(v);
        double[] sK = {ca * nw * nv, ca * nv, ca * nv / nw, ca};
        KernelReference ref = q.kernel(w, v);
        double value = ev.value(w.clone(), v.clone());
        double[] g = new double[d];
        double[] hww = new double[d * d];
        double[] hwv = new double[d * d];
        ev.gradientW(w.clone(), v.clone(), g);
        ev.hessianWW(w.clone(), v.clone(), hww);
        ev.hessianWV(w.clone(), v.clone(), hwv);
        String l = c.label();
        tally(tallies, Formula.KERNEL, VerificationMethod.QUADRATURE, l,
                relative(new double[] {value}, new double[] {ref.value()}, qFloor * sK[0]), ref.valueError() / sK[0]);
        tally(tallies, Formula.GRADIENT, VerificationMethod.QUADRATURE, l, relative(g, ref.gradientW(), qFloor * sK[1]),
                ref.gradientError() / sK[1]);
        tally(tallies, Formula.HESSIAN_WW, VerificationMethod.QUADRATURE, l,
                relative(hww, ref.hessianWW(), qFloor * sK[2]), ref.hessianWWError() / sK[2]);
        tally(tallies, Formula.HESSIAN_WV, VerificationMethod.QUADRATURE, l,
                relative(hwv, ref.hessianWV(), qFloor * sK[3]), ref.hessianWVError() / sK[3]);

        FiniteDifferences.Result fg = FiniteDifferences.gradient(x -> ev.value(x, v.clone()), w, nw,
                FiniteDifferences.Settings.GRADIENT);
        tally(tallies, Formula.GRADIENT, VerificationMethod.FINITE_DIFFERENCES, l, relative(fg.derivative(), g, sK[1]),
                fg.maxError() / sK[1]);
        FiniteDifferences.Result fww = FiniteDifferences.jacobian((x, out) -> ev.gradientW(x, v.clone(), out), d, w,
                nw, FiniteDifferences.Settings.HESSIAN);
        tally(tallies, Formula.HESSIAN_WW, VerificationMethod.FINITE_DIFFERENCES, l,
                relative(fww.derivative(), hww, sK[2]), fww.maxError() / sK[2]);
        FiniteDifferences.Result fwv = FiniteDifferences.jacobian((x, out) -> ev.gradientW(w.clone(), x, out), d, v,
                nv, FiniteDifferences.Settings.HESSIAN);
        tally(tallies, Formula.HESSIAN_WV, VerificationMethod.FINITE_DIFFERENCES, l,
                relative(fwv.derivative(), hwv, sK[3]), fwv.maxError() / sK[3]);

        MonteCarloEstimate e = mc.kernel(w, v, seed);
        double res = resolution(mc);
        tally(tallies, Formula.KERNEL, VerificationMethod.MONTE_CARLO, l,
                zSlice(e, new double[] {value}, 0, res * sK[0]), maxSe(e, 0, 1) / sK[0]);
        tally(tallies, Formula.GRADIENT, VerificationMethod.MONTE_CARLO, l, zSlice(e, g, 1, res * sK[1]),
                maxSe(e, 1, d) / sK[1]);
        tally(tallies, Formula.HESSIAN_WV, VerificationMethod.MONTE_CARLO, l, zSlice(e, hwv, 1 + d, res * sK[3]),
                maxSe(e, 1 + d, d * d) / sK[3]);
    }

    private static void checkNetwork(VerificationCases.NetworkCase c, LossEvaluator ev, QuadratureReference q,
                                     MonteCarloReference mc, long seed, double qFloor,
                                     Map<Formula, Map<VerificationMethod, Tally>> tallies) {
        double[][] W = copy(c.W());
        double[][] V = copy(c.V());
        int k = W.length;
        int d = W[0].length;
        int kd = k * d;
        double ca = 1 + c.alpha() * c.alpha();
        double sum = 0;
        double minW = Double.POSITIVE_INFINITY;
        for (double[] row : W) {
            sum += norm(row);
            minW = Math.min(minW, norm(row));
        }
        for (double[] row : V) {
            sum += norm(row);
        }
        double[] sL = {ca * sum * sum, ca * sum, ca * (1 + sum / minW)};
        LossReference ref = q.loss(W, V);
        double loss = ev.loss(copy(W));
        double[] g = new double[kd];
        double[] h = new double[kd * kd];
        ev.gradient(copy(W), g);
        ev.hessian(copy(W), h);
        String l = c.label();
        tally(tallies, Formula.LOSS, VerificationMethod.QUADRATURE, l,
                relative(new double[] {loss}, new double[] {ref.loss()}, qFloor * sL[0]), ref.lossError() / sL[0]);
        tally(tallies, Formula.LOSS_GRADIENT, VerificationMethod.QUADRATURE, l,
                relative(g, ref.gradient(), qFloor * sL[1]), ref.gradientError() / sL[1]);
        tally(tallies, Formula.LOSS_HESSIAN, VerificationMethod.QUADRATURE, l,
                relative(h, ref.hessian(), qFloor * sL[2]), ref.hessianError() / sL[2]);

        double[] x = flatten(W);
        double typical = sum / (k + V.length);
        FiniteDifferences.Result fg = FiniteDifferences.gradient(p -> ev.loss(unflatten(p, k, d)), x, typical,
                FiniteDifferences.Settings.GRADIENT);
        tally(tallies, Formula.LOSS_GRADIENT, VerificationMethod.FINITE_DIFFERENCES, l,
                relative(fg.derivative(), g, sL[1]), fg.maxError() / sL[1]);
        FiniteDifferences.Result fh = FiniteDifferences.jacobian((p, out) -> ev.gradient(unflatten(p, k, d), out), kd,
                x, typical, FiniteDifferences.Settings.HESSIAN);
        tally(tallies, Formula.LOSS_HESSIAN, VerificationMethod.FINITE_DIFFERENCES, l,
                relative(fh.derivative(), h, sL[2]), fh.maxError() / sL[2]);

        MonteCarloEstimate e = mc.loss(W, V, seed);
        double res = resolution(mc);
        tally(tallies, Formula.LOSS, VerificationMethod.MONTE_CARLO, l, zSlice(e, new double[] {loss}, 0, res * sL[0]),
                maxSe(e, 0, 1) / sL[0]);
        tally(tallies, Formula.LOSS_GRADIENT, VerificationMethod.MONTE_CARLO, l, zSlice(e, g, 1, res * sL[1]),
                maxSe(e, 1, kd) / sL[1]);
    }

    /**
     * Monte Carlo resolution, relative to a quantity's scale: N samples cannot see an event of probability below
     * about 1/N (at \( \theta = \pi - 10^{-8} \) no sample lands in the wedge where both units are active, so the
     * mixed Hessian's estimate is 0 with standard error 0, while the truth is about \( 10^{-9} \)).
     */
    private static double resolution(MonteCarloReference mc) {
        return Math.max(1e-13, 1.0 / mc.samples());
    }

    /** max_e |got_e - ref_e| / (|ref_e| + floor); NaN or infinite if any got_e is not finite. */
    static double relative(double[] got, double[] ref, double floor) {
        double max = 0;
        for (int e = 0; e < ref.length; e++) {
            double err = Math.abs(got[e] - ref[e]) / (Math.abs(ref[e]) + floor);
            if (!Double.isFinite(got[e])) {
                err = Double.POSITIVE_INFINITY;
            }
            if (!(err <= max)) {
                max = err;
            }
        }
        return max;
    }

    private static double zSlice(MonteCarloEstimate e, double[] claimed, int from, double floor) {
        double[] mean = e.mean();
        double[] se = e.standardError();
        double[] m = new double[claimed.length];
        double[] s = new double[claimed.length];
        System.arraycopy(mean, from, m, 0, claimed.length);
        System.arraycopy(se, from, s, 0, claimed.length);
        return new MonteCarloEstimate(m, s, e.samples(), e.seed()).maxAbsZ(claimed, floor);
    }

    private static final Formula[] KERNEL_FORMULAS = {Formula.KERNEL, Formula.GRADIENT, Formula.HESSIAN_WW,
            Formula.HESSIAN_WV};
    private static final Formula[] NETWORK_FORMULAS = {Formula.LOSS, Formula.LOSS_GRADIENT, Formula.LOSS_HESSIAN};

    /**
     * An evaluator that throws on a valid case fails every check of that case, and the message is kept as the
     * worst case. This is the one broad catch outside {@code cli}: a verifier reports a crash as a failed check
     * instead of losing the rest of the table.
     */
    private static void failAll(Map<Formula, Map<VerificationMethod, Tally>> tallies, Formula[] formulas,
                                String label, RuntimeException ex) {
        String why = label + ": evaluator threw " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
        for (Formula f : formulas) {
            for (VerificationMethod m : VerificationMethod.values()) {
                if (applies(f, m)) {
                    tally(tallies, f, m, why, Double.POSITIVE_INFINITY, 0);
                }
            }
        }
    }

    /** @return whether method m checks formula f (no Monte Carlo for the delta blocks and the loss Hessian) */
    static boolean applies(Formula f, VerificationMethod m) {
        return switch (m) {
            case QUADRATURE -> true;
            case FINITE_DIFFERENCES -> f != Formula.KERNEL && f != Formula.LOSS;
            case MONTE_CARLO -> f != Formula.HESSIAN_WW && f != Formula.LOSS_HESSIAN;
        };
    }

    private static double maxSe(MonteCarloEstimate e, int from, int length) {
        double[] se = e.standardError();
        double m = 0;
        for (int i = from; i < from + length; i++) {
            m = Math.max(m, se[i]);
        }
        return m;
    }

    /** Running maximum of one table cell. */
    private static final class Tally {
        double max;
        double reference;
        int cases;
        String worst = "";

        void add(String label, double err, double referenceAccuracy) {
            cases++;
            reference = Math.max(reference, referenceAccuracy);
            if (!(err <= max)) {
                max = Double.isNaN(err) ? Double.POSITIVE_INFINITY : err;
                worst = label;
            }
        }
    }

    private static void tally(Map<Formula, Map<VerificationMethod, Tally>> t, Formula f, VerificationMethod m,
                              String label, double err, double referenceAccuracy) {
        t.computeIfAbsent(f, x -> new EnumMap<>(VerificationMethod.class)).computeIfAbsent(m, x -> new Tally())
                .add(label, err, referenceAccuracy);
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double xi : x) {
            s += xi * xi;
        }
        return Math.sqrt(s);
    }

    private static double[] flatten(double[][] W) {
        int d = W[0].length;
        double[] x = new double[W.length * d];
        for (int i = 0; i < W.length; i++) {
            System.arraycopy(W[i], 0, x, i * d, d);
        }
        return x;
    }

    private static double[][] unflatten(double[] x, int k, int d) {
        double[][] W = new double[k][d];
        for (int i = 0; i < k; i++) {
            System.arraycopy(x, i * d, W[i], 0, d);
        }
        return W;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
