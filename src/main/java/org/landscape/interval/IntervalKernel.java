package org.landscape.interval;

import org.landscape.interval.generated.IntervalKernelFrame;

/**
 * Enclosures of the Gaussian kernel \( K_\alpha(w, v) \) of one pair of boxes and of its derivative blocks
 * \( \nabla_w K \), \( \nabla^2_{ww} K \), \( \nabla^2_{wv} K \) (MATH.md sections 2-3), in any dimension d, for
 * every pair of points of the boxes and every alpha of an interval. The frame of the pair (norms, unit vectors,
 * Kahan angle, normals, profiles) is {@link PairFrame}'s; the coefficients of each block in that frame are the
 * generated {@link IntervalKernelFrame} (printed from the symbolic layer): this class holds only the assembly
 * \( c_I I + \sum_t c_t a_t b_t^T \), no kernel formula. Where the pair can be parallel somewhere in the boxes the
 * normals are undefined and their terms are bounded by \( |c_t| \) ([-1, 1] times the coefficient; L is \( C^2 \)
 * but not \( C^3 \) there).
 *
 * <p>Usage: {@link #set} a pair, then add its blocks into caller arrays ({@code out} written, the boxes read),
 * seen from w or from v (the pair swapped, which serves both rows of a student pair from one frame). The self
 * terms \( K(w, w) \) have their own generated formulas ({@link #selfCoefficient}). Not thread-safe (scratch
 * frame); O(d) per pair plus O(d^2) per Hessian block.
 *
 * @param <T> the enclosure type
 */
public final class IntervalKernel<T extends Enclosure<T>> {
    private final EnclosureField<T> f;
    private final int d;
    private final PairFrame<T> frame;
    private final T[] c;

    /**
     * @param f the arithmetic
     * @param d the dimension of the rows
     */
    public IntervalKernel(EnclosureField<T> f, int d) {
        this.f = f;
        this.d = d;
        this.frame = new PairFrame<>(f, d);
        this.c = f.newArray(4);
    }

    /** @return the dimension d */
    public int dimension() {
        return d;
    }

    /** @return an enclosure of \( |x| \), x = {@code a[off .. off + d)} (read) */
    public T norm(T[] a, int off) {
        return frame.norm(a, off);
    }

    /**
     * Sets the pair (w, v) = ({@code w[wOff..]}, {@code v[vOff..]}) (read) at the slope {@code alpha}, with the
     * enclosures r, rho of their norms; both must exclude 0 (checked by the caller: a row that may vanish is a dead
     * neuron, where the loss has no derivative; a norm enclosing 0 gives unbounded enclosures, never wrong ones).
     */
    public void set(T[] w, int wOff, T[] v, int vOff, T alpha, T r, T rho) {
        frame.set(w, wOff, v, vOff, alpha, r, rho);
    }

    /** @return true if the current pair may be parallel or antiparallel (its normals are only bounded) */
    public boolean degenerate() {
        return frame.degenerate;
    }

    /** @return \( K_\alpha(w, v) \) of the current pair */
    public T value() {
        return IntervalKernelFrame.value(f, frame.x);
    }

    /**
     * Adds \( \pm\nabla_w K(w, v) \) (or, seen from v, \( \pm\nabla_v K(w, v) = \pm\nabla_w K(v, w) \)) of the
     * current pair to {@code out[off .. off + d)} (written).
     */
    public void addGradient(T[] out, int off, boolean fromV, boolean subtract) {
        IntervalKernelFrame.gradient(f, fromV ? frame.swapped : frame.x, c);
        int[] vectors = IntervalKernelFrame.GRADIENT_VECTORS;
        for (int t = 0; t < vectors.length; t++) {
            T[] a = frame.vector(vectors[t], fromV);
            T ct = subtract ? c[t].negate() : c[t];
            for (int q = 0; q < d; q++) {
                out[off + q] = out[off + q].add(ct.multiply(a[q]));
            }
        }
    }

    /**
     * Adds \( \pm\nabla^2_{ww} K \) of the current pair (seen from w, or from v) to the d x d block of
     * {@code out} (row-major, row length {@code stride}) whose top-left entry is {@code out[off]}.
     */
    public void addHessianWW(T[] out, int stride, int off, boolean fromV, boolean subtract) {
        IntervalKernelFrame.hessianWW(f, fromV ? frame.swapped : frame.x, c);
        addBlock(out, stride, off, IntervalKernelFrame.HESSIAN_WW_TERMS, fromV, subtract, false);
    }

    /**
     * Adds \( \nabla^2_{wv} K(w, v) \) of the current pair, or its transpose, to the d x d block of {@code out}
     * (row-major, row length {@code stride}) whose top-left entry is {@code out[off]}.
     */
    public void addHessianWV(T[] out, int stride, int off, boolean transpose) {
        IntervalKernelFrame.hessianWV(f, frame.x, c);
        addBlock(out, stride, off, IntervalKernelFrame.HESSIAN_WV_TERMS, false, false, transpose);
    }

    /**
     * Adds \( \pm (c_I I + \sum_t c_t a_t b_t^T) \) (coefficients in {@link #c}); transposed when asked. Terms in a
     * normal of a degenerate frame are bounded by \( |c_t| \).
     */
    private void addBlock(T[] h, int stride, int off, int[][] terms, boolean fromV, boolean subtract,
                          boolean transpose) {
        T ci = subtract ? c[0].negate() : c[0];
        for (int q = 0; q < d; q++) {
            int a = off + q * stride + q;
            h[a] = h[a].add(ci);
        }
        for (int t = 0; t < terms.length; t++) {
            T ct = subtract ? c[1 + t].negate() : c[1 + t];
            int[] term = terms[t];
            if (frame.degenerate && (PairFrame.isNormal(term[0]) || PairFrame.isNormal(term[1]))) {
                T bound = f.bounded(ct.value().multiply(Interval.of(-1, 1)));
                for (int r = 0; r < d; r++) {
                    for (int s = 0; s < d; s++) {
                        int a = off + r * stride + s;
                        h[a] = h[a].add(bound);
                    }
                }
                continue;
            }
            T[] left = frame.vector(term[0], fromV);
            T[] right = frame.vector(term[1], fromV);
            for (int r = 0; r < d; r++) {
                T cl = ct.multiply(left[r]);
                for (int s = 0; s < d; s++) {
                    int a = transpose ? off + s * stride + r : off + r * stride + s;
                    h[a] = h[a].add(cl.multiply(right[s]));
                }
            }
        }
    }

    /**
     * @param alpha the slope
     * @return \( K_\alpha(x, x)/|x|^2 = (1 + \alpha^2)/2 \), from the generated self-value formula at \( |x| = 1 \):
     *         \( K(x,x) = c|x|^2 \), \( \nabla_x \tfrac12 K(x,x) = c\,x \), \( \nabla^2_x \tfrac12 K(x,x) = c\,I \)
     */
    public T selfCoefficient(T alpha) {
        T[] x = f.newArray(8);
        x[0] = f.of(1);
        x[7] = alpha;
        return IntervalKernelFrame.selfValue(f, x);
    }
}
