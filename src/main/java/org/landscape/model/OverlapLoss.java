package org.landscape.model;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.compile.KernelProfiles;
import org.landscape.compile.generated.LeakyKernelFrame;

/**
 * The loss and its gradient in overlap form (summary statistics of Huang, Loureiro and Sarao Mannelli;
 * MATH.md section 3): everything is computed from \( Q = WW^T \) (k x k), \( M = WV^T \) (k x n) and the
 * fixed \( P = VV^T \), with \( |w_i| = \sqrt{Q_{ii}} \), \( \cos\theta_{il} = Q_{il}/\sqrt{Q_{ii}Q_{ll}} \),
 * \( \cos\theta_{ij} = M_{ij}/\sqrt{Q_{ii}P_{jj}} \):
 * \[ L = \tfrac{1+\alpha^2}{4}\sum_i Q_{ii} + \sum_{i<l} |w_i||w_l|\,g(\theta_{il}) - \sum_{i,j} |w_i||v_j|\,g(\theta_{ij}) + L_P . \]
 * By the chain rule through Q and M, with \( \nabla_w K(w, x) = |x|(c_0 \hat w + c_1 \hat x) \) (the derived
 * coefficients of {@link LeakyKernelFrame}, structure in {@link FrameStructure}; today \( c_0 = s \), \( c_1 = h' \)):
 * \[ \nabla_W L = \mathrm{diag}(c)\,W + A\,W - B\,V,\quad c_i = \tfrac{1+\alpha^2}{2} + \sum_{l \ne i}\tfrac{|w_l|}{|w_i|} s_{il}
 *    - \sum_j \tfrac{|v_j|}{|w_i|} s_{ij},\ A_{il} = h'_{il}\ (l \ne i),\ B_{ij} = h'_{ij}, \]
 * i.e. \( \nabla_W L = 2\,(\partial L/\partial Q)\,W + (\partial L/\partial M)\,V \) with symmetric \( \partial L/\partial Q \).
 * Cost: \( Q \) and \( M \) take k(k+n)d multiply-adds, the gradient another k(k+n)d, all in
 * vectorisable axpy loops; only k(k+n) angles and profile calls. Preferable when \( d \gg k, n \).
 *
 * <p>Accuracy: the angle comes from a rounded cosine, \( \theta = \arccos u \), so for a nearly parallel
 * or antiparallel pair \( \theta \) has an absolute error of about \( \sqrt{2\epsilon} \approx 2\cdot 10^{-8} \)
 * (the Kahan angle of {@link NetworkLoss} keeps full relative accuracy). Since \( h \) has a bounded
 * derivative in u, the loss keeps an absolute error of order \( \epsilon \sum|w_i||x_j| \); the gradient, through
 * \( h'(u) \sim \sqrt{1-u} \), can be off by about \( 10^{-8} |x_j| \) per nearly parallel pair. Use it at generic
 * points (training, sweeps, large d), and {@link NetworkLoss} near the global minimum W = V and for Newton.
 * Not thread-safe (scratch).
 */
public final class OverlapLoss {
    static {
        FrameStructure.require();
    }

    private final double alpha;
    /** Weights of the linear and ReLU parts, derived ({@link LeakyKernelFrame#linearWeight}, {@code reluWeight}). */
    private final double lin;
    private final double beta;
    private final double[][] teacher;
    private final int n;
    private final int d;
    private final KernelProfiles profiles;
    private final double[] normV;
    private final double teacherSelf;
    private final double[] prof = new double[8];
    private final double[] pairOut = new double[4];
    /** Scratch sized for the last k (no allocation per call once sized). */
    private double[][] q;
    private double[][] m;
    private double[] norm;
    private double[] c;

