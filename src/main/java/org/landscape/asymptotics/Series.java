package org.landscape.asymptotics;

import org.landscape.symbolic.Symja;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.Arrays;

/**
 * A truncated Laurent series \( \sum_{j=v}^{v+p-1} c_j \varepsilon^j + O(\varepsilon^{v+p}) \) in the small
 * parameter \( \varepsilon = k^{-1/2} \) with exact coefficients (Symja expressions: rationals, \( \pi \), and the
 * symbols of unknown expansion coefficients), the arithmetic of the asymptotic expansions of issue 19. Every result
 * carries its absolute precision: the first power not known. Coefficients are normalised by {@code Expand} (and
 * {@code Together} after divisions; both by {@link PiRational} when the coefficient is a polynomial in the unknowns over
 * Q(pi)), so an exact zero is recognised as such; square roots use {@code PowerExpand}
 * (unknown symbols are taken positive: the caller writes each unknown with its sign). Immutable.
 */
public final class Series {
    private final int valuation;
    private final IExpr[] c;

    private Series(int valuation, IExpr[] c) {
        this.valuation = valuation;
        this.c = c;
    }

    /** @return the series \( x\,\varepsilon^{v} \) known up to (not including) absolute order {@code precision} */
    public static Series monomial(IExpr x, int v, int precision) {
        if (precision <= v) {
            return new Series(precision, new IExpr[0]);
        }
        IExpr[] cs = new IExpr[precision - v];
        Arrays.fill(cs, F.C0);
        cs[0] = x;
        return new Series(v, cs).normalised();
    }

    /** @return the constant x up to absolute order {@code precision} */
    public static Series constant(IExpr x, int precision) {
        return monomial(x, 0, precision);
    }

    /** @return the series with coefficients {@code cs} from power {@code v} */
    public static Series of(int v, IExpr... cs) {
        return new Series(v, cs.clone()).normalised();
    }

    /** @return the lowest power with a possibly non-zero coefficient (the precision when all are zero) */
    public int valuation() {
        return valuation;
    }

    /** @return the first power whose coefficient is not known */
    public int precision() {
        return valuation + c.length;
    }

    /** @return the coefficient of \( \varepsilon^j \) (zero below the valuation); j below the precision */
    public IExpr coefficient(int j) {
        if (j >= precision()) {
            throw new IllegalStateException("coefficient " + j + " beyond the precision " + precision());
        }
        return j < valuation ? F.C0 : c[j - valuation];
    }

    /** @return true when every known coefficient is zero */
    public boolean isZero() {
        return c.length == 0;
    }

    /** @return e in the normal form of {@link PiRational}, or expanded by Symja when e lies outside that ring */
    static IExpr simplify(IExpr e) {
        return PiRational.normal(e).orElseGet(() -> Symja.evaluator().eval(F.Expand(e)));
    }

    /** @return e with its fractions combined: the normal form of {@link PiRational}, or Symja's Together outside it */
    static IExpr together(IExpr e) {
        return PiRational.normal(e).orElseGet(() -> Symja.evaluator().eval(F.Expand(F.Together(e))));
    }

    private Series normalised() {
        int i = 0;
        IExpr[] cs = new IExpr[c.length];
        for (int j = 0; j < c.length; j++) {
            cs[j] = simplify(c[j]);
        }
        while (i < cs.length && cs[i].isZero()) {
            i++;
        }
        return i == 0 && cs == c ? this : new Series(valuation + i, Arrays.copyOfRange(cs, i, cs.length));
    }

    /** @return this + o */
    public Series plus(Series o) {
        int v = Math.min(valuation, o.valuation);
        int p = Math.min(precision(), o.precision());
        if (p <= v) {
            return new Series(p, new IExpr[0]);
        }
        IExpr[] cs = new IExpr[p - v];
        for (int j = v; j < p; j++) {
            cs[j - v] = F.Plus(coefficientOrZero(j), o.coefficientOrZero(j));
        }
        return new Series(v, cs).normalised();
    }

    private IExpr coefficientOrZero(int j) {
        return j < valuation || j >= precision() ? F.C0 : c[j - valuation];
    }

    /** @return this - o */
    public Series minus(Series o) {
        return plus(o.times(F.CN1));
    }

    /** @return x times this */
    public Series times(IExpr x) {
        IExpr[] cs = new IExpr[c.length];
        for (int j = 0; j < c.length; j++) {
            cs[j] = F.Times(x, c[j]);
        }
        return new Series(valuation, cs).normalised();
    }

    /** @return \( \varepsilon^s \) times this */
    public Series shift(int s) {
        return new Series(valuation + s, c);
    }

