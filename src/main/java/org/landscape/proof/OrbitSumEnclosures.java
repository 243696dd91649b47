package org.landscape.proof;

import org.landscape.interval.BigInterval;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalMatrix;
import org.landscape.reduced.OrbitReducedLoss;
import org.landscape.reduced.OrbitSumEvaluator;
import org.landscape.reduced.YoungShape;

/**
 * Enclosures of the loss \( L \), the gradient \( DL[E_o] \) and the Hessian form \( D^2L[E_o, E_{o'}] \) on
 * \( \mathrm{Fix}(K) \) for a Young-type group K, in the exact orbit-indicator directions \( E_o \) (entries 0 and 1),
 * over a box of orbit values and an interval of alpha (MATH.md section 3; \( L = \tfrac12 E[(f_W - f_V)^2] \)): the
 * orbit sums of {@code reduced.OrbitSumEvaluator}, the same code that runs in double precision, on
 * {@link EnclosedOrbitArithmetic}. Cost independent of k: one representative pair per orbit of pairs, kernel terms
 * in the embedding's dimension (at most three per column part). Thin points can be evaluated in
 * {@link LossMap#DIGITS}-digit intervals ({@link #at}). Not thread-safe.
 */
public final class OrbitSumEnclosures {
    private final YoungShape shape;
    private final OrbitSumEvaluator<Interval[], EnclosedOrbitArithmetic.Sums<Interval>> box;
    private final OrbitSumEvaluator<BigInterval[], EnclosedOrbitArithmetic.Sums<BigInterval>> thin;

    /**
     * Loss, gradient and Hessian enclosures.
     *
     * @param loss     L
     * @param gradient \( DL[E_o] \) per student orbit (empty below GRADIENT)
     * @param hessian  \( D^2L[E_a, E_b] \), symmetric (the intersection of the (a, b) and (b, a) sums; empty below
     *                 HESSIAN)
     */
    public record Result(Interval loss, Interval[] gradient, IntervalMatrix hessian) {
    }

    /**
     * @param shape   the Young shape of K
     * @param teacher the teacher's values on the teacher orbits (read; exact)
     * @param alpha   the slope interval
     */
    public OrbitSumEnclosures(YoungShape shape, double[] teacher, Interval alpha) {
        this.shape = shape;
        this.box = new OrbitSumEvaluator<>(shape, teacher, new EnclosedOrbitArithmetic<>(Interval.FIELD, alpha));
        this.thin = new OrbitSumEvaluator<>(shape, teacher, new EnclosedOrbitArithmetic<>(
                BigInterval.field(LossMap.DIGITS), BigInterval.of(alpha, LossMap.DIGITS)));
    }

    /** @return the shape */
    public YoungShape shape() {
        return shape;
    }

    /**
     * @param x     a box of orbit values (read; length {@code shape().studentOrbits()})
     * @param order what to enclose
     * @return the enclosures for every point of the box and every alpha of the interval
     * @throws org.landscape.base.InvalidInputException if the box contains a dead neuron (derivatives asked)
     */
    public Result over(Interval[] x, OrbitReducedLoss.Order order) {
        EnclosedOrbitArithmetic.Sums<Interval> s = box.evaluate(x, order);
        IntervalMatrix h = null;
        if (order == OrbitReducedLoss.Order.HESSIAN) {
            Interval[][] a = s.hessian();
            int m = a.length;
            Interval[] flat = new Interval[m * m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    flat[i * m + j] = a[i][j].intersect(a[j][i]); // both enclose the same value: never empty
                }
            }
            h = IntervalMatrix.of(flat, m, m);
        }
        return new Result(s.loss(), s.gradient().clone(), h);
    }

    /**
     * @param x     exactly representable orbit values (read)
     * @param order LOSS or GRADIENT
     * @return loss and gradient enclosed in {@link LossMap#DIGITS}-digit interval arithmetic, rounded out to doubles
     */
    public Result at(double[] x, OrbitReducedLoss.Order order) {
        BigInterval[] p = new BigInterval[x.length];
        for (int o = 0; o < x.length; o++) {
            p[o] = BigInterval.of(Interval.point(x[o]), LossMap.DIGITS);
        }
        EnclosedOrbitArithmetic.Sums<BigInterval> s = thin.evaluate(p, order);
        Interval[] g = new Interval[s.gradient().length];
        for (int o = 0; o < g.length; o++) {
            g[o] = s.gradient()[o].value();
        }
        return new Result(s.loss().value(), g, null);
    }
}