    /**
     * @param alpha    leaky slope (finite)
     * @param teacher  V, n x d (copied)
     * @param profiles kernel profiles
     */
    public OverlapLoss(double alpha, double[][] teacher, KernelProfiles profiles) {
        this.alpha = Require.finite(alpha, "alpha");
        this.lin = LeakyKernelFrame.linearWeight(alpha);
        this.beta = LeakyKernelFrame.reluWeight(alpha);
        this.teacher = Matrices.copyChecked(teacher, "teacher V");
        this.n = this.teacher.length;
        this.d = this.teacher[0].length;
        this.profiles = profiles;
        this.normV = new double[n];
        for (int j = 0; j < n; j++) {
            normV[j] = PairGeometry.norm(this.teacher[j]);
        }
        // the constant teacher term with the Kahan angle (it never enters the gradient)
        ProfileKernel kernel = new ProfileKernel(alpha, profiles);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 0.5 * kernel.value(this.teacher[i], this.teacher[i]);
            for (int l = i + 1; l < n; l++) {
                sum += kernel.value(this.teacher[i], this.teacher[l]);
            }
        }
        this.teacherSelf = sum;
    }

    /** @return the leaky slope */
    public double alpha() {
        return alpha;
    }

    /** @return \( L(W) \) from the overlaps (W read) */
    public double loss(double[][] W) {
        return evaluate(W, null);
    }

    /**
     * @param W   student k x d (read; rows non-zero for the gradient)
     * @param out \( \nabla_W L \), flat k*d, index i*d + c (written)
     * @return \( L(W) \)
     */
    public double lossAndGradient(double[][] W, double[] out) {
        Require.sameLength(W.length * d, out.length, "gradient output array");
        return evaluate(W, out);
    }

    /**
     * Writes g, h', s (combined with alpha) at cosine {@code u}: \( \theta = \arccos u \) for \( u \ge 0 \),
     * else \( \varphi = \arccos(-u) \) near \( \pi \).
     */
    /** Writes the combined profiles {g, h', s, t} at \( \theta = \arccos u \) into {@code out4}. */
    private void profilesAt(double u, double[] out4) {
        u = Math.max(-1, Math.min(1, u));
        if (u >= 0) {
            profiles.nearZero(Math.acos(u), prof);
        } else {
            profiles.nearPi(Math.acos(-u), prof);
        }
        out4[0] = lin * prof[0] + beta * prof[4];
        out4[1] = lin * prof[1] + beta * prof[5];
        out4[2] = lin * prof[2] + beta * prof[6];
        out4[3] = lin * prof[3] + beta * prof[7];
    }

    private double evaluate(double[][] W, double[] grad) {
        Matrices.checkRectangular(W, "student W");
        if (W[0].length != d) {
            throw new InvalidInputException("student W has input dimension " + W[0].length
                    + " but teacher V has " + d + ": rows of both must live in the same R^d");
        }
        int k = W.length;
        if (q == null || q.length != k) {
            q = new double[k][k];
            m = new double[k][n];
            norm = new double[k];
            c = new double[k];
        }
        double[][] q = this.q;
        double[][] m = this.m;
        double[] norm = this.norm;
        double[] c = this.c;
        java.util.Arrays.fill(c, 0);
        overlaps(W, q, m);
        for (int i = 0; i < k; i++) {
            norm[i] = Math.sqrt(q[i][i]);
            if (grad != null && norm[i] == 0) {
                throw new InvalidInputException("neuron " + i + " of the student is zero (a dead neuron): the "
                        + "loss has only one-sided derivatives there; use 'escape' for the directional test");
            }
        }
        // 1/2 grad_w [K(w_i, w_i)] = (c/2) w_i and K(w_i, w_i) = (c/2) |w_i|^2, c derived
        double self = LeakyKernelFrame.selfGradient0(alpha) / 2;
        double loss = 0;
        // reuse q and m to hold the gradient coefficients A = h' (zero diagonal) and B = h'
        for (int i = 0; i < k; i++) {
            loss += 0.5 * self * q[i][i];
            c[i] += self;
            for (int l = i + 1; l < k; l++) {
                double hp = 0;
                if (norm[i] > 0 && norm[l] > 0) {
                    profilesAt(q[i][l] / (norm[i] * norm[l]), pairOut);
                    loss += norm[i] * norm[l] * pairOut[0];
                    hp = LeakyKernelFrame.gradient1(pairOut[0], pairOut[1], pairOut[2], pairOut[3]);
                    if (grad != null) {
                        double cw = LeakyKernelFrame.gradient0(pairOut[0], pairOut[1], pairOut[2], pairOut[3]);
                        c[i] += norm[l] / norm[i] * cw;
                        c[l] += norm[i] / norm[l] * cw;
                    }
                }
                q[i][l] = hp;
                q[l][i] = hp;
            }
            q[i][i] = 0;
            for (int j = 0; j < n; j++) {
                double hp = 0;
                if (norm[i] > 0 && normV[j] > 0) {
                    profilesAt(m[i][j] / (norm[i] * normV[j]), pairOut);
                    loss -= norm[i] * normV[j] * pairOut[0];
                    hp = LeakyKernelFrame.gradient1(pairOut[0], pairOut[1], pairOut[2], pairOut[3]);
                    if (grad != null) {
                        c[i] -= normV[j] / norm[i] * LeakyKernelFrame.gradient0(pairOut[0], pairOut[1], pairOut[2],
                                pairOut[3]);
                    }
                }
                m[i][j] = hp;
            }
        }
        if (grad != null) {
            for (int i = 0; i < k; i++) {
                int o = i * d;
                double[] wi = W[i];
                for (int x = 0; x < d; x++) {
                    grad[o + x] = c[i] * wi[x];
                }
                double[] ai = q[i];
                for (int l = 0; l < k; l++) {
                    double a = ai[l];
                    double[] wl = W[l];
                    for (int x = 0; x < d; x++) {
                        grad[o + x] += a * wl[x];
                    }
                }
                double[] bi = m[i];
                for (int j = 0; j < n; j++) {
                    double b = -bi[j];
                    double[] vj = teacher[j];
                    for (int x = 0; x < d; x++) {
                        grad[o + x] += b * vj[x];
                    }
                }
            }
        }
        return loss + teacherSelf;
    }

    /** \( Q = WW^T \) (upper triangle mirrored) and \( M = WV^T \) by dot products over d. */
    private void overlaps(double[][] W, double[][] q, double[][] m) {
        int k = W.length;
        for (int i = 0; i < k; i++) {
            double[] wi = W[i];
            for (int l = i; l < k; l++) {
                double s = dot(wi, W[l]);
                q[i][l] = s;
                q[l][i] = s;
            }
            for (int j = 0; j < n; j++) {
                m[i][j] = dot(wi, teacher[j]);
            }
        }
    }

    /** Dot product with four independent accumulators (instruction-level parallelism). */
    private static double dot(double[] a, double[] b) {
        int len = a.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int x = 0;
        for (; x + 3 < len; x += 4) {
            s0 += a[x] * b[x];
            s1 += a[x + 1] * b[x + 1];
            s2 += a[x + 2] * b[x + 2];
            s3 += a[x + 3] * b[x + 3];
        }
        for (; x < len; x++) {
            s0 += a[x] * b[x];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