    /** @return this times o (relative precision the smaller of the two) */
    public Series times(Series o) {
        int v = valuation + o.valuation;
        int rel = Math.min(c.length, o.c.length);
        IExpr[] cs = new IExpr[rel];
        for (int j = 0; j < rel; j++) {
            IExpr s = F.C0;
            for (int i = 0; i <= j; i++) {
                s = F.Plus(s, F.Times(c[i], o.c[j - i]));
            }
            cs[j] = s;
        }
        // precision: the first unknown power of the product is v + min(relative precisions)
        return new Series(v, cs).normalised();
    }

    /** @return 1/this; the leading coefficient must be non-zero */
    public Series inverse() {
        requireLeading("inverse");
        int n = c.length;
        IExpr[] d = new IExpr[n];
        d[0] = together(F.Power(c[0], F.CN1));
        for (int j = 1; j < n; j++) {
            IExpr s = F.C0;
            for (int i = 1; i <= j; i++) {
                s = F.Plus(s, F.Times(c[i], d[j - i]));
            }
            d[j] = together(F.Times(F.CN1, d[0], s));
        }
        return new Series(-valuation, d).normalised();
    }

    /** @return this / o */
    public Series divide(Series o) {
        return times(o.inverse());
    }

    /** @return \( \sqrt{\cdot} \); the valuation must be even and the leading coefficient positive */
    public Series sqrt() {
        requireLeading("square root");
        if (valuation % 2 != 0) {
            throw new ExpansionException("the square root of a series of odd valuation " + valuation
                    + " is not a series in k^(-1/2): the expansion needs other exponents");
        }
        int n = c.length;
        IExpr[] d = new IExpr[n];
        d[0] = Symja.evaluator().eval(F.PowerExpand(F.Sqrt(c[0])));
        IExpr twice = together(F.Power(F.Times(F.C2, d[0]), F.CN1));
        for (int j = 1; j < n; j++) {
            IExpr s = c[j];
            for (int i = 1; i < j; i++) {
                s = F.Plus(s, F.Times(F.CN1, d[i], d[j - i]));
            }
            d[j] = together(F.Times(s, twice));
        }
        return new Series(valuation / 2, d).normalised();
    }

    /**
     * @param taylor the Taylor coefficients \( f_m \) of f at 0 (a function of a small argument)
     * @return \( f(\text{this}) = \sum_m f_m\, \text{this}^m \); this must have valuation at least 1
     */
    public Series compose(IExpr[] taylor) {
        if (isZero()) {
            return constant(taylor[0], precision());
        }
        if (valuation < 1) {
            throw new ExpansionException("a function is expanded around a point its argument does not approach "
                    + "(valuation " + valuation + ")");
        }
        int p = c.length + valuation; // f(x) is known to absolute order v + relative precision of x, at least
        int need = (p - 1) / valuation;
        if (need >= taylor.length) {
            throw new ExpansionException("needs " + (need + 1) + " Taylor coefficients, " + taylor.length + " given");
        }
        Series power = constant(F.C1, p);
        Series sum = constant(taylor[0], p);
        for (int m = 1; m <= need; m++) {
            power = power.times(this);
            sum = sum.plus(power.times(taylor[m]));
        }
        return sum.truncate(p);
    }

    /** @return this known only up to absolute order p */
    public Series truncate(int p) {
        if (p >= precision()) {
            return this;
        }
        if (p <= valuation) {
            return new Series(p, new IExpr[0]);
        }
        return new Series(valuation, Arrays.copyOf(c, p - valuation));
    }

    /**
     * @param p an absolute precision at least this one's
     * @return this series read as an exact polynomial (an iterate of Newton's method), known to order p: its unknown
     *         coefficients up to p are zeros
     */
    public Series exact(int p) {
        if (p <= precision()) {
            return this;
        }
        IExpr[] cs = Arrays.copyOf(c, p - valuation);
        Arrays.fill(cs, c.length, cs.length, F.C0);
        return new Series(valuation, cs).normalised();
    }

    /** @return this with each coefficient transformed by a rule (e.g. substituting solved unknowns) */
    public Series map(java.util.function.UnaryOperator<IExpr> f) {
        IExpr[] cs = new IExpr[c.length];
        for (int j = 0; j < c.length; j++) {
            cs[j] = f.apply(c[j]);
        }
        return new Series(valuation, cs).normalised();
    }

    private void requireLeading(String what) {
        if (c.length == 0) {
            throw new ExpansionException("the " + what + " of a series with no known non-zero coefficient (below order "
                    + precision() + "): expand to a higher order");
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < c.length; j++) {
            b.append(j == 0 ? "" : " + ").append('(').append(Symja.display(c[j])).append(")*eps^").append(valuation + j);
        }
        return b.append(" + O(eps^").append(precision()).append(')').toString();
    }
}
