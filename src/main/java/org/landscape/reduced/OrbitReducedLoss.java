package org.landscape.reduced;

import org.landscape.base.Require;
import org.landscape.model.KernelEvaluator;

/**
 * Loss, gradient and Hessian of \( L(W; V, \alpha) = \tfrac12 \sum_{i,l} K(w_i, w_l) - \sum_{i,j} K(w_i, v_j)
 * + \tfrac12 \sum_{j,j'} K(v_j, v_{j'}) \) (MATH.md section 3) at a point W of \( \mathrm{Fix}(K) \) for a Young-type
 * group K (a {@link YoungShape}), from one representative pair per K-orbit of pairs of rows, weighted by the orbit
 * size: the cost does not depend on k, n or d.
 *
 * <p><b>Orbit sums.</b> For directions \( U, U' \in \mathrm{Fix}(K) \) every summand of
 * \[ DL[U] = \sum_i c_0\, w_i\cdot u_i + \sum_{i \ne l} \nabla_w K(w_i, w_l)\cdot u_i
 *           - \sum_{i,j} \nabla_w K(w_i, v_j)\cdot u_i, \]
 * \[ D^2L[U,U'] = \sum_i c_0\, u_i\cdot u'_i + \sum_{i \ne l} \big(u_i^T \nabla^2_{ww}K(w_i,w_l)\, u'_i
 *        + u_i^T \nabla^2_{wv}K(w_i,w_l)\, u'_l\big) - \sum_{i,j} u_i^T \nabla^2_{ww} K(w_i, v_j)\, u'_i \]
 * (\( c_0 = K(x,x)/|x|^2 \), the kernel profile at \( \theta = 0 \)) is invariant under K acting on the pair
 * (rows and columns permuted together), so each sum is the sum over orbits of ordered pairs of the orbit size times
 * the summand at one representative. The directions are the orbit indicators \( E_o \) (1 on the entries of
 * student orbit o, 0 elsewhere).
 *
 * <p><b>Isometric embedding.</b> For a representative pair, every row involved (the two rows of W or V and the
 * rows of every \( E_o \)) is constant on each column part except at the (at most two) positions of the pair's
 * own factor(s). The map sending a column part of \( n_g \) columns to its special positions plus one coordinate
 * \( \sqrt{n_g - s}\,\times \) (the common value on the remaining \( n_g - s \) columns) preserves all inner products,
 * so the kernel, its gradient and its Hessian blocks, which are invariant under orthogonal maps, are evaluated by
 * the compiled evaluator of {@code model} ({@link KernelEvaluator}, generated from the symbolic derivation) in a
 * space of dimension at most three times the number of column parts: no formula is written a second time here.
 *
 * <p>The summation is {@link OrbitSumEvaluator}, written once for any {@link OrbitArithmetic}; this class runs it in
 * double precision ({@link DoubleOrbitArithmetic}), where every accumulated quantity also accumulates the absolute
 * values of its terms; {@link OrbitSums} turns them into a rounding-error estimate (the interval proofs run the same
 * sums on enclosures). Cost O(P^2 (D^2 + m_P^2)) for P row parts, embedding dimension D and \( m_P \) orbits per
 * row part. Not thread-safe (one kernel evaluator).
 */
public final class OrbitReducedLoss {
    /** What to compute. */
    public enum Order {
        /** loss only */
        LOSS,
        /** loss and gradient */
        GRADIENT,
        /** loss, gradient and Hessian */
        HESSIAN
    }

    private final DoubleOrbitArithmetic arithmetic;
    private final OrbitSumEvaluator<double[], DoubleOrbitArithmetic.Sums> sums;

    /**
     * @param shape   the Young shape of K (W and V must lie in Fix(K))
     * @param teacher the teacher's value on each teacher orbit (read, copied)
     * @param kernel  the compiled kernel at the slope alpha
     */
    public OrbitReducedLoss(YoungShape shape, double[] teacher, KernelEvaluator kernel) {
        if (teacher.length != shape.teacherOrbits()) {
            throw ReducedMessages.PATTERN_LENGTH.invalid(teacher.length, shape.teacherOrbits());
        }
        Require.finite(teacher.clone(), "teacher pattern");
        this.arithmetic = new DoubleOrbitArithmetic(kernel);
        this.sums = new OrbitSumEvaluator<>(shape, teacher, arithmetic);
    }

    /** @return the shape */
    public YoungShape shape() {
        return sums.shape();
    }

    /** @return the leaky slope */
    public double alpha() {
        return arithmetic.alpha();
    }

    /**
     * @param student W's value on each student orbit (read)
     * @param order   what to compute
     * @return loss, \( DL[E_o] \) and \( D^2L[E_o, E_{o'}] \) with their absolute-sum scales
     */
    public OrbitSums evaluate(double[] student, Order order) {
        if (student.length != shape().studentOrbits()) {
            throw ReducedMessages.PATTERN_LENGTH.invalid(student.length, shape().studentOrbits());
        }
        Require.finite(student, "student pattern");
        return sums.evaluate(student, order).result();
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
