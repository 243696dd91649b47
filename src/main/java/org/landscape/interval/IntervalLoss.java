package org.landscape.interval;

import org.landscape.base.InvalidInputException;
import org.landscape.interval.generated.IntervalKernelFrame;

/**
 * Enclosures of the population loss, its gradient and its Hessian over a box of weights and an interval of alpha
 * (MATH.md section 3; normalisation \( L = \tfrac12 E[(f_W - f_V)^2] \)):
 * \[ L = \sum_{i<l} K(w_i,w_l) + \tfrac12 \sum_i K(w_i,w_i) - \sum_{i,j} K(w_i,v_j)
 *    + \tfrac12 \sum_{j,j'} K(v_j,v_{j'}), \]
 * \( \nabla_{w_i} L = \tfrac12\nabla K(w_i,w_i) + \sum_{l\ne i}\nabla_w K(w_i,w_l) - \sum_j \nabla_w K(w_i,v_j) \),
 * \( H_{ii} = \tfrac12\nabla^2 K(w_i,w_i) + \sum_{l\ne i}\nabla^2_{ww}K(w_i,w_l) - \sum_j\nabla^2_{ww}K(w_i,v_j) \),
 * \( H_{il} = \nabla^2_{wv}K(w_i,w_l) \), \( H_{li} = H_{il}^T \). Each kernel term is assembled by
 * {@link IntervalKernel} (the generated {@link IntervalKernelFrame} in the frame of a pair): this class holds only
 * the sums over pairs, no kernel formula. Valid where every row of the box excludes 0 (else an {@link InvalidInputException} naming the
 * row: the loss is not differentiable at a dead neuron). Where a pair of the box can be parallel the Hessian
 * terms in the normals are bounded, not differentiated (L is \( C^2 \) but not \( C^3 \) there).
 *
 * <p>Weights are flat, row-major: entry \( i d + c \); the Hessian is \( (kd) \times (kd) \), row-major. The
 * teacher is exact (doubles). With {@link IntervalJet} elements every output also encloses its derivatives along
 * the jet's directions (third derivatives of L for a Hessian of jets). Not thread-safe (scratch frame).
 * Cost: \( O(k(k+n)d) \) for the gradient, \( O(k(k+n)d^2) \) enclosure operations for the Hessian.
 *
 * @param <T> the enclosure type
 */
public final class IntervalLoss<T extends Enclosure<T>> {
    /** What to enclose. */
    public enum Order {
        /** The loss only. */
        LOSS,
        /** Loss and gradient. */
        GRADIENT,
        /** Loss, gradient and Hessian. */
        HESSIAN
    }

    /**
     * Enclosures at a box.
     *
     * @param loss     L
     * @param gradient flat kd (empty below {@link Order#GRADIENT})
     * @param hessian  flat (kd)^2 row-major (empty below {@link Order#HESSIAN})
     * @param <T>      the enclosure type
     */
    public record Result<T>(T loss, T[] gradient, T[] hessian) {
    }

    private final EnclosureField<T> f;
    private final double[][] teacher;
    private final int d;
    private final IntervalKernel<T> kernel;
    private final T[] c;
    private final T[] teacherFlat;

    /**
     * @param f       the arithmetic
     * @param teacher V, n x d (read, copied)
     */
    public IntervalLoss(EnclosureField<T> f, double[][] teacher) {
        this.f = f;
        this.teacher = new double[teacher.length][];
        for (int j = 0; j < teacher.length; j++) {
            this.teacher[j] = teacher[j].clone();
        }
        this.d = teacher[0].length;
        this.kernel = new IntervalKernel<>(f, d);
        this.c = f.newArray(4);
        this.teacherFlat = f.newArray(teacher.length * d);
        for (int j = 0; j < teacher.length; j++) {
            for (int q = 0; q < d; q++) {
                teacherFlat[j * d + q] = f.of(teacher[j][q]);
            }
        }
    }

    /** @return the input dimension d */
    public int inputDimension() {
        return d;
    }

