package org.landscape.proof;

import org.landscape.interval.Interval;
import org.landscape.interval.IntervalMatrix;
import org.landscape.model.Models;
import org.landscape.reduced.OrbitReducedLoss;
import org.landscape.reduced.YoungShape;

/**
 * The critical-point equation in \( \mathrm{Fix}(H) \), H of Young type, in orbit values: unknowns \( x_o \) (the
 * value of W on student orbit o, \( W = \sum_o x_o E_o \) with the exact orbit indicators \( E_o \)),
 * \( F_o(x) = DL(W)[E_o] = \langle \nabla L(W), E_o\rangle \), \( F'(x)_{oo'} = D^2L(W)[E_o, E_{o'}] \), enclosed by
 * the orbit sums ({@link OrbitSumEnclosures}) at a cost independent of k. A zero of F is a critical point of L:
 * \( \nabla L(W) \in \mathrm{Fix}(H) \) by equivariance (H a symmetry of L) and is orthogonal to every \( E_o \)
 * (symmetric criticality, MATH.md section 4). F at box centres is enclosed in {@link LossMap#DIGITS}-digit interval
 * arithmetic; the preconditioner's Jacobian comes from the double orbit sums at the midpoint of alpha. The last
 * box evaluation is cached. Not thread-safe.
 */
public final class ReducedLossMap implements EnclosedMap {
    private final YoungShape shape;
    private final double[] teacher;
    private final Interval alpha;
    private final OrbitSumEnclosures sums;
    private OrbitReducedLoss approximate;
    private Interval[] lastBox;
    private OrbitSumEnclosures.Result last;

    /**
     * @param shape   the Young shape of H
     * @param teacher the teacher's values on the teacher orbits (read, copied; V must lie exactly in Fix(H))
     * @param alpha   the slope interval
     */
    public ReducedLossMap(YoungShape shape, double[] teacher, Interval alpha) {
        this.shape = shape;
        this.teacher = teacher.clone();
        this.alpha = alpha;
        this.sums = new OrbitSumEnclosures(shape, teacher, alpha);
    }

    /** @return the shape of H */
    public YoungShape shape() {
        return shape;
    }

    @Override
    public int dimension() {
        return shape.studentOrbits();
    }

    /** @return loss, gradient and Hessian enclosures over the box (cached for the last box) */
    public OrbitSumEnclosures.Result over(Interval[] box) {
        if (last == null || !java.util.Arrays.equals(box, lastBox)) {
            last = sums.over(box, OrbitReducedLoss.Order.HESSIAN);
            lastBox = box.clone();
        }
        return last;
    }

    @Override
    public Interval[] valueAt(double[] x) {
        return sums.at(x, OrbitReducedLoss.Order.GRADIENT).gradient();
    }

    @Override
    public IntervalMatrix jacobianOver(Interval[] box) {
        return over(box).hessian();
    }

    @Override
    public double[][] approximateJacobian(double[] x) {
        if (approximate == null) {
            approximate = new OrbitReducedLoss(shape, teacher, Models.kernel(alpha.mid()));
        }
        return approximate.evaluate(x, OrbitReducedLoss.Order.HESSIAN).hessian();
    }

    /**
     * The loss at the zero \( x^* \in X \) by the mean-value form
     * \( L(x^*) \in L(\tilde x) + \sum_o DL(X)[E_o]\,(X_o - \tilde x_o) \) (X convex, containing \( \tilde x \)).
     *
     * @param center \( \tilde x \) (read)
     * @param box    X (read)
     * @return the enclosure
     */
    public Interval lossAt(double[] center, Interval[] box) {
        Interval s = sums.at(center, OrbitReducedLoss.Order.LOSS).loss();
        Interval[] g = over(box).gradient();
        for (int o = 0; o < g.length; o++) {
            s = s.add(g[o].multiply(box[o].subtract(Interval.point(center[o]))));
        }
        return s;
    }
}
