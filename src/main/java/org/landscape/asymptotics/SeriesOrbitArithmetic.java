package org.landscape.asymptotics;

import org.landscape.reduced.OrbitArithmetic;
import org.landscape.reduced.OrbitReducedLoss;
import org.landscape.symbolic.KernelFrameFormulas;
import org.landscape.symbolic.Symja;
import org.landscape.symbolic.KernelFrameFormulas.FrameFormula;
import org.landscape.symbolic.KernelFrameFormulas.FrameVector;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.HashMap;
import java.util.Map;

/**
 * The orbit sums of {@code reduced.OrbitSumEvaluator} (loss, \( DL[E_o] \), \( D^2L[E_a, E_b] \) on
 * \( \mathrm{Fix}(K) \)) in exact series arithmetic in \( \varepsilon = k^{-1/2} \): the same summation code as the
 * double and interval routes, with
 * <ul>
 *   <li>the kernel terms of a pair assembled from the frame coefficients the symbolic layer derives
 *       ({@link KernelFrameFormulas}: \( \nabla_w K = c_w \hat w + c_v \hat v \),
 *       \( \nabla^2 K = c_I I + \sum c_{ab}\, a b^T \)), evaluated with the profiles g, h', s, t expanded at the
 *       pair's limiting angle ({@link ReducedSeries#angle}); the frame vectors n, m enter through
 *       \( n n^T = (\hat v - u \hat w)(\hat v - u\hat w)^T / \sin^2\theta \) and
 *       \( n m^T = (\hat v - u\hat w)(\hat w - u \hat v)^T/\sin^2\theta \), \( \sin^2\theta = (1-u)(1+u) \);</li>
 *   <li>the orbit sizes and embedding weights as polynomials in \( k = \varepsilon^{-2} \). The summation passes them
 *       as doubles: the shape is built at the sentinel width \( k_0 = 2^{24} \), where every count is
 *       \( (a k_0^2 + b k_0 + c)/2 \) with small integers a, b, c, read back exactly in balanced base \( k_0 \)
 *       ({@link #count}).</li>
 * </ul>
 * Not thread-safe (the current pair).
 */
final class SeriesOrbitArithmetic implements OrbitArithmetic<Series[], SeriesOrbitArithmetic.Sums> {
    /** The width at which the shapes passed to the summation are built. */
    static final double SENTINEL = 16777216;
    private final String alpha;
    private final Series alphaSeries;
    private final int precision;
    private final Series k;
    private final KernelFrameFormulas frame;
    private final Map<Double, Series> counts = new HashMap<>();
    private Pair current;

    /**
     * @param alpha     the slope, exact Symja input
     * @param precision the absolute precision of exact constants and of k
     */
    SeriesOrbitArithmetic(String alpha, int precision) {
        this.alpha = alpha;
        this.precision = precision;
        this.alphaSeries = Series.constant(Symja.eval(alpha), precision);
        this.k = Series.monomial(F.C1, -2, precision);
        this.frame = KernelFrameFormulas.get();
    }

    /**
     * @param c a count of the summation at the sentinel width: \( (a k_0^2 + b k_0 + c)/2 \)
     * @return the same polynomial in k as a series
     */
    Series count(double c) {
        return counts.computeIfAbsent(c, this::decode);
    }

    private Series decode(double c) {
        return SeriesEvaluation.of(polynomial(c), Map.of("k", k), precision);
    }

