package org.landscape.model;

/**
 * Numeric evaluation of the Gaussian leaky-ReLU kernel
 * \( K_\alpha(w,v) = E[\sigma_\alpha(w\cdot x)\,\sigma_\alpha(v\cdot x)] \), \( x \sim N(0, I_d) \)
 * (MATH.md section 2), and of its first and second derivatives in its arguments.
 *
 * <p>Arrays: {@code w}, {@code v} are read; {@code out} is written. Matrices are flat,
 * row-major, {@code d*d}. Derivatives need {@code w != 0} (and {@code v != 0} for the mixed block).
 */
public interface KernelEvaluator {

    /** @return the leaky slope \( \alpha \) */
    double alpha();

    /** @return \( K_\alpha(w, v) \) */
    double value(double[] w, double[] v);

    /** Writes \( \nabla_w K_\alpha(w, v) \) (length d) into {@code out}. */
    void gradientW(double[] w, double[] v, double[] out);

    /** Writes \( \partial^2 K / \partial w_r \partial w_c \) into {@code out[r*d + c]}. */
    void hessianWW(double[] w, double[] v, double[] out);

    /** Writes \( \partial^2 K / \partial w_r \partial v_c \) into {@code out[r*d + c]}. */
    void hessianWV(double[] w, double[] v, double[] out);
}
