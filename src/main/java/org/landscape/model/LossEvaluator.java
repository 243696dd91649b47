package org.landscape.model;

/**
 * The population loss \( L(W; V, \alpha) = \tfrac12 E[(f_W(x) - f_V(x))^2] \) (Arjevani-Field
 * normalisation, MATH.md section 1) of a student {@code W} (k x d, rows are neurons) against a fixed
 * teacher, with its gradient and Hessian in {@code W}.
 *
 * <p>Flat layouts: the gradient has index {@code i*d + c} (neuron i, coordinate c); the Hessian is
 * {@code (k d) x (k d)}, row-major, symmetric. Gradient and Hessian need every {@code w_i != 0}.
 */
public interface LossEvaluator {

    /** @return \( L(W) \) (read {@code W}) */
    double loss(double[][] W);

    /** Writes \( \nabla_W L \) (length k*d) into {@code out}. */
    void gradient(double[][] W, double[] out);

    /** Writes the Hessian \( \nabla^2_W L \) (length (kd)^2, row-major) into {@code out}. */
    void hessian(double[][] W, double[] out);
}
