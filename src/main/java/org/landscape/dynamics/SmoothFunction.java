package org.landscape.dynamics;

import org.landscape.analysis.Linear;

/**
 * A twice-differentiable function on \( R^m \) with its gradient and Hessian (flat, row-major), the interface
 * through which {@link GdStability} and the flows see a loss. Arrays: {@code x} read, {@code out} written.
 */
public interface SmoothFunction {
    /** @return m */
    int dimension();

    /** @return f(x) */
    double value(double[] x);

    /** Writes \( \nabla f(x) \) into {@code out}. */
    void gradient(double[] x, double[] out);

    /** Writes \( \nabla^2 f(x) \) (m x m, row-major) into {@code out}. */
    void hessian(double[] x, double[] out);

    /** @return the population loss of a student of shape k x d as a function of the flattened W (index i*d + c) */
    static SmoothFunction ofLoss(org.landscape.model.NetworkLoss loss, int k, int d) {
        return new SmoothFunction() {
            @Override
            public int dimension() {
                return k * d;
            }

            @Override
            public double value(double[] x) {
                return loss.loss(Linear.unflatten(x, k, d));
            }

            @Override
            public void gradient(double[] x, double[] out) {
                loss.gradient(Linear.unflatten(x, k, d), out);
            }

            @Override
            public void hessian(double[] x, double[] out) {
                loss.hessian(Linear.unflatten(x, k, d), out);
            }
        };
    }
}