    /**
     * @param w     the box of weights, flat k*d (read)
     * @param alpha the slope (read)
     * @param order what to enclose
     * @return the enclosures
     */
    public Result<T> evaluate(T[] w, T alpha, Order order) {
        if (w.length % d != 0 || w.length == 0) {
            throw new InvalidInputException("weights of length " + w.length + " are not k rows of d = " + d);
        }
        int k = w.length / d;
        int kd = k * d;
        int nt = teacher.length;
        boolean grad = order != Order.LOSS;
        boolean hess = order == Order.HESSIAN;
        T zero = f.of(0);
        T half = f.of(0.5);
        T[] g = f.newArray(grad ? kd : 0);
        T[] h = f.newArray(hess ? kd * kd : 0);
        java.util.Arrays.fill(g, zero);
        java.util.Arrays.fill(h, zero);
        T[] rw = f.newArray(k);
        for (int i = 0; i < k; i++) {
            rw[i] = kernel.norm(w, i * d);
            if (rw[i].value().containsZero()) {
                throw new InvalidInputException("row " + i + " of the box contains the zero vector (a dead neuron): "
                        + "the loss is not differentiable there");
            }
        }
        T[] rv = f.newArray(nt);
        for (int j = 0; j < nt; j++) {
            rv[j] = kernel.norm(teacherFlat, j * d);
        }
        T loss = teacherConstant(alpha, rv, half);
        T[] x = f.newArray(8);
        for (int i = 0; i < k; i++) {
            // the self term 1/2 K(w_i, w_i)
            x[0] = rw[i];
            x[7] = alpha;
            loss = loss.add(half.multiply(IntervalKernelFrame.selfValue(f, x)));
            if (grad) {
                T[] unit = f.newArray(d);
                for (int q = 0; q < d; q++) {
                    unit[q] = w[i * d + q].divide(rw[i]);
                }
                IntervalKernelFrame.selfGradient(f, x, c);
                for (int t = 0; t < IntervalKernelFrame.SELF_GRADIENT_VECTORS.length; t++) {
                    T ct = half.multiply(c[t]);
                    for (int q = 0; q < d; q++) {
                        g[i * d + q] = g[i * d + q].add(ct.multiply(unit[q]));
                    }
                }
                if (hess) {
                    IntervalKernelFrame.selfHessian(f, x, c);
                    if (IntervalKernelFrame.SELF_HESSIAN_TERMS.length != 0) {
                        throw new IllegalStateException("self Hessian with frame terms: extend IntervalLoss");
                    }
                    T ci = half.multiply(c[0]);
                    for (int q = 0; q < d; q++) {
                        int a = (i * d + q) * kd + i * d + q;
                        h[a] = h[a].add(ci);
                    }
                }
            }
            for (int l = i + 1; l < k; l++) {
                kernel.set(w, i * d, w, l * d, alpha, rw[i], rw[l]);
                loss = loss.add(kernel.value());
                if (grad) {
                    addGradient(g, i, false, false);
                    addGradient(g, l, true, false);
                }
                if (hess) {
                    addWW(h, kd, i, false, false);
                    addWW(h, kd, l, true, false);
                    addWV(h, kd, i, l);
                }
            }
            for (int j = 0; j < nt; j++) {
                kernel.set(w, i * d, teacherFlat, j * d, alpha, rw[i], rv[j]);
                loss = loss.subtract(kernel.value());
                if (grad) {
                    addGradient(g, i, false, true);
                }
                if (hess) {
                    addWW(h, kd, i, false, true);
                }
            }
        }
        return new Result<>(loss, g, h);
    }

    /** \( \tfrac12 \sum_{j,j'} K(v_j, v_{j'}) \) at the current alpha. */
    private T teacherConstant(T alpha, T[] rv, T half) {
        T s = f.of(0);
        T[] x = f.newArray(8);
        for (int j = 0; j < teacher.length; j++) {
            x[0] = rv[j];
            x[7] = alpha;
            s = s.add(half.multiply(IntervalKernelFrame.selfValue(f, x)));
            for (int l = j + 1; l < teacher.length; l++) {
                kernel.set(teacherFlat, j * d, teacherFlat, l * d, alpha, rv[j], rv[l]);
                s = s.add(kernel.value());
            }
        }
        return s;
    }

    private void addGradient(T[] g, int row, boolean fromV, boolean subtract) {
        kernel.addGradient(g, row * d, fromV, subtract);
    }

    /** Adds \( \pm\nabla^2_{ww} K \) of the current pair (seen from w, or from v) to the diagonal block of row. */
    private void addWW(T[] h, int kd, int row, boolean fromV, boolean subtract) {
        kernel.addHessianWW(h, kd, row * d * kd + row * d, fromV, subtract);
    }

    /** Writes \( H_{il} = \nabla^2_{wv}K(w_i, w_l) \) and its transpose \( H_{li} \) (blocks start at 0). */
    private void addWV(T[] h, int kd, int i, int l) {
        kernel.addHessianWV(h, kd, i * d * kd + l * d, false);
        kernel.addHessianWV(h, kd, l * d * kd + i * d, true);
    }
}
