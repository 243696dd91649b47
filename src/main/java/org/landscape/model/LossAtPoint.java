package org.landscape.model;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.compile.generated.LeakyKernelFrame;

/**
 * The alpha-independent parts of the loss at one student W (MATH.md section 2: only \( a^2, b^2 \) enter):
 * \[ L_\alpha = \alpha\,A + (1-\alpha)^2 B, \quad \nabla L_\alpha = \alpha\,\nabla A + (1-\alpha)^2 \nabla B, \quad
 *    \nabla^2 L_\alpha = \alpha\,\nabla^2 A + (1-\alpha)^2 \nabla^2 B, \]
 * with A the loss of the linear kernel part (\( A = \tfrac12|\sum_i w_i - \sum_j v_j|^2 \)) and B the ReLU loss.
 * The self term fits the same form: \( \tfrac{1+\alpha^2}{2} = \alpha \cdot 1 + (1-\alpha)^2 \cdot \tfrac12 \).
 * Built by {@link NetworkLoss#atPoint}; then a loss costs O(1), a gradient O(kd) and a Hessian O((kd)^2)
 * per alpha. Agrees with {@link NetworkLoss} at that alpha to rounding (a few ulps of the terms combined).
 * Immutable; arrays are copied out.
 */
public final class LossAtPoint {
    private final int k;
    private final int d;
    private final double lossLin;
    private final double lossRelu;
    private final double[] gradLin;
    private final double[] gradRelu;
    private final boolean hasHessian;
    private final double[] hessLin;
    private final double[] hessRelu;

    LossAtPoint(int k, int d, double lossLin, double lossRelu, double[] gradLin, double[] gradRelu,
                boolean hasHessian, double[] hessLin, double[] hessRelu) {
        this.k = k;
        this.d = d;
        this.lossLin = lossLin;
        this.lossRelu = lossRelu;
        this.gradLin = gradLin;
        this.gradRelu = gradRelu;
        this.hasHessian = hasHessian;
        this.hessLin = hessLin;
        this.hessRelu = hessRelu;
    }

    /** @return student width k */
    public int k() {
        return k;
    }

    /** @return input dimension d */
    public int d() {
        return d;
    }

    /** @return {@code {A, B}}: \( L_{lin} \) and \( L_{relu} \) */
    public double[] lossParts() {
        return new double[]{lossLin, lossRelu};
    }

    /** @return \( L_\alpha = \alpha A + (1-\alpha)^2 B \), O(1) */
    public double loss(double alpha) {
        Require.finite(alpha, "alpha");
        return LeakyKernelFrame.linearWeight(alpha) * lossLin + LeakyKernelFrame.reluWeight(alpha) * lossRelu;
    }

    /** Writes \( \nabla L_\alpha \) (length k*d) into {@code out} (written), O(kd). */
    public void gradient(double alpha, double[] out) {
        combine(alpha, gradLin, gradRelu, out, "gradient output array");
    }

    /** @return whether the Hessian parts were stored */
    public boolean hasHessian() {
        return hasHessian;
    }

    /** Writes \( \nabla^2 L_\alpha \) ((kd)^2, row-major) into {@code out} (written), O((kd)^2). */
    public void hessian(double alpha, double[] out) {
        if (!hasHessian) {
            throw new InvalidInputException("this LossAtPoint was built without Hessian parts; "
                    + "call NetworkLoss.atPoint(W, true)");
        }
        combine(alpha, hessLin, hessRelu, out, "Hessian output array");
    }

    private static void combine(double alpha, double[] linPart, double[] relu, double[] out, String what) {
        Require.finite(alpha, "alpha");
        Require.sameLength(linPart.length, out.length, what);
        double lin = LeakyKernelFrame.linearWeight(alpha);
        double beta = LeakyKernelFrame.reluWeight(alpha);
        for (int i = 0; i < out.length; i++) {
            out[i] = lin * linPart[i] + beta * relu[i];
        }
    }
}