    /**
     * @param c a count (orbit size, factor size, or either times 1/2 or -1) of a shape built at the sentinel width
     * @return the same count as an exact polynomial in the symbol k: \( 2c = a k_0^2 + b k_0 + c_0 \) read in balanced
     *         base \( k_0 \), unique while \( |a|, |b|, |c_0| < k_0/4 \) (checked)
     */
    static IExpr polynomial(double c) {
        double twice = 2 * c;
        if (twice != Math.rint(twice) || Math.abs(twice) >= 0x1p52) {
            throw new IllegalStateException("count " + c + " is not a polynomial in k read at the sentinel width");
        }
        long n = (long) twice;
        long k0 = (long) SENTINEL;
        long c0 = balanced(n, k0);
        long rest = (n - c0) / k0;
        long c1 = balanced(rest, k0);
        long c2 = (rest - c1) / k0;
        if (Math.abs(c2) >= k0 / 4) {
            throw new IllegalStateException("count " + c + " is not a polynomial of degree 2 in k");
        }
        IExpr k = F.symbol("k");
        return Symja.evaluator().eval(F.Times(F.C1D2, F.Plus(F.Times(F.ZZ(c2), F.Sqr(k)), F.Times(F.ZZ(c1), k),
                F.ZZ(c0))));
    }

    private static long balanced(long n, long base) {
        long r = Math.floorMod(n, base);
        return r > base / 2 ? r - base : r;
    }

    private Series zero() {
        return Series.constant(F.C0, precision);
    }

    @Override
    public Series[] vector(int n) {
        Series[] v = new Series[n];
        java.util.Arrays.fill(v, zero());
        return v;
    }

