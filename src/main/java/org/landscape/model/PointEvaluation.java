package org.landscape.model;

import org.landscape.base.Require;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The loss \( L = \tfrac12 E[(f_W - f_V)^2] \), its gradient (index \( i d + c \)) and its Hessian (row-major
 * \( (kd) \times (kd) \)) at one student W, with the dead neurons (\( w_i = 0 \)) by index. Gradient and Hessian
 * exist only when no neuron is dead; the Hessian only when it was asked for. The arrays are views (not copied).
 *
 * @param alpha       the leaky slope
 * @param k           student width
 * @param d           input dimension
 * @param loss        the loss
 * @param gradient    \( \nabla L \), length kd
 * @param hessian     \( \nabla^2 L \), length \( (kd)^2 \)
 * @param deadNeurons indices i with \( w_i = 0 \), ascending
 */
public record PointEvaluation(double alpha, int k, int d, double loss, Optional<double[]> gradient,
                              Optional<double[]> hessian, List<Integer> deadNeurons) {
    public PointEvaluation {
        deadNeurons = List.copyOf(deadNeurons);
    }

    /**
     * Evaluates {@code loss} at {@code w} (read). Cost: \( O(k(k+n)d) \) for loss and gradient, \( O((kd)^2) \)
     * more for the Hessian.
     *
     * @param withHessian also compute the Hessian (when no neuron is dead)
     * @throws org.landscape.base.InvalidInputException if a computed value is not finite
     */
    public static PointEvaluation of(NetworkLoss loss, double alpha, double[][] w, boolean withHessian) {
        int k = w.length;
        int d = w[0].length;
        double value = Require.finiteResult(loss.loss(w), "the loss");
        List<Integer> dead = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            boolean zero = true;
            for (double x : w[i]) {
                zero &= x == 0;
            }
            if (zero) {
                dead.add(i);
            }
        }
        Optional<double[]> grad = Optional.empty();
        Optional<double[]> hess = Optional.empty();
        if (dead.isEmpty()) {
            double[] g = new double[k * d];
            loss.gradient(w, g);
            grad = Optional.of(Require.finiteResult(g, "the gradient"));
            if (withHessian) {
                double[] h = new double[k * d * k * d];
                loss.hessian(w, h);
                hess = Optional.of(Require.finiteResult(h, "the Hessian"));
            }
        }
        return new PointEvaluation(alpha, k, d, value, grad, hess, dead);
    }
}
