package org.landscape.proof;

import org.landscape.interval.Enclosure;
import org.landscape.interval.EnclosureField;
import org.landscape.interval.IntervalKernel;
import org.landscape.reduced.OrbitArithmetic;
import org.landscape.reduced.OrbitReducedLoss;

import java.util.HashMap;
import java.util.Map;

/**
 * The orbit sums of {@code reduced.OrbitSumEvaluator} in an enclosure arithmetic (double intervals, or
 * {@code BigInterval} for thin high-precision evaluations): vectors are arrays of enclosures, the embedding weights
 * \( \sqrt{n_g - s} \) are enclosed square roots of exact integers, the kernel terms of the representative pair come
 * from the generated interval kernel ({@link IntervalKernel}: profiles and frame assembly printed from the symbolic
 * layer) in the embedding's dimension, and every coefficient (orbit size, 1/2, -1) is lifted exactly. So each sum
 * encloses the exact orbit sum for every point of the box of orbit values and every alpha of the interval.
 *
 * <p>Zero tests: a row whose entries all contain 0 may be the zero vector (a dead neuron somewhere in the box:
 * {@link Zero#POSSIBLY}), which the orbit sums refuse for derivatives. A pair with an exactly zero row has kernel
 * value 0 (positive homogeneity). Not thread-safe (the current pair).
 *
 * @param <T> the enclosure type
 */
