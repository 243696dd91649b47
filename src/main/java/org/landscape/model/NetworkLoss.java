package org.landscape.model;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.compile.KernelProfiles;
import org.landscape.compile.generated.LeakyKernelFrame;

/**
 * Population loss of a student of width k against a fixed teacher V (n x d), MATH.md section 3:
 * \[ L = \tfrac12 \sum_{i,j} K(w_i,w_j) - \sum_{i,j} K(w_i,v_j) + \tfrac12 \sum_{i,j} K(v_i,v_j), \]
 * with gradient \( \nabla_{w_i} L = \tfrac{1+\alpha^2}{2} w_i + \sum_{l\ne i} \nabla_w K(w_i,w_l)
 * - \sum_j \nabla_w K(w_i, v_j) \) and Hessian blocks
 * \( H_{ii} = \tfrac{1+\alpha^2}{2} I + \sum_{l \ne i} \nabla^2_{ww}K(w_i,w_l) - \sum_j \nabla^2_{ww}K(w_i,v_j) \),
 * \( H_{il} = \nabla^2_{wv} K(w_i, w_l) \) (\( l \ne i \)).
 * Normalisation: \( L = \frac12 E[(f_W - f_V)^2] \) (Arjevani-Field).
 *
 * <p>Evaluation: norms and unit rows once per call (O(kd)); one Kahan angle and one profile
 * evaluation per unordered pair (O(k(k/2+n)d) flops, k(k/2+n) profile calls); then the gradient
 * (O(k(k+n)d)), the Hessian by row blocks (O(k(k+n)d^2) flops, (kd)^2 doubles written) or the
 * Hessian-vector product {@link #hessianTimes} (O(k(k+n)d), no matrix). Rows run (unless the evaluator is
 * serial-only, {@link Models#serialLoss}) on the common
 * fork-join pool above {@link ModelThresholds#PARALLEL_MIN_FLOPS}; results are identical either way.
 * For many alpha at one point use {@link #atPoint}.
 *
 * <p>Gradient and Hessian need every \( w_i \ne 0 \); a dead neuron is reported by index.
 * Not thread-safe (scratch space); the serial path allocates nothing once sized for k.
 */
public final class NetworkLoss implements LossEvaluator {
    private final double alpha;
    /** Weights of the linear and ReLU parts, derived ({@link LeakyKernelFrame#linearWeight}, {@code reluWeight}). */
    private final double lin;
    private final double beta;
    private final double[][] teacher;
    private final int d;
    private final ProfileKernel kernel;
    private final double teacherSelf;
    private final StudentPairs pairs;
    private double[] teacherTerms;
    /** Entries of the point whose profiles {@link #pairs} holds (a copy), valid when {@link #loadedValid}. */
    private double[][] loaded;
    private boolean loadedValid;

    /**
     * @param alpha    leaky slope (finite)
     * @param teacher  V, n x d (copied)
     * @param profiles compiled kernel profiles
     */
    public NetworkLoss(double alpha, double[][] teacher, KernelProfiles profiles) {
        this(alpha, teacher, profiles, false);
    }

    /**
     * @param alpha      leaky slope (finite)
     * @param teacher    V, n x d (copied)
     * @param profiles   compiled kernel profiles
     * @param serialOnly every row loop runs on the calling thread, whatever its size: for callers that already
     *                   run one evaluator per core (the census); results are the same bits either way
     */
    public NetworkLoss(double alpha, double[][] teacher, KernelProfiles profiles, boolean serialOnly) {
        this.alpha = Require.finite(alpha, "alpha");
        this.lin = LeakyKernelFrame.linearWeight(alpha);
        this.beta = LeakyKernelFrame.reluWeight(alpha);
        this.teacher = Matrices.copyChecked(teacher, "teacher V");
        this.d = this.teacher[0].length;
        this.kernel = new ProfileKernel(alpha, profiles);
        this.teacherSelf = selfLoss(this.teacher);
        this.pairs = new StudentPairs(this.teacher, profiles, serialOnly);
    }

    /** @return the leaky slope */
    public double alpha() {
        return alpha;
    }

    /** @return a copy of the teacher */
    public double[][] teacher() {
        return Matrices.copy(teacher);
    }

