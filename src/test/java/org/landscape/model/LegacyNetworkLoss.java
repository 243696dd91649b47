package org.landscape.model;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.compile.KernelProfiles;

/** Verbatim copy of NetworkLoss as of a439374 (before the performance work): the exact-regression reference.
 * Population loss of a student of width k against a fixed teacher V (n x d), MATH.md section 3:
 * \[ L = \tfrac12 \sum_{i,j} K(w_i,w_j) - \sum_{i,j} K(w_i,v_j) + \tfrac12 \sum_{i,j} K(v_i,v_j), \]
 * with gradient \( \nabla_{w_i} L = \tfrac{1+\alpha^2}{2} w_i + \sum_{l\ne i} \nabla_w K(w_i,w_l)
 * - \sum_j \nabla_w K(w_i, v_j) \) and Hessian blocks
 * \( H_{ii} = \tfrac{1+\alpha^2}{2} I + \sum_{l \ne i} \nabla^2_{ww}K(w_i,w_l) - \sum_j \nabla^2_{ww}K(w_i,v_j) \),
 * \( H_{il} = \nabla^2_{wv} K(w_i, w_l) \) (\( l \ne i \)).
 * Normalisation: \( L = \frac12 E[(f_W - f_V)^2] \) (Arjevani-Field).
 *
 * <p>Gradient and Hessian need every \( w_i \ne 0 \); a dead neuron is reported by index.
 * Not thread-safe (scratch space). Cost: O((k+n)^2 d) for loss and gradient, O(k (k+n) d^2) for the Hessian.
 */
final class LegacyNetworkLoss implements LossEvaluator {
    private final double alpha;
    private final double[][] teacher;
    private final int d;
    private final LegacyProfileKernel kernel;
    private final double teacherSelf;
    private final double[] parts = new double[8];

    /**
     * @param alpha    leaky slope (finite)
     * @param teacher  V, n x d (copied)
     * @param profiles compiled kernel profiles
     */
    LegacyNetworkLoss(double alpha, double[][] teacher, KernelProfiles profiles) {
        this.alpha = Require.finite(alpha, "alpha");
        this.teacher = Matrices.copyChecked(teacher, "teacher V");
        this.d = this.teacher[0].length;
        this.kernel = new LegacyProfileKernel(alpha, profiles);
        this.teacherSelf = selfLoss(this.teacher);
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
        double sum = 0;
        for (int i = 0; i < X.length; i++) {
            sum += 0.5 * kernel.value(X[i], X[i]);
            for (int l = i + 1; l < X.length; l++) {
                sum += kernel.value(X[i], X[l]);
            }
        }
        return sum;
    }

    private void checkStudent(double[][] W) {
        Matrices.checkRectangular(W, "student W");
        if (W[0].length != d) {
            throw new InvalidInputException("student W has input dimension " + W[0].length
                    + " but teacher V has " + d + ": rows of both must live in the same R^d");
        }
    }

    private void requireAlive(double[][] W) {
        for (int i = 0; i < W.length; i++) {
            if (LegacyPairGeometry.norm(W[i]) == 0) {
                throw new InvalidInputException("neuron " + i + " of the student is zero (a dead neuron): the "
                        + "loss has only one-sided derivatives there; use 'escape' for the directional test");
            }
        }
    }

    @Override
    public double loss(double[][] W) {
        checkStudent(W);
        double cross = 0;
        for (double[] w : W) {
            for (double[] v : teacher) {
                cross += kernel.value(w, v);
            }
        }
        return selfLoss(W) - cross + teacherSelf;
    }

    /**
     * The loss split into its two alpha-independent parts:
     * \( L_\alpha = \alpha\, L_{lin} + (1-\alpha)^2 L_{relu} \), where \( L_{lin} = \tfrac12|\sum_i w_i - \sum_j v_j|^2 \)
     * and \( L_{relu} \) is the ReLU loss. One evaluation serves every alpha.
     *
     * @return {@code {L_lin, L_relu}}
     */
    public double[] lossParts(double[][] W) {
        checkStudent(W);
        double[] acc = new double[2];
        accumulateParts(W, W, 0.5, acc);
        accumulateParts(W, teacher, -1, acc);
        accumulateParts(teacher, teacher, 0.5, acc);
        return acc;
    }

    private void accumulateParts(double[][] A, double[][] B, double scale, double[] acc) {
        for (double[] a : A) {
            for (double[] b : B) {
                double na = LegacyPairGeometry.norm(a);
                double nb = LegacyPairGeometry.norm(b);
                if (na == 0 || nb == 0) {
                    continue;
                }
                kernel.evaluateParts(a, b, parts);
                acc[0] += scale * na * nb * parts[0];
                acc[1] += scale * na * nb * parts[4];
            }
        }
    }

    @Override
    public void gradient(double[][] W, double[] out) {
        checkStudent(W);
        requireAlive(W);
        int k = W.length;
        Require.sameLength(k * d, out.length, "gradient output array");
        double self = (1 + alpha * alpha) / 2;
        for (int i = 0; i < k; i++) {
            int o = i * d;
            for (int c = 0; c < d; c++) {
                out[o + c] = self * W[i][c];
            }
            for (int l = 0; l < k; l++) {
                if (l != i) {
                    addGradient(W[i], W[l], 1, out, o);
                }
            }
            for (double[] v : teacher) {
                addGradient(W[i], v, -1, out, o);
            }
        }
    }

    private void addGradient(double[] w, double[] v, double scale, double[] out, int offset) {
        if (LegacyPairGeometry.norm(v) == 0) {
            return;
        }
        LegacyPairGeometry pg = kernel.evaluate(w, v);
        double f = scale * pg.normV;
        for (int c = 0; c < d; c++) {
            out[offset + c] += f * (kernel.s * pg.wHat[c] + kernel.hp * pg.vHat[c]);
        }
    }

    @Override
    public void hessian(double[][] W, double[] out) {
        checkStudent(W);
        requireAlive(W);
        int k = W.length;
        int m = k * d;
        Require.sameLength(m * m, out.length, "Hessian output array");
        java.util.Arrays.fill(out, 0);
        double self = (1 + alpha * alpha) / 2;
        for (int i = 0; i < k; i++) {
            int diag = (i * d) * m + i * d;
            for (int c = 0; c < d; c++) {
                out[diag + c * m + c] = self;
            }
            for (int l = 0; l < k; l++) {
                if (l == i) {
                    continue;
                }
                LegacyPairGeometry pg = kernel.evaluate(W[i], W[l]);
                kernel.addHessianWW(pg, 1, out, diag, m);
                if (l > i) {
                    kernel.addHessianWV(pg, 1, out, (i * d) * m + l * d, m, true);
                }
            }
            for (double[] v : teacher) {
                if (LegacyPairGeometry.norm(v) == 0) {
                    continue;
                }
                LegacyPairGeometry pg = kernel.evaluate(W[i], v);
                kernel.addHessianWW(pg, -1, out, diag, m);
            }
        }
        // lower blocks by symmetry: H_{li} = H_{il}^T
        for (int i = 0; i < k; i++) {
            for (int l = i + 1; l < k; l++) {
                for (int r = 0; r < d; r++) {
                    for (int c = 0; c < d; c++) {
                        out[(l * d + c) * m + i * d + r] = out[(i * d + r) * m + l * d + c];
                    }
                }
            }
        }
    }
}