final class EnclosedOrbitArithmetic<T extends Enclosure<T>>
        implements OrbitArithmetic<T[], EnclosedOrbitArithmetic.Sums<T>> {
    private final EnclosureField<T> f;
    private final T alpha;
    private final T c0;
    private final T zero;
    private final Map<Integer, IntervalKernel<T>> kernels = new HashMap<>();
    private IntervalKernel<T> kernel;
    private boolean vanishing;
    private int dim;

    /**
     * @param f     the arithmetic
     * @param alpha the slope (an enclosure: the sums hold for every alpha in it)
     */
    EnclosedOrbitArithmetic(EnclosureField<T> f, T alpha) {
        this.f = f;
        this.alpha = alpha;
        this.zero = f.of(0);
        this.c0 = new IntervalKernel<>(f, 1).selfCoefficient(alpha);
    }

    @Override
    public T[] vector(int n) {
        T[] v = f.newArray(n);
        java.util.Arrays.fill(v, zero);
        return v;
    }

    @Override
    public T[] constants(double[] x) {
        T[] v = f.newArray(x.length);
        for (int i = 0; i < x.length; i++) {
            v[i] = f.of(x[i]);
        }
        return v;
    }

    @Override
    public T[] roots(double[] squares) {
        T[] v = f.newArray(squares.length);
        for (int c = 0; c < v.length; c++) {
            v[c] = squares[c] == 1 ? f.of(1) : f.of(squares[c]).sqrt();
        }
        return v;
    }

    @Override
    public T[] embed(T[] values, int[] index, T[] weights) {
        T[] out = f.newArray(index.length);
        for (int c = 0; c < out.length; c++) {
            out[c] = weights[c].multiply(values[index[c]]);
        }
        return out;
    }

    @Override
    public Zero zero(T[] x) {
        boolean exact = true;
        for (T e : x) {
            if (!e.value().containsZero()) {
                return Zero.NO;
            }
            exact &= e.value().lo() == 0 && e.value().hi() == 0;
        }
        return exact ? Zero.YES : Zero.POSSIBLY;
    }

    @Override
    public void pair(T[] x, T[] y) {
        dim = x.length;
        vanishing = zero(x) == Zero.YES || zero(y) == Zero.YES;
        if (vanishing) {
            return;
        }
        kernel = kernels.computeIfAbsent(dim, n -> new IntervalKernel<>(f, n));
        kernel.set(x, 0, y, 0, alpha, kernel.norm(x, 0), kernel.norm(y, 0));
    }

    @Override
    public T[] value() {
        T[] v = f.newArray(1);
        v[0] = vanishing ? zero : kernel.value();
        return v;
    }

    @Override
    public T[] gradient() {
        T[] g = vector(dim);
        kernel.addGradient(g, 0, false, false);
        return g;
    }

    @Override
    public T[] hessianWW() {
        T[] h = vector(dim * dim);
        kernel.addHessianWW(h, dim, 0, false, false);
        return h;
    }

    @Override
    public T[] hessianWV() {
        T[] h = vector(dim * dim);
        kernel.addHessianWV(h, dim, 0, false);
        return h;
    }

    @Override
    public SelfTerms<T[]> selfTerms(T[] x, OrbitReducedLoss.Order order) {
        int n = x.length;
        T s = zero;
        for (T e : x) {
            s = s.add(e.square());
        }
        T[] value = f.newArray(1);
        value[0] = f.of(0.5).multiply(c0).multiply(s);
        T[] g = null;
        T[] h = null;
        if (order != OrbitReducedLoss.Order.LOSS) {
            g = f.newArray(n);
            for (int c = 0; c < n; c++) {
                g[c] = c0.multiply(x[c]);
            }
        }
        if (order == OrbitReducedLoss.Order.HESSIAN) {
            h = vector(n * n);
            for (int c = 0; c < n; c++) {
                h[c * n + c] = c0;
            }
        }
        return new SelfTerms<>(value, g, h);
    }

    @Override
    public T[] contract(T[] g, T[] weights, int[] slot, int slots) {
        T[] out = vector(slots);
        for (int c = 0; c < g.length; c++) {
            out[slot[c]] = out[slot[c]].add(g[c].multiply(weights[c]));
        }
        return out;
    }

    @Override
    public T[] contract(T[] h, T[] weights, int[] rows, int rowSlots, int[] cols, int colSlots) {
        int n = weights.length;
        T[] out = vector(rowSlots * colSlots);
        for (int r = 0; r < n; r++) {
            T[] t = vector(colSlots);
            for (int c = 0; c < n; c++) {
                t[cols[c]] = t[cols[c]].add(h[r * n + c].multiply(weights[c]));
            }
            int a = rows[r] * colSlots;
            for (int b = 0; b < colSlots; b++) {
                out[a + b] = out[a + b].add(weights[r].multiply(t[b]));
            }
        }
        return out;
    }

    @Override
    public Sums<T> sums(int m, boolean gradient, boolean hessian) {
        return new Sums<>(f, m, gradient, hessian);
    }

    /**
     * Enclosures of the loss, \( DL[E_o] \) and \( D^2L[E_a, E_b] \) (the Hessian as accumulated: both
     * \( (a, b) \) and \( (b, a) \) enclose the same symmetric value).
     *
     * @param <T> the enclosure type
     */
    static final class Sums<T extends Enclosure<T>> implements OrbitArithmetic.Sums<T[]> {
        private final EnclosureField<T> f;
        private T loss;
        private final T[] gradient;
        private final T[][] hessian;

        Sums(EnclosureField<T> f, int m, boolean grad, boolean hess) {
            this.f = f;
            T z = f.of(0);
            loss = z;
            gradient = f.newArray(grad ? m : 0);
            java.util.Arrays.fill(gradient, z);
            @SuppressWarnings("unchecked")
            T[][] h = (T[][]) java.lang.reflect.Array.newInstance(gradient.getClass(), hess ? m : 0);
            for (int a = 0; a < h.length; a++) {
                h[a] = f.newArray(m);
                java.util.Arrays.fill(h[a], z);
            }
            hessian = h;
        }

        @Override
        public void addLoss(double c, T[] x, int i) {
            loss = loss.add(f.of(c).multiply(x[i]));
        }

        @Override
        public void addGradient(int o, double c, T[] x, int i) {
            gradient[o] = gradient[o].add(f.of(c).multiply(x[i]));
        }

        @Override
        public void addHessian(int a, int b, double c, T[] x, int i) {
            hessian[a][b] = hessian[a][b].add(f.of(c).multiply(x[i]));
        }

        /** @return the loss enclosure */
        T loss() {
            return loss;
        }

        /** @return \( DL[E_o] \) (the array itself: a view) */
        T[] gradient() {
            return gradient;
        }

        /** @return \( D^2L[E_a, E_b] \) as accumulated (a view) */
        T[][] hessian() {
            return hessian;
        }
    }
}