    private double selfLoss(double[][] X) {
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < X.length; i++) {
            sum.add(0.5 * kernel.value(X[i], X[i]));
            for (int l = i + 1; l < X.length; l++) {
                sum.add(kernel.value(X[i], X[l]));
            }
        }
        return sum.value();
    }

    private void checkStudent(double[][] W) {
        Matrices.checkRectangular(W, "student W");
        if (W[0].length != d) {
            throw new InvalidInputException("student W has input dimension " + W[0].length
                    + " but teacher V has " + d + ": rows of both must live in the same R^d");
        }
    }

    private void requireAlive() {
        for (int i = 0; i < pairs.k; i++) {
            if (pairs.normW[i] == 0) {
                throw new InvalidInputException("neuron " + i + " of the student is zero (a dead neuron): the "
                        + "loss has only one-sided derivatives there; use 'escape' for the directional test");
            }
        }
    }

    /** Loads W and fills the pair table. */
    /**
     * Loads W and computes the pair profiles, unless W has the same entries as the point loaded last (compared
     * value by value, so a caller that changed its array in place is never served stale profiles): a gradient
     * after the loss at an accepted line-search trial then costs only the O(k(k+n)d) row sums. The profiles depend
     * only on the entries, so results are identical either way. Cost of the check: O(kd).
     */
    private void prepare(double[][] W) {
        checkStudent(W);
        if (sameAsLoaded(W)) {
            pairs.W = W;
            return;
        }
        loadedValid = false;
        pairs.load(W);
        pairs.computeProfiles();
        if (loaded == null || loaded.length != W.length) {
            loaded = new double[W.length][d];
        }
        for (int i = 0; i < W.length; i++) {
            System.arraycopy(W[i], 0, loaded[i], 0, d);
        }
        loadedValid = true;
    }

    private boolean sameAsLoaded(double[][] W) {
        if (!loadedValid || loaded.length != W.length) {
            return false;
        }
        for (int i = 0; i < W.length; i++) {
            if (!java.util.Arrays.equals(loaded[i], W[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double loss(double[][] W) {
        prepare(W);
        return pairs.studentLoss(lin, beta) + teacherSelf;
    }

    /**
     * The loss split into its two alpha-independent parts:
     * \( L_\alpha = \alpha\, L_{lin} + (1-\alpha)^2 L_{relu} \), where \( L_{lin} = \tfrac12|\sum_i w_i - \sum_j v_j|^2 \)
     * and \( L_{relu} \) is the ReLU loss. One evaluation serves every alpha (see also {@link #atPoint}).
     *
     * @return {@code {L_lin, L_relu}}
     */
    public double[] lossParts(double[][] W) {
        prepare(W);
        double[] acc = new double[2];
        pairs.studentLossParts(acc);
        teacherParts(acc);
        return acc;
    }

    /**
     * Adds the teacher-teacher terms of {L_lin, L_relu} one by one, in the original order (so the sums keep
     * their bits); the n^2 terms are evaluated on first use and cached.
     */
    private void teacherParts(double[] acc) {
        if (teacherTerms == null) {
            teacherTerms = teacherTermsUncached();
        }
        CompensatedSum lin = new CompensatedSum();
        CompensatedSum relu = new CompensatedSum();
        lin.add(acc[0]);
        relu.add(acc[1]);
        for (int t = 0; t < teacherTerms.length; t += 2) {
            lin.add(teacherTerms[t]);
            relu.add(teacherTerms[t + 1]);
        }
        acc[0] = lin.value();
        acc[1] = relu.value();
    }

    private double[] teacherTermsUncached() {
        double[] parts = new double[8];
        double[] terms = new double[2 * teacher.length * teacher.length];
        int count = 0;
        for (double[] a : teacher) {
            for (double[] b : teacher) {
                double na = PairGeometry.norm(a);
                double nb = PairGeometry.norm(b);
                if (na == 0 || nb == 0) {
                    continue;
                }
                kernel.evaluateParts(a, b, parts);
                terms[count++] = 0.5 * na * nb * parts[0];
                terms[count++] = 0.5 * na * nb * parts[4];
            }
        }
        return java.util.Arrays.copyOf(terms, count);
    }

    @Override
    public void gradient(double[][] W, double[] out) {
        lossAndGradient(W, out);
    }

    /**
     * Loss and gradient in one pass (one pair table for both).
     *
     * @param W   student, k x d (read)
     * @param out \( \nabla_W L \), length k*d (written)
     * @return \( L(W) \)
     */
    public double lossAndGradient(double[][] W, double[] out) {
        prepare(W);
        requireAlive();
        int k = pairs.k;
        Require.sameLength(k * d, out.length, "gradient output array");
        // the self term 1/2 grad_w [K(w_i, w_i)] = (c/2) w_i, c derived (LeakyKernelFrame.selfGradient0)
        double self = LeakyKernelFrame.selfGradient0(alpha) / 2;
        Parallel.forRows(k, pairs.work(2.0 * k * (k + pairs.n) * d), pairs.serial, (from, to, s) -> {
            for (int i = from; i < to; i++) {
                pairs.gradientRow(i, lin, beta, self, out);
            }
        });
        return pairs.studentLoss(lin, beta) + teacherSelf;
    }

    @Override
    public void hessian(double[][] W, double[] out) {
        prepare(W);
        requireAlive();
        int k = pairs.k;
        int m = k * d;
        Require.sameLength(m * m, out.length, "Hessian output array");
        // the self term 1/2 Hess_w [K(w_i, w_i)] = (c_I/2) I, c_I derived (LeakyKernelFrame.selfHessianIdentity)
        double self = LeakyKernelFrame.selfHessianIdentity(alpha) / 2;
        Parallel.forRows(k, pairs.work(4.0 * k * (k + pairs.n) * d * d), pairs.serial, (from, to, s) -> {
            for (int i = from; i < to; i++) {
                HessianRows.rowBlock(pairs, i, lin, beta, self, out, s);
            }
        });
    }

    /**
     * Hessian-vector product \( H(W)\,U \) without forming H (block formulas of {@link HessianRows}),
     * O(k(k+n)d) flops instead of O(k(k+n)d^2).
     *
     * @param W   student, k x d (read)
     * @param u   direction U, flat k*d, index i*d + c (read)
     * @param out \( H U \), flat k*d (written; must not be {@code u})
     */
    public void hessianTimes(double[][] W, double[] u, double[] out) {
        prepare(W);
        requireAlive();
        int k = pairs.k;
        Require.sameLength(k * d, u.length, "direction U");
        Require.sameLength(k * d, out.length, "Hessian-vector output array");
        if (u == out) {
            throw new InvalidInputException("hessianTimes: U and the output are the same array; give two arrays");
        }
        double self = LeakyKernelFrame.selfHessianIdentity(alpha) / 2;
        Parallel.forRows(k, pairs.work(12.0 * k * (k + pairs.n) * d), pairs.serial, (from, to, s) -> {
            for (int i = from; i < to; i++) {
                HessianRows.productRow(pairs, i, lin, beta, self, u, out, s);
            }
        });
    }

    /**
     * The alpha-independent parts of loss, gradient and (optionally) Hessian at W, so that
     * \( L_\alpha = \alpha A + (1-\alpha)^2 B \) costs O(1), the gradient O(kd) and the Hessian O((kd)^2) per alpha.
     *
     * @param W       student, k x d (read; every row non-zero)
     * @param hessian also store the two Hessian parts (2 (kd)^2 doubles)
     */
    public LossAtPoint atPoint(double[][] W, boolean hessian) {
        prepare(W);
        requireAlive();
        int k = pairs.k;
        int m = k * d;
        double[] acc = new double[2];
        pairs.studentLossParts(acc);
        teacherParts(acc);
        double[] gradLin = new double[m];
        double[] gradRelu = new double[m];
        double selfLin = pairs.selfParts[0];
        double selfRelu = pairs.selfParts[4];
        Parallel.forRows(k, pairs.work(4.0 * k * (k + pairs.n) * d), pairs.serial, (from, to, s) -> {
            for (int i = from; i < to; i++) {
                pairs.gradientRow(i, 1, 0, selfLin, gradLin);
                pairs.gradientRow(i, 0, 1, selfRelu, gradRelu);
            }
        });
        double[] hLin = hessian ? new double[m * m] : new double[0];
        double[] hRelu = hessian ? new double[m * m] : new double[0];
        if (hessian) {
            Parallel.forRows(k, pairs.work(8.0 * k * (k + pairs.n) * d * d), pairs.serial, (from, to, s) -> {
                for (int i = from; i < to; i++) {
                    HessianRows.rowBlock(pairs, i, 1, 0, selfLin, hLin, s);
                    HessianRows.rowBlock(pairs, i, 0, 1, selfRelu, hRelu, s);
                }
            });
        }
        return new LossAtPoint(k, d, acc[0], acc[1], gradLin, gradRelu, hessian, hLin, hRelu);
    }
}