    @Override
    public Series[] constants(double[] x) {
        Series[] v = new Series[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] != Math.rint(x[i])) {
                throw new ExpansionException("the teacher value " + x[i] + " is not an integer: only exact teachers are "
                        + "expanded");
            }
            v[i] = Series.constant(F.ZZ(Math.round(x[i])), precision);
        }
        return v;
    }

    @Override
    public Series[] roots(double[] squares) {
        Series[] w = new Series[squares.length];
        for (int c = 0; c < w.length; c++) {
            w[c] = squares[c] == 1 ? Series.constant(F.C1, precision) : count(squares[c]).sqrt();
        }
        return w;
    }

    @Override
    public Series[] embed(Series[] values, int[] index, Series[] weights) {
        Series[] out = new Series[index.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = weights[c].times(values[index[c]]);
        }
        return out;
    }

    @Override
    public Zero zero(Series[] x) {
        for (Series e : x) {
            if (!e.isZero()) {
                return Zero.NO;
            }
        }
        return Zero.YES;
    }

    /** The current pair: its geometry and lazily its kernel terms. */
    private final class Pair {
        final Series[] x;
        final Series[] y;
        final Series r;
        final Series rho;
        final Series[] xHat;
        final Series[] yHat;
        final Series u;
        final ReducedSeries.Angle angle;
        final Map<String, Series> symbols = new HashMap<>();
        Series sin2;

        Pair(Series[] x, Series[] y) {
            this.x = x;
            this.y = y;
            r = dot(x, x).sqrt();
            rho = dot(y, y).sqrt();
            xHat = scale(x, r.inverse());
            yHat = scale(y, rho.inverse());
            u = dot(xHat, yHat);
            IExpr u0 = u.valuation() > 0 ? F.C0 : u.coefficient(0);
            if (u.valuation() >= 0 && (u0.isOne() || u0.isMinusOne())) {
                // the chord |x_hat -+ y_hat|^2 summed from the vectors' entries keeps the relative precision that
                // 2 -+ 2u loses to cancellation; sin^2 theta = d^2 (1 - d^2/4)
                Series[] chord = u0.isOne() ? minus(xHat, yHat) : plus(xHat, yHat);
                Series d2 = dot(chord, chord);
                angle = ReducedSeries.chord(u0.isOne() ? ProfileTaylor.Point.ZERO : ProfileTaylor.Point.PI, d2);
                sin2 = d2.times(Series.constant(F.C1, precision).minus(d2.times(F.C1D4)));
            } else {
                angle = ReducedSeries.angle(u);
            }
            symbols.put("r", r);
            symbols.put("rho", rho);
            symbols.put("alpha", alphaSeries);
        }

        Series profile(String f) {
            return symbols.computeIfAbsent(f, p -> ReducedSeries.profile(p, angle, alpha));
        }

        Series coefficient(IExpr c) {
            for (String p : new String[] {"g", "hp", "s", "t"}) {
                if (!c.isFree(F.symbol(p))) {
                    profile(p);
                }
            }
            return SeriesEvaluation.of(c, symbols, precision);
        }

        Series sin2() {
            if (sin2 == null) {
                Series one = Series.constant(F.C1, precision);
                sin2 = one.minus(u).times(one.plus(u));
            }
            return sin2;
        }

        /** @return the frame vector's numerator and the power of \( \sin\theta \) dividing it */
        Series[] numerator(FrameVector v) {
            return switch (v) {
                case W_HAT -> xHat;
                case V_HAT -> yHat;
                case N -> minus(yHat, scale(xHat, u));
                case M -> minus(xHat, scale(yHat, u));
            };
        }

        Series[] vectorFormula(FrameFormula f) {
            Series[] out = vector(x.length);
            for (KernelFrameFormulas.Term t : f.terms()) {
                Series c = coefficient(t.coefficient());
                if (curved(t.left())) {
                    c = c.divide(sin2().sqrt());
                }
                Series[] a = numerator(t.left());
                for (int i = 0; i < out.length; i++) {
                    out[i] = out[i].plus(c.times(a[i]));
                }
            }
            return out;
        }

        Series[] matrixFormula(FrameFormula f) {
            int d = x.length;
            Series[] out = vector(d * d);
            Series ci = coefficient(f.identity());
            for (int i = 0; i < d; i++) {
                out[i * d + i] = ci;
            }
            for (KernelFrameFormulas.Term t : f.terms()) {
                FrameVector b = t.right().orElseThrow();
                Series c = coefficient(t.coefficient());
                int curved = (curved(t.left()) ? 1 : 0) + (curved(b) ? 1 : 0);
                if (curved == 2) {
                    c = c.divide(sin2());
                } else if (curved == 1) {
                    c = c.divide(sin2().sqrt());
                }
                Series[] av = numerator(t.left());
                Series[] bv = numerator(b);
                for (int i = 0; i < d; i++) {
                    Series ca = c.times(av[i]);
                    for (int j = 0; j < d; j++) {
                        out[i * d + j] = out[i * d + j].plus(ca.times(bv[j]));
                    }
                }
            }
            return out;
        }
    }

    private static boolean curved(FrameVector v) {
        return v == FrameVector.N || v == FrameVector.M;
    }

    private Series dot(Series[] a, Series[] b) {
        Series s = zero();
        for (int i = 0; i < a.length; i++) {
            s = s.plus(a[i].times(b[i]));
        }
        return s;
    }

    private static Series[] scale(Series[] a, Series c) {
        Series[] out = new Series[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].times(c);
        }
        return out;
    }

    private static Series[] plus(Series[] a, Series[] b) {
        Series[] out = new Series[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].plus(b[i]);
        }
        return out;
    }

    private static Series[] minus(Series[] a, Series[] b) {
        Series[] out = new Series[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].minus(b[i]);
        }
        return out;
    }

    @Override
    public void pair(Series[] x, Series[] y) {
        current = new Pair(x, y);
    }

    @Override
    public Series[] value() {
        return new Series[] {current.r.times(current.rho).times(current.profile("g"))};
    }

    @Override
    public Series[] gradient() {
        return current.vectorFormula(frame.gradient());
    }

    @Override
    public Series[] hessianWW() {
        return current.matrixFormula(frame.hessianWW());
    }

    @Override
    public Series[] hessianWV() {
        return current.matrixFormula(frame.hessianWV());
    }

    @Override
    public SelfTerms<Series[]> selfTerms(Series[] x, OrbitReducedLoss.Order order) {
        // 1/2 K(x, x) and its derivatives: half the derived self terms (K(w,w) = r^2 g(0), a multiple of w_hat, of I)
        Series r = dot(x, x).sqrt();
        Map<String, Series> b = Map.of("r", r, "alpha", alphaSeries);
        Series value = SeriesEvaluation.of(frame.selfValue(), b, precision).times(F.C1D2);
        Series[] g = null;
        Series[] h = null;
        if (order != OrbitReducedLoss.Order.LOSS) {
            g = vector(x.length);
            for (KernelFrameFormulas.Term t : frame.selfGradient().terms()) {
                if (t.left() != FrameVector.W_HAT) {
                    throw new IllegalStateException("self gradient along " + t.left());
                }
                Series c = SeriesEvaluation.of(t.coefficient(), b, precision).times(F.C1D2).divide(r);
                for (int i = 0; i < x.length; i++) {
                    g[i] = g[i].plus(c.times(x[i]));
                }
            }
        }
        if (order == OrbitReducedLoss.Order.HESSIAN) {
            if (!frame.selfHessian().terms().isEmpty()) {
                throw new IllegalStateException("self Hessian with frame terms");
            }
            int d = x.length;
            h = vector(d * d);
            Series c = SeriesEvaluation.of(frame.selfHessian().identity(), b, precision).times(F.C1D2);
            for (int i = 0; i < d; i++) {
                h[i * d + i] = c;
            }
        }
        return new SelfTerms<>(new Series[] {value}, g, h);
    }

    @Override
    public Series[] contract(Series[] g, Series[] weights, int[] slot, int slots) {
        Series[] out = vector(slots);
        for (int c = 0; c < g.length; c++) {
            out[slot[c]] = out[slot[c]].plus(g[c].times(weights[c]));
        }
        return out;
    }

    @Override
    public Series[] contract(Series[] h, Series[] weights, int[] rows, int rowSlots, int[] cols, int colSlots) {
        int dim = weights.length;
        Series[] out = vector(rowSlots * colSlots);
        for (int r = 0; r < dim; r++) {
            Series[] t = vector(colSlots);
            for (int c = 0; c < dim; c++) {
                t[cols[c]] = t[cols[c]].plus(h[r * dim + c].times(weights[c]));
            }
            for (int b = 0; b < colSlots; b++) {
                int a = rows[r] * colSlots + b;
                out[a] = out[a].plus(weights[r].times(t[b]));
            }
        }
        return out;
    }

    @Override
    public Sums sums(int m, boolean gradient, boolean hessian) {
        return new Sums(m, gradient, hessian);
    }

    /** Loss, gradient and Hessian sums as series; the counts read back as polynomials in k. */
    final class Sums implements OrbitArithmetic.Sums<Series[]> {
        private Series loss = zero();
        private final Series[] g;
        private final Series[][] h;

        Sums(int m, boolean grad, boolean hess) {
            g = grad ? vector(m) : null;
            h = hess ? new Series[m][] : null;
            if (hess) {
                for (int a = 0; a < m; a++) {
                    h[a] = vector(m);
                }
            }
        }

        @Override
        public void addLoss(double c, Series[] x, int i) {
            loss = loss.plus(count(c).times(x[i]));
        }

        @Override
        public void addGradient(int o, double c, Series[] x, int i) {
            g[o] = g[o].plus(count(c).times(x[i]));
        }

        @Override
        public void addHessian(int a, int b, double c, Series[] x, int i) {
            h[a][b] = h[a][b].plus(count(c).times(x[i]));
        }

        Series loss() {
            return loss;
        }

        Series[] gradient() {
            return g.clone();
        }

        /** @return \( D^2L[E_a, E_b] \), symmetrised: \( (h_{ab} + h_{ba})/2 \) */
        Series[][] hessian() {
            int m = h.length;
            Series[][] out = new Series[m][m];
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    out[a][b] = h[a][b].plus(h[b][a]).times(F.C1D2);
                }
            }
            return out;
        }
    }
}
