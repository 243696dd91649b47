package org.landscape.proof;

import org.landscape.interval.BigInterval;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalLoss;
import org.landscape.interval.IntervalMatrix;
import org.landscape.analysis.LossProblem;
import org.landscape.model.Matrices;

import java.util.Optional;

/**
 * The critical-point equation as an {@link EnclosedMap}: \( F(y) = B^T \nabla L(By; V, \alpha) \) with B the
 * identity (full space, \( y = \mathrm{vec}\,W \)) or the exact basis of {@link ExactFixedSubspace}, and
 * \( F'(y) = B^T \nabla^2 L(By) B \), enclosed by {@link IntervalLoss} over boxes of y and an interval of alpha.
 * The double Jacobian for the preconditioner comes from the compiled model at the midpoint of alpha. The last box
 * evaluation is cached (loss, gradient and Hessian of the same box serve the loss enclosure and the Morse index).
 * Coordinates: W flat \( i d + c \). Not thread-safe.
 */
public final class LossMap implements EnclosedMap {
    private final double[][] teacher;
    private final int k;
    private final int d;
    private final Optional<ExactFixedSubspace> fix;
    private final double[][] basisRows;
    private final Interval alpha;
    private final IntervalLoss<Interval> loss;
    private final IntervalLoss<BigInterval> precise;
    private final boolean preciseCentres;
    private LossProblem problem;
    /** The last two evaluations, by box (thin centers and boxes alternate in a proof). */
    private final java.util.LinkedHashMap<java.util.List<Interval>, IntervalLoss.Result<Interval>> cache =
            new java.util.LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<java.util.List<Interval>,
                        IntervalLoss.Result<Interval>> e) {
                    return size() > 2;
                }
            };

    /**
     * @param teacher V (read, copied)
     * @param k       student width
     * @param fix     the exact Fix(H) basis, or empty for the full space
     * @param alpha   the slope (an interval: the enclosures hold for every alpha in it)
     */
    public LossMap(double[][] teacher, int k, Optional<ExactFixedSubspace> fix, Interval alpha) {
        this(teacher, k, fix, alpha, true);
    }

    /**
     * @param preciseCentres evaluate F at box centres in {@link #DIGITS}-digit arithmetic (true), or in double
     *                       intervals (false: enough where the box radius is dominated by other terms, e.g. tubes)
     */
    LossMap(double[][] teacher, int k, Optional<ExactFixedSubspace> fix, Interval alpha, boolean preciseCentres) {
        this.preciseCentres = preciseCentres;
        this.teacher = Matrices.copy(teacher);
        this.k = k;
        this.d = teacher[0].length;
        this.fix = fix;
        this.basisRows = fix.map(ExactFixedSubspace::basisRows).orElse(null);
        this.alpha = alpha;
        this.loss = new IntervalLoss<>(Interval.FIELD, teacher);
        this.precise = new IntervalLoss<>(BigInterval.field(DIGITS), teacher);
    }

    /** Digits of the thin evaluations at box centers. */
    public static final int DIGITS = 40;

    /** @return a map for another alpha (same teacher and subspace) */
    public LossMap at(Interval a) {
        return new LossMap(teacher, k, fix, a, preciseCentres);
    }

    /** @return the slope interval */
    public Interval alpha() {
        return alpha;
    }

    /** @return the subspace (empty: full space) */
    public Optional<ExactFixedSubspace> subspace() {
        return fix;
    }

    /** @return k */
    public int width() {
        return k;
    }

    @Override
    public int dimension() {
        return fix.map(ExactFixedSubspace::dimension).orElse(k * d);
    }

    /** @return \( By \) as a box in M(k,d), flat */
    public Interval[] lift(Interval[] y) {
        return fix.map(f -> f.lift(y)).orElse(y.clone());
    }

    /** @return \( By \), flat (exact) */
    public double[] lift(double[] y) {
        return fix.map(f -> f.lift(y)).orElse(y.clone());
    }

    /** @return the coordinates of a point (flat W): itself, or its orbit averages in Fix(H) */
    public double[] coordinates(double[] w) {
        return fix.map(f -> f.coordinates(w)).orElse(w.clone());
    }

    /** @return the enclosures of loss, gradient and Hessian over the box \( BY \) (cached for the last box) */
    public IntervalLoss.Result<Interval> evaluate(Interval[] y, IntervalLoss.Order order) {
        java.util.List<Interval> key = java.util.List.of(y);
        IntervalLoss.Result<Interval> r = cache.get(key);
        boolean enough = r != null && (order == IntervalLoss.Order.LOSS || r.gradient().length > 0)
                && (order != IntervalLoss.Order.HESSIAN || r.hessian().length > 0);
        if (!enough) {
            r = loss.evaluate(lift(y), alpha, order);
            cache.put(key, r);
        }
        return r;
    }

    private static Interval[] thin(double[] x) {
        Interval[] b = new Interval[x.length];
        for (int i = 0; i < x.length; i++) {
            b[i] = Interval.point(x[i]);
        }
        return b;
    }

    /** The gradient (and loss) at the point \( By \) in {@link #DIGITS}-digit interval arithmetic. */
    private IntervalLoss.Result<BigInterval> preciseAt(double[] y, IntervalLoss.Order order) {
        double[] x = lift(y);
        BigInterval[] w = new BigInterval[x.length];
        for (int a = 0; a < x.length; a++) {
            w[a] = BigInterval.of(Interval.point(x[a]), DIGITS);
        }
        return precise.evaluate(w, BigInterval.of(alpha, DIGITS), order);
    }

    /**
     * @return an enclosure of \( F(y) = B^T\nabla L(By) \), evaluated in {@link #DIGITS}-digit interval arithmetic
     *         (the residual at the center of a Krawczyk box must be enclosed far below double rounding)
     */
    @Override
    public Interval[] valueAt(double[] y) {
        if (!preciseCentres) {
            return project(evaluate(thin(y), IntervalLoss.Order.GRADIENT).gradient());
        }
        BigInterval[] g = preciseAt(y, IntervalLoss.Order.GRADIENT).gradient();
        if (fix.isEmpty()) {
            Interval[] r = new Interval[g.length];
            for (int a = 0; a < g.length; a++) {
                r[a] = g[a].value();
            }
            return r;
        }
        int[][] b = fix.get().basis();
        Interval[] r = new Interval[b.length];
        for (int j = 0; j < b.length; j++) {
            BigInterval s = null;
            for (int a = 0; a < g.length; a++) {
                if (b[j][a] != 0) {
                    BigInterval t = b[j][a] > 0 ? g[a] : g[a].negate();
                    s = s == null ? t : s.add(t);
                }
            }
            r[j] = s.value();
        }
        return r;
    }

    /** @return \( B^T g \) */
    Interval[] project(Interval[] g) {
        if (fix.isEmpty()) {
            return g.clone();
        }
        return IntervalMatrix.of(g, g.length, 1).leftMultiply(basisRows).times(new Interval[]{Interval.ONE});
    }

    @Override
    public IntervalMatrix jacobianOver(Interval[] box) {
        Interval[] h = evaluate(box, IntervalLoss.Order.HESSIAN).hessian();
        IntervalMatrix hm = IntervalMatrix.of(h, k * d, k * d);
        if (fix.isEmpty()) {
            return hm;
        }
        return hm.leftMultiply(basisRows).rightMultiplyTranspose(basisRows);
    }

    /** @return the full Hessian enclosure over the box \( BY \), (kd) x (kd) */
    public IntervalMatrix fullHessianOver(Interval[] y) {
        return IntervalMatrix.of(evaluate(y, IntervalLoss.Order.HESSIAN).hessian(), k * d, k * d);
    }

    /** @return the compiled model's problem \( B^T \nabla L(By) \) (analysis.LossProblem; B need not be orthonormal) */
    private LossProblem doubleProblem() {
        if (problem == null) {
            problem = fix.isEmpty() ? LossProblem.full(teacher, k) : LossProblem.restricted(teacher, k, basisRows);
        }
        return problem;
    }

    @Override
    public double[][] approximateJacobian(double[] y) {
        int m = dimension();
        double[] flat = new double[m * m];
        doubleProblem().jacobian(y, alpha.mid(), flat);
        double[][] r = new double[m][m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(flat, i * m, r[i], 0, m);
        }
        return r;
    }

    /** @return \( B^T \nabla L(By) \) in double precision at slope a (compiled model; for Newton and predictors) */
    public double[] approximateValue(double[] y, double a) {
        double[] r = new double[dimension()];
        doubleProblem().residual(y, a, r);
        return r;
    }

    /**
     * The loss at the zero \( y^* \in Y \) by the mean-value form:
     * \( L(By^*) \in L(B\tilde y) + \nabla L(BY) \cdot B(Y - \tilde y) \) (Y convex, containing \( \tilde y \)).
     *
     * @param center \( \tilde y \) (read)
     * @param box    Y, containing the zero and the center (read)
     * @return the enclosure
     */
    public Interval lossAt(double[] center, Interval[] box) {
        Interval l0 = preciseAt(center, IntervalLoss.Order.LOSS).loss().value();
        Interval[] g = evaluate(box, IntervalLoss.Order.GRADIENT).gradient();
        Interval[] wb = lift(box);
        double[] wc = lift(center);
        Interval s = l0;
        for (int a = 0; a < g.length; a++) {
            s = s.add(g[a].multiply(wb[a].subtract(Interval.point(wc[a]))));
        }
        return s;
    }
}
