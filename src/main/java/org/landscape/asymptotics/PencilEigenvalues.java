package org.landscape.asymptotics;

import org.landscape.symbolic.Symja;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * The eigenvalues of a symmetric pencil \( (S(\varepsilon), T(\varepsilon)) \) of Laurent series, T positive definite,
 * as series: the roots \( \lambda(\varepsilon) \) of \( p(\lambda) = \det(S - \lambda T) = \sum_j a_j \lambda^j \).
 * <ol>
 *   <li>The coefficients \( a_j \) by the Leibniz expansion of \( \det(S - \lambda T) \) with the entries multiplied as
 *       polynomials in \( \lambda \) over series (each \( a_j \) keeps its own precision).</li>
 *   <li>Newton polygon: a root \( \lambda = c\,\varepsilon^{v}(1 + \dots) \) balances the two or more terms of least
 *       valuation \( \nu_j + j v \); each edge of the lower convex hull of the points \( (j, \nu_j) \) gives
 *       \( v = (\nu_{j_1} - \nu_{j_2})/(j_2 - j_1) \) and its \( j_2 - j_1 \) leading coefficients as the non-zero roots of
 *       \( \sum_{j \text{ on the edge}} \mathrm{lc}(a_j)\, c^{j} \) (factored over \( \mathbb Q[\pi] \), {@link #roots});
 *       an edge is used only when every coefficient not yet known lies strictly above its line.</li>
 *   <li>A multiple leading root (a cluster) is split by the substitution
 *       \( \lambda = c_0\varepsilon^v + \varepsilon^{v+1}\mu \) and the same steps on the bounded roots \( \mu \);
 *       where the known orders do not separate it, its members keep their common leading term.</li>
 *   <li>Each simple leading root is continued by the chord form of Newton's method in series arithmetic
 *       ({@link #newton}); the precision is the one the arithmetic tracks from the known orders of S and T.</li>
 * </ol>
 * A fractional v (an expansion in \( k^{-1/4} \)) or a leading root not found in closed form leaves its eigenvalues
 * out, counted in {@link Result#undetermined()} with the reason.
 */
final class PencilEigenvalues {
    private PencilEigenvalues() {
    }

    /** Why eigenvalues of small size are left out. */
    static final String HIGHER_ORDER = "det(S - lambda T) is not known to the order that determines them: the pattern "
            + "values are needed to more terms (a higher --order)";

    /**
     * One eigenvalue.
     *
     * @param value    its series: complete to the precision the pencil allows for a simple leading root; for a leading
     *                 root of multiplicity m > 1 (m eigenvalues with the same leading term, which split at a higher
     *                 order) only the leading term, with the remainder \( O(\varepsilon^{v+1}) \)
     * @param cluster  how many eigenvalues share its leading term (1 for a simple root)
     */
    record Eigenvalue(Series value, int cluster) {
    }

    /**
     * The expanded eigenvalues.
     *
     * @param eigenvalues  one entry per eigenvalue (a cluster of m gives m entries)
     * @param undetermined how many eigenvalues were not expanded
     * @param reason       why (empty when all are expanded)
     */
    record Result(List<Eigenvalue> eigenvalues, int undetermined, String reason) {
    }

    /**
     * @return the symbol that stands for pi in polynomial arithmetic over \( \mathbb Q[\pi] \) (pi is transcendental);
     *         a method, not a constant, so that loading the class does not touch {@code F} before Symja is started
     */
    private static IExpr piSymbol() {
        return F.symbol("piSymbol");
    }

    /** How many times a cluster is split by substitution before only its leading term is given. */
    static final int SPLITS = 3;

    /** @return the eigenvalues of the pencil as series (unordered) */
    static Result of(Series[][] s, Series[][] t) {
        int r = s.length;
        if (r == 1) {
            return new Result(List.of(new Eigenvalue(s[0][0].divide(t[0][0]), 1)), 0, "");
        }
        Series[] a = characteristic(s, t);
        for (int j = 0; j <= r; j++) {
            if (!a[j].isZero()) {
                a[j] = a[j].truncate(a[j].valuation() + TERMS);
            }
        }
        return roots(a, Integer.MIN_VALUE, 0);
    }

    /**
     * The roots of \( \sum_j a_j \lambda^j \) whose exponent v (\( \lambda \sim \varepsilon^v \)) is at least
     * {@code minExponent}, from the Newton polygon. A leading root \( c_0 \) of multiplicity m > 1 (a cluster) is split
     * by the substitution \( \lambda = c_0 \varepsilon^v + \varepsilon^{v+1} \mu \): the bounded roots \( \mu \) of the
     * new polynomial are the cluster's (up to {@link #SPLITS} times; then the leading term is given).
     */
    private static Result roots(Series[] a, int minExponent, int depth) {
        int r = a.length - 1;
        boolean debug = Boolean.getBoolean("landscape.debugExpansion");
        int[] nu = new int[r + 1];
        boolean[] known = new boolean[r + 1];
        for (int j = 0; j <= r; j++) {
            known[j] = !a[j].isZero();
            nu[j] = known[j] ? a[j].valuation() : a[j].precision(); // unknown: a lower bound
            if (debug) {
                System.err.println("depth " + depth + ": a" + j + " = " + a[j]);
            }
        }
        if (!known[r]) {
            throw new ExpansionException("the pencil's leading coefficient det(T) is not known to any order");
        }
        List<Eigenvalue> out = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int undetermined = 0;
        int j1 = 0;
        while (!known[j1]) {
            j1++;
        }
        if (j1 > 0) {
            undetermined += j1;
            reasons.add(HIGHER_ORDER);
        }
        while (j1 < r) {
            // next vertex of the lower hull of the known points: the j2 > j1 of least slope, the farthest on ties
            int j2 = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int j = j1 + 1; j <= r; j++) {
                if (!known[j]) {
                    continue;
                }
                double slope = (double) (nu[j] - nu[j1]) / (j - j1);
                if (slope <= best + 1e-12) {
                    best = slope;
                    j2 = j;
                }
            }
            int num = nu[j1] - nu[j2];
            int den = j2 - j1;
            if ((double) num / den < minExponent) {
                break; // the remaining roots are larger: not asked for
            }
            // the edge is certain when every unknown coefficient lies strictly above its line
            boolean certain = true;
            for (int j = 0; j <= r; j++) {
                if (!known[j] && (double) nu[j] <= nu[j1] + (j - j1) * (double) (nu[j2] - nu[j1]) / den + 1e-12) {
                    certain = false;
                }
            }
            if (!certain) {
                undetermined += den;
                reasons.add(HIGHER_ORDER);
                j1 = j2;
                continue;
            }
            if (num % den != 0) {
                undetermined += den;
                reasons.add(den + " grow like k^(" + num + "/" + (2 * den) + "), not a series in k^(-1/2)");
                j1 = j2;
                continue;
            }
            int v = num / den;
            IExpr c = F.symbol("c");
            IExpr poly = F.C0;
            for (int j = j1; j <= j2; j++) {
                if (known[j] && nu[j] + j * v == nu[j1] + j1 * v) {
                    poly = F.Plus(poly, F.Times(a[j].coefficient(nu[j]), F.Power(c, F.ZZ(j - j1))));
                }
            }
            if (debug) {
                System.err.println("edge v = " + v + ": " + Symja.display(poly));
            }
            int found = 0;
            for (Root root : roots(poly, c)) {
                if (debug) {
                    System.err.println("  root " + Symja.display(root.value()) + " x" + root.multiplicity());
                }
                Series leading = Series.monomial(root.value(), v, v + 1);
                found += root.multiplicity();
                if (root.multiplicity() == 1) {
                    out.add(new Eigenvalue(newton(a, leading).map(PencilEigenvalues::simplify), 1));
                    continue;
                }
                List<Eigenvalue> split = depth < SPLITS ? split(a, root.value(), v, root.multiplicity(), depth)
                        : List.of();
                if (split.isEmpty()) {
                    for (int i = 0; i < root.multiplicity(); i++) {
                        out.add(new Eigenvalue(leading, root.multiplicity()));
                    }
                } else {
                    out.addAll(split);
                }
            }
            if (found < den) {
                undetermined += den - found;
                reasons.add((den - found) + " have leading coefficients that are roots of a polynomial of degree 3 or more "
                        + "in Q(pi)[c] (no closed form attempted)");
            }
            j1 = j2;
        }
        return new Result(out, undetermined, String.join("; ", new java.util.LinkedHashSet<>(reasons)));
    }

    /**
     * @return the m eigenvalues of a cluster \( \lambda = c_0 \varepsilon^v + \varepsilon^{v+1}\mu \), with \( \mu \)
     *         the bounded roots of \( q(\mu) = p(c_0\varepsilon^v + \varepsilon^{v+1}\mu) = \sum_i b_i \mu^i \),
     *         \( b_i = \sum_{j \ge i} \binom{j}{i} a_j (c_0 \varepsilon^v)^{j-i} \varepsilon^{(v+1)i} \); members whose
     *         \( \mu \) is not determined to the known order keep the leading term; empty when no member is separated
     */
    private static List<Eigenvalue> split(Series[] a, IExpr c0, int v, int m, int depth) {
        int r = a.length - 1;
        int rel = 0;
        for (Series x : a) {
            rel = Math.max(rel, x.precision() - x.valuation());
        }
        int p = Math.abs(v) * r + rel + 4 + Math.abs(v + 1) * r;
        Series lead = Series.monomial(c0, v, v + p);
        Series h = Series.monomial(F.C1, v + 1, v + 1 + p);
        Series[] b = new Series[r + 1];
        for (int i = 0; i <= r; i++) {
            Series sum = null;
            for (int j = i; j <= r; j++) {
                if (a[j].isZero()) {
                    continue;
                }
                Series term = a[j].times(F.ZZ(binomial(j, i)));
                for (int x = 0; x < j - i; x++) {
                    term = term.times(lead);
                }
                for (int x = 0; x < i; x++) {
                    term = term.times(h);
                }
                sum = sum == null ? term : sum.plus(term);
            }
            b[i] = sum == null ? a[i].times(F.C0) : sum;
        }
        Result mu;
        try {
            mu = roots(b, 0, depth + 1);
        } catch (ExpansionException e) {
            return List.of();
        }
        if (mu.eigenvalues().size() + mu.undetermined() != m || mu.eigenvalues().isEmpty()) {
            return List.of();
        }
        List<Eigenvalue> out = new ArrayList<>();
        for (Eigenvalue e : mu.eigenvalues()) {
            Series lambda = lead.truncate(e.value().precision() + v + 1).plus(e.value().times(h));
            out.add(new Eigenvalue(lambda, e.cluster()));
        }
        // members the known orders do not separate yet (their mu is smaller than what is known) keep the leading term
        for (int i = 0; i < mu.undetermined(); i++) {
            out.add(new Eigenvalue(Series.monomial(c0, v, v + 1), m));
        }
        return out;
    }

    private static long binomial(int n, int k) {
        long c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    /**
     * @return a coefficient as one fraction of factored polynomials in \( \pi \): Together and Factor with
     *         \( \pi \) replaced by a symbol (polynomial arithmetic; Symja's Simplify of such expressions returned a
     *         wrong value here), kept only if it agrees with the original to 1e-9 relative in double precision
     */
    static IExpr simplify(IExpr c) {
        IExpr x = piSymbol();
        IExpr t = Symja.evaluator().eval(F.Together(F.ReplaceAll(c, F.Rule(F.Pi, x))));
        IExpr num = Symja.evaluator().eval(F.Factor(F.Numerator(t)));
        IExpr den = Symja.evaluator().eval(F.Factor(F.Denominator(t)));
        IExpr out = Symja.evaluator().eval(F.ReplaceAll(F.Divide(num, den), F.Rule(x, F.Pi)));
        try {
            // machine precision: N[.., digits] would leave the engine in arbitrary-precision mode (STACK-NOTES)
            double a = FamilyExpansion.value(c);
            double b = FamilyExpansion.value(out);
            return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? out : c;
        } catch (RuntimeException e) {
            return c;
        }
    }

    /** A root of an edge polynomial with its multiplicity. */
    record Root(IExpr value, int multiplicity) {
    }

    /**
     * The exact non-zero roots of an edge polynomial in c with coefficients in \( \mathbb Q(\pi) \): \( \pi \) is
     * transcendental, so the polynomial factors over \( \mathbb Q[\pi][c] \) exactly as it does with \( \pi \)
     * replaced by a symbol (Symja {@code Factor}); linear factors give rational roots, quadratic ones two roots with a
     * square root. A factor of higher degree (or a polynomial holding other constants Symja does not factor) leaves
     * its roots out of the list.
     */
    static List<Root> roots(IExpr poly, IExpr c) {
        IExpr x = piSymbol();
        IExpr p = Symja.evaluator().eval(F.Numerator(F.Together(F.ReplaceAll(poly, F.Rule(F.Pi, x)))));
        IExpr factored = Symja.evaluator().eval(F.Factor(p));
        List<IExpr> factors = new ArrayList<>();
        if (factored.isTimes()) {
            for (int i = 1; i <= factored.argSize(); i++) {
                factors.add(factored.getAt(i));
            }
        } else {
            factors.add(factored);
        }
        List<Root> out = new ArrayList<>();
        for (IExpr f : factors) {
            int m = 1;
            if (f.isPower() && f.getAt(2).isInteger()) {
                m = f.getAt(2).toIntDefault();
                f = f.getAt(1);
            }
            if (f.isFree(c)) {
                continue;
            }
            int degree = Symja.evaluator().eval(F.Exponent(f, c)).toIntDefault();
            if (degree > 2) {
                continue;
            }
            IExpr sol = Symja.evaluator().eval(F.Solve(F.Equal(f, F.C0), c));
            for (int i = 1; sol.isList() && i <= sol.argSize(); i++) {
                IExpr rule = sol.getAt(i).isList() ? sol.getAt(i).getAt(1) : sol.getAt(i);
                IExpr root = Symja.evaluator().eval(F.Together(F.ReplaceAll(rule.second(), F.Rule(x, F.Pi))));
                if (!root.isZero() && root.isFree(c)) {
                    out.add(new Root(root, m));
                }
            }
        }
        return out;
    }

    /** Relative precision kept in the characteristic coefficients (terms beyond a leading coefficient). */
    static final int TERMS = 10;

    /**
     * The chord form of Newton's method on p in series arithmetic from a simple leading root \( \lambda_0 \):
     * \( \lambda \leftarrow \lambda - p(\lambda)/p'(\lambda_0) \). Each iterate is an exact polynomial in
     * \( \varepsilon \), so p is evaluated at it padded with zeros (only the coefficients \( a_j \) limit the
     * precision); \( p'(\lambda_0) \) is inverted once, and each step gains at least one correct term (the error is
     * multiplied by \( 1 - p'(\lambda)/p'(\lambda_0) = O(\varepsilon) \) relative), so after m steps the first m + 1
     * terms are right; the iteration stops when that covers the precision the data allow (or a step changes nothing).
     */
    private static Series newton(Series[] a, Series lambda) {
        int rel = 0;
        for (Series x : a) {
            rel = Math.max(rel, x.precision() - x.valuation());
        }
        Series inverse = null;
        for (int iteration = 0; iteration < rel + 8; iteration++) {
            Series at = lambda.exact(lambda.valuation() + rel + 2);
            Series p = a[a.length - 1];
            for (int j = a.length - 2; j >= 0; j--) {
                p = p.times(at).plus(a[j]);
            }
            if (inverse == null) {
                Series dp = a[a.length - 1].times(F.ZZ(a.length - 1));
                for (int j = a.length - 2; j >= 1; j--) {
                    dp = dp.times(at).plus(a[j].times(F.ZZ(j)));
                }
                if (dp.isZero()) {
                    throw new ExpansionException("an eigenvalue's leading coefficient is a multiple root: the "
                            + "eigenvalues split at a higher order, which is not expanded");
                }
                inverse = dp.inverse();
            }
            Series next = at.minus(p.times(inverse));
            // correct to order v + 1 + (iteration + 1) after this step; done when that covers the known precision
            if (next.valuation() + 2 + iteration >= next.precision() || (next.precision() <= lambda.precision()
                    && next.minus(lambda).isZero())) {
                return next;
            }
            lambda = next;
        }
        throw new ExpansionException("the chord iteration on an eigenvalue series did not settle");
    }

    /**
     * @return \( a_0..a_r \) with \( \det(S - \lambda T) = \sum_j a_j \lambda^j \): the Leibniz expansion with entries
     *         \( S_{ij} - \lambda T_{ij} \) multiplied as polynomials in \( \lambda \), so that each \( a_j \) carries
     *         its own precision (\( a_r = \det(-T) \) is known as well as T)
     */
    static Series[] characteristic(Series[][] s, Series[][] t) {
        int r = s.length;
        // T is known far beyond S (its entries are rational in k): keep only the relative precision S has, plus two
        int rel = 0;
        for (Series[] row : s) {
            for (Series e : row) {
                rel = Math.max(rel, e.precision() - e.valuation());
            }
        }
        Series[][] tt = new Series[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                Series e = t[i][j];
                tt[i][j] = e.isZero() ? e : e.truncate(e.valuation() + rel + 2);
            }
        }
        t = tt;
        int[] perm = new int[r];
        for (int i = 0; i < r; i++) {
            perm[i] = i;
        }
        Series[] a = new Series[r + 1];
        do {
            // the product over i of (S - lambda T)_{i, perm(i)} as a polynomial in lambda
            Series[] poly = null;
            int sign = sign(perm);
            for (int i = 0; i < r; i++) {
                Series[] e = {s[i][perm[i]], t[i][perm[i]].times(F.CN1)};
                if (poly == null) {
                    poly = sign < 0 ? new Series[] {e[0].times(F.CN1), e[1].times(F.CN1)} : e;
                    continue;
                }
                Series[] next = new Series[poly.length + 1];
                for (int j = 0; j < poly.length; j++) {
                    for (int x = 0; x < 2; x++) {
                        if (absent(poly[j]) || absent(e[x])) {
                            continue;
                        }
                        Series term = poly[j].times(e[x]);
                        next[j + x] = next[j + x] == null ? term : next[j + x].plus(term);
                    }
                }
                poly = next;
            }
            for (int j = 0; j <= r; j++) {
                if (poly[j] != null) {
                    a[j] = a[j] == null ? poly[j] : a[j].plus(poly[j]);
                }
            }
        } while (nextPermutation(perm));
        for (int j = 0; j <= r; j++) {
            if (a[j] == null) {
                throw new ExpansionException("the characteristic polynomial has no term of degree " + j);
            }
        }
        return a;
    }

    /** @return whether a factor is an exact zero (all coefficients known to vanish far beyond any order used) */
    private static boolean absent(Series e) {
        return e == null || (e.isZero() && e.precision() > 60);
    }

    private static int sign(int[] p) {
        int s = 1;
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j < p.length; j++) {
                if (p[i] > p[j]) {
                    s = -s;
                }
            }
        }
        return s;
    }

    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = p.length - 1;
        while (p[j] <= p[i]) {
            j--;
        }
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
        for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
            t = p[a];
            p[a] = p[b];
            p[b] = t;
        }
        return true;
    }
}
