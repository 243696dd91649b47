package org.landscape.asymptotics;

import org.landscape.analysis.FamilyInWidth;
import org.landscape.analysis.WidthFamily;
import org.landscape.analysis.YoungFamily;
import org.landscape.base.Evidence;
import org.landscape.reduced.YoungShape;
import org.landscape.solve.Newton;
import org.landscape.solve.NewtonResult;
import org.landscape.solve.NewtonSettings;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asymptotic expansion of a symmetric family of critical points in the width (issue 19): the pattern values and the
 * loss in powers of \( \varepsilon = k^{-1/2} \), with exact coefficients, derived from the orbit-reduced equations.
 *
 * <p>Method:
 * <ol>
 *   <li><b>Exponents and limits from the equations' solutions.</b> The family is solved (orbit-reduced Newton, k real)
 *       at \( K, 4K, 16K \); for each pattern value the ratio of successive differences gives the leading exponent
 *       \( \varepsilon^{q} \) (q an integer) and Richardson extrapolation the limit, which must be a small rational
 *       (recognised exactly); the sign of the leading coefficient is read off too.</li>
 *   <li><b>Ansatz.</b> \( x_o = x_o^\infty + \sum_{j<N} X_{o,j}\, \varepsilon^{q_o + j} \) with unknown symbols.</li>
 *   <li><b>Expansion.</b> The equations \( DL[E_o] = 0 \) are expanded in \( \varepsilon \) with exact series arithmetic
 *       ({@link ReducedSeries}, {@link Series}): orbit sizes are polynomials in \( n = \varepsilon^{-2} - c \), and the
 *       kernel profiles of the symbolic derivation are expanded at each pair's limiting angle.</li>
 *   <li><b>Order by order.</b> For j = 0, 1, ...: the coefficient equations in which the unknowns of level j appear
 *       with known lower levels are solved exactly (Symja {@code Solve}; at level 0 the equations may be nonlinear and
 *       the root nearest the numerical estimate is taken), then every other available coefficient equation is checked
 *       to vanish (consistency).</li>
 *   <li>The loss expansion follows by substituting the solved series into the loss.</li>
 * </ol>
 */
public final class FamilyExpansion {
    /** Unknown levels beyond those solved, kept as placeholders so that the solved levels' equations are complete. */
    static final int EXTRA = 3;
    private FamilyExpansion() {
    }

    /**
     * One pattern value's expansion.
     *
     * @param label    the orbit label (block of the row, block of the column, diag)
     * @param limit    \( x^\infty \), exact
     * @param exponent the power of epsilon of the first correction
     * @param terms    the coefficients of \( \varepsilon^{q}, \varepsilon^{q+1}, \dots \), exact
     */
    public record Term(String label, IExpr limit, int exponent, List<IExpr> terms) {
        /** @return the value's name, {@code w<r><c>} with {@code diag} on a block's diagonal, e.g. {@code w00diag} */
        public String name() {
            String[] p = label.split(",");
            return "w" + p[0] + p[1] + (p.length > 2 ? "diag" : "");
        }

        /**
         * @param sizes the blocks' sizes as expressions in k
         * @return e.g. {@code W on rows of block 0 (k-1) x columns of block 1 (1)}
         */
        public String description(String[] sizes) {
            String[] p = label.split(",");
            return "W on rows of block " + p[0] + " (" + sizes[Integer.parseInt(p[0])] + ") x columns of block " + p[1]
                    + " (" + sizes[Integer.parseInt(p[1])] + ")" + (p.length > 2 ? ", diagonal"
                    : p[0].equals(p[1]) ? ", off the diagonal" : "");
        }
    }

    /**
     * The truncated series against the numerical family at one width.
     *
     * @param k         the width
     * @param error     per pattern value, |series - numerical value|
     * @param lossError |loss series - numerical loss|
     */
    public record Check(double k, double[] error, double lossError) {
    }

    /**
     * The expansion of a family.
     *
     * @param template  the family
     * @param alpha     the slope (exact input)
     * @param order     the number of correction terms per pattern value
     * @param variables one expansion per pattern value
     * @param loss      the loss series (absolute precision included)
     * @param checked   how many coefficient equations beyond those solved were verified to vanish exactly
     * @param checks    the truncated series against the numerical family at growing widths
     * @param evidence  method and the numerical checks
     * @param spectrum  the Hessian eigenvalues of the family's isotypic blocks as series, checked at the same widths
     */
    public record Expansion(String template, String alpha, int order, List<Term> variables, Series loss, int checked,
                            List<Check> checks, Evidence evidence, HessianExpansion.Spectrum spectrum) {
        /** @return the truncated series of pattern value i at width k */
        public double value(int i, double k) {
            return FamilyExpansion.value(variables.get(i), k);
        }

        /** @return pattern value i as one exact expression in the symbol k: \( x^\infty + \sum_j c_j k^{-(q+j)/2} \) */
        public IExpr expression(int i) {
            Term t = variables.get(i);
            IExpr k = F.symbol("k");
            IExpr sum = t.limit();
            for (int j = 0; j < t.terms().size(); j++) {
                sum = F.Plus(sum, F.Times(t.terms().get(j), F.Power(k, F.QQ(-(t.exponent() + j), 2))));
            }
            return Symja.evaluator().eval(sum);
        }

        /** @return the truncated loss series as one exact expression in the symbol k */
        public IExpr lossExpression() {
            return FamilyExpansion.expression(loss);
        }

        /** @return the power of 1/k of the remainder of pattern value i */
        public double remainder(int i) {
            Term t = variables.get(i);
            return (t.exponent() + t.terms().size()) / 2.0;
        }

        /** @return the truncated loss series at width k */
        public double lossValue(double k) {
            return FamilyExpansion.value(loss, k);
        }

        /**
         * @return the observed order of the error between the last two checks, per pattern value then the loss:
         *         \( \log(e_1/e_2) / \log(k_2/k_1) \) in powers of 1/k (expected (q + order)/2 for a value, the loss
         *         series' precision/2 for the loss)
         */
        public double[] observedOrders() {
            Check a = checks.get(checks.size() - 2);
            Check b = checks.get(checks.size() - 1);
            double[] out = new double[variables.size() + 1];
            double span = Math.log(b.k() / a.k());
            for (int i = 0; i < variables.size(); i++) {
                out[i] = Math.log(a.error()[i] / b.error()[i]) / span;
            }
            // the loss: the last two checks whose difference lies above the rounding of the orbit sums
            List<Check> resolved = checks.stream().filter(c -> !Double.isNaN(c.lossError())).toList();
            out[variables.size()] = resolved.size() < 2 ? Double.NaN
                    : Math.log(resolved.get(resolved.size() - 2).lossError() / resolved.get(resolved.size() - 1)
                    .lossError()) / Math.log(resolved.get(resolved.size() - 1).k() / resolved.get(resolved.size() - 2)
                    .k());
            return out;
        }
    }

    /** @return a truncated series as one exact expression in the symbol k, \( \sum_j s_j k^{-j/2} \) */
    public static IExpr expression(Series s) {
        IExpr k = F.symbol("k");
        IExpr sum = F.C0;
        for (int j = s.valuation(); j < s.precision(); j++) {
            sum = F.Plus(sum, F.Times(s.coefficient(j), F.Power(k, F.QQ(-j, 2))));
        }
        return Symja.evaluator().eval(sum);
    }

    /** @return the truncated series of a pattern value at width k */
    static double value(Term t, double k) {
        double x = value(t.limit());
        for (int j = 0; j < t.terms().size(); j++) {
            x += value(t.terms().get(j)) * Math.pow(k, -(t.exponent() + j) / 2.0);
        }
        return x;
    }

    /** @return the truncated series at width k, \( \sum_j s_j k^{-j/2} \) */
    static double value(Series s, double k) {
        double x = 0;
        for (int j = s.valuation(); j < s.precision(); j++) {
            x += value(s.coefficient(j)) * Math.pow(k, -j / 2.0);
        }
        return x;
    }

    /** Numerical samples of the family at three widths. */
    record Samples(double[] widths, double[][] values) {
    }

    /**
     * @param family the family
     * @param start  a point of the family at an integer width (read)
     * @param alpha  the slope (a double whose exact rational value is used)
     * @param order  the number of correction terms per pattern value, at least 1
     * @param base   the smallest of the three sample widths (e.g. 1000)
     * @return the expansion
     */
    public static Expansion expand(YoungFamily family, double[][] start, double alpha, int order, double base) {
        if (order < 1 || order > 6) {
            throw new org.landscape.base.InvalidInputException("--order " + order + ": give 1 to 6 correction terms");
        }
        if (!family.isDiagonal()) {
            // the series ansatz has one growing block (growingOffset); rows and columns growing separately are not
            // expanded
            throw new org.landscape.base.UnsupportedException("the expansion in k^(-1/2) is implemented for diagonal "
                    + "Young families (Delta(S{k-c}x...)) only, not for " + family.template() + ": follow it "
                    + "numerically with the family command or the continuation in k");
        }
        String a = Symja.exactRational(alpha);
        Samples s = sample(family, start, alpha, new double[] {base, 4 * base, 16 * base});
        YoungShape shape = family.shape(1e6);
        int m = shape.studentOrbits();
        IExpr[] limit = new IExpr[m];
        int[] exponent = new int[m];
        double[] estimate = new double[m];
        for (int o = 0; o < m; o++) {
            double x1 = s.values()[0][o];
            double x2 = s.values()[1][o];
            double x3 = s.values()[2][o];
            double r = (x1 - x2) / (x2 - x3);
            double p = Math.log(Math.abs(r)) / Math.log(4);
            exponent[o] = (int) Math.round(2 * p);
            if (exponent[o] < 1) {
                throw new ExpansionException("pattern value " + label(shape, o) + " does not settle as k grows "
                        + "(differences ratio " + r + "): no expansion in k^(-1/2)");
            }
            double lim = x3 - (x2 - x3) / (Math.pow(4, exponent[o] / 2.0) - 1);
            limit[o] = recognise(lim, label(shape, o));
            double limValue = value(limit[o]);
            estimate[o] = (x3 - limValue) * Math.pow(s.widths()[2], exponent[o] / 2.0);
        }
        // the ansatz with unknown symbols (and EXTRA further levels as placeholders, so that the equations of the
        // levels solved are complete); leading coefficients as sign * positive symbol
        int levels = order + EXTRA;
        Series[] x = new Series[m];
        List<List<IExpr>> symbols = new ArrayList<>();
        for (int o = 0; o < m; o++) {
            List<IExpr> syms = new ArrayList<>();
            int prec = exponent[o] + levels;
            Series xs = Series.constant(limit[o], prec);
            for (int j = 0; j < levels; j++) {
                IExpr sym = F.symbol("x" + o + "c" + j);
                syms.add(sym);
                IExpr coef = j == 0 && estimate[o] < 0 ? F.Times(F.CN1, sym) : sym;
                xs = xs.plus(Series.monomial(coef, exponent[o] + j, prec));
            }
            symbols.add(syms);
            x[o] = xs;
        }
        // n = eps^-2 - c exactly: a Laurent polynomial, known to every order (zeros padded to the precision used)
        int pad = maxPrecision(x) + 4;
        Series n = Series.monomial(F.C1, -2, pad).plus(Series.constant(F.ZZ(-growingOffset(family)), pad));
        Series[] size = new Series[shape.factors()];
        for (int f = 0; f < size.length; f++) {
            size[f] = shape.size(f) > 1e5 ? n : Series.constant(F.ZZ(Math.round(shape.size(f))), maxPrecision(x) + 4);
        }
        double[] teacher = WidthFamily.identityTeacher(shape);
        ReducedSeries rs = new ReducedSeries(shape, size, x, teacher, a, maxPrecision(x) + 4);
        Series[] g = rs.gradient();
        if (Boolean.getBoolean("landscape.debugExpansion")) {
            for (int o = 0; o < m; o++) {
                System.err.println("F" + o + " (" + label(shape, o) + "): valuation " + g[o].valuation() + ", precision "
                        + g[o].precision());
            }
        }
        Map<IExpr, IExpr> solved = solve(g, symbols, estimate, order);
        int checked = check(g, solved);
        List<Term> terms = new ArrayList<>();
        for (int o = 0; o < m; o++) {
            List<IExpr> cs = new ArrayList<>();
            for (int j = 0; j < order; j++) {
                IExpr v = substitute(symbols.get(o).get(j), solved);
                cs.add(j == 0 && estimate[o] < 0 ? Series.simplify(F.Times(F.CN1, v)) : v);
            }
            terms.add(new Term(label(shape, o), limit[o], exponent[o], cs));
        }
        Series[] xSolved = new Series[m];
        for (int o = 0; o < m; o++) {
            xSolved[o] = x[o].map(e -> substitute(e, solved));
        }
        Series loss = known(new ReducedSeries(shape, size, xSolved, teacher, a, maxPrecision(x) + 4).loss());
        Samples checkSamples = sample(family, start, alpha, CHECK_WIDTHS);
        List<Check> checks = verify(family, alpha, terms, loss, checkSamples);
        HessianExpansion.Spectrum spectrum;
        try {
            spectrum = HessianExpansion.expand(family, terms, a, alpha, checkSamples.widths(), checkSamples.values());
        } catch (ExpansionException failure) {
            spectrum = new HessianExpansion.Spectrum(List.of(), checkSamples.widths(), List.of("all components: "
                    + failure.getMessage()));
        }
        Evidence ev = new Evidence("exponents and limits from the orbit-reduced family at k = " + (long) base + ", "
                + (long) (4 * base) + ", " + (long) (16 * base) + "; coefficients solved exactly order by order from the "
                + "expanded equations (kernel profiles of the symbolic derivation expanded at the limiting angles)",
                Double.NaN, checked + " further coefficient equations verified to vanish exactly");
        return new Expansion(family.template(), a, order, terms, loss, checked, checks, ev, spectrum);
    }

    /**
     * @return the series truncated before its first coefficient that still holds an unknown of an unsolved level (the
     *         loss is stationary at the family, so it is known to a higher order than the pattern values)
     */
    static Series known(Series s) {
        for (int j = s.valuation(); j < s.precision(); j++) {
            if (!freeUnknowns(s.coefficient(j)).isEmpty()) {
                return s.truncate(j);
            }
        }
        return s;
    }

    /** The widths at which the truncated series are compared with the numerical family. */
    static final double[] CHECK_WIDTHS = {100, 300, 1000, 3000, 10000};

    /** The truncated series against the orbit-reduced family (a numerical route that shares only the kernel). */
    static List<Check> verify(YoungFamily family, double alpha, List<Term> terms, Series loss, Samples s) {
        double[] widths = s.widths();
        FamilyInWidth p = new FamilyInWidth(family, FamilyInWidth.Parameter.WIDTH, alpha);
        List<Check> out = new ArrayList<>();
        for (int w = 0; w < widths.length; w++) {
            double[] err = new double[terms.size()];
            for (int i = 0; i < err.length; i++) {
                err[i] = Math.abs(value(terms.get(i), widths[w]) - s.values()[w][i]);
            }
            org.landscape.reduced.OrbitSums sums = p.sums(s.values()[w], widths[w]);
            double lossErr = Math.abs(value(loss, widths[w]) - sums.loss());
            // the orbit-summed loss is accurate to about 1e-14 times its absolute terms (growing like k^2): a comparison
            // below ten times that says nothing and is reported as NaN
            double rounding = org.landscape.reduced.OrbitSums.TERM_ACCURACY * sums.lossAbs();
            out.add(new Check(widths[w], err, lossErr > 10 * rounding ? lossErr : Double.NaN));
        }
        return out;
    }

    private static int growingOffset(YoungFamily family) {
        // n_growing = k - c with c = minimumWidth - 1
        return family.minimumWidth() - 1;
    }

    private static int maxPrecision(Series[] x) {
        int p = 0;
        for (Series s : x) {
            p = Math.max(p, s.precision());
        }
        return p;
    }

    /** @return the numerical value of an exact constant */
    public static double value(IExpr e) {
        // the normal form first: an unreduced fraction of polynomials in pi loses every digit to cancellation in N
        return Symja.evaluator().eval(F.N(PiRational.normal(e).orElse(e))).evalf();
    }

    static String label(YoungShape shape, int o) {
        int[] orbit = shape.studentOrbit(o);
        int rb = shape.factor(orbit[0]);
        int cb = shape.factor(orbit[1]);
        return orbit[2] == 1 ? rb + "," + rb + ",diag" : rb + "," + cb;
    }

    /** @return the exact rational p/q (q at most 12) within 1e-5 of x */
    static IExpr recognise(double x, String what) {
        for (int q = 1; q <= 12; q++) {
            long p = Math.round(x * q);
            if (Math.abs(x - (double) p / q) < 1e-5) {
                return Symja.evaluator().eval(F.QQ(p, q));
            }
        }
        throw new ExpansionException("the limit of pattern value " + what + " as k grows is about " + x
                + ", not a recognised rational: the expansion needs its exact value");
    }

    /** The family solved at real widths (orbit-reduced Newton, stepping geometrically from the start). */
    static Samples sample(YoungFamily family, double[][] start, double alpha, double[] widths) {
        FamilyInWidth p = new FamilyInWidth(family, FamilyInWidth.Parameter.WIDTH, alpha);
        double[] x = WidthFamily.startPattern(family, start);
        double k = start.length;
        double[] prev = null;
        double kPrev = 0;
        NewtonSettings ns = NewtonSettings.DEFAULT.withResidualTolerance(1e-15).withMaxIterations(100);
        double[][] out = new double[widths.length][];
        int next = 0;
        while (next < widths.length) {
            double kn = Math.min(k * 1.1, widths[next]);
            double[] guess = x.clone();
            if (prev != null) {
                double t = (1 / kn - 1 / k) / (1 / k - 1 / kPrev);
                for (int i = 0; i < x.length; i++) {
                    guess[i] = x[i] + t * (x[i] - prev[i]);
                }
            }
            NewtonResult r = new Newton().solve(p, guess, kn, ns);
            if (!r.status().converged() && r.residual() > 1e-10) {
                throw new org.landscape.base.NotConvergedException("the family " + family.template() + " could not be "
                        + "followed to k = " + kn + " (Newton " + r.status() + "): it may end before the widths the "
                        + "expansion needs");
            }
            prev = x;
            kPrev = k;
            x = r.x();
            k = kn;
            while (next < widths.length && k == widths[next]) {
                out[next++] = x.clone();
            }
        }
        return new Samples(widths.clone(), out);
    }

    /**
     * Peels the coefficient equations: repeatedly finds a set of equations whose unsolved unknowns are exactly a set V
     * of at most {@link #JOINT} unknowns with at least |V| equations, solves them for V exactly (Symja {@code Solve};
     * for the leading coefficients the real positive root nearest the numerical estimate), and substitutes, until the
     * unknowns of the first {@code levels} levels are all solved. Equations that still contain placeholders of later
     * levels are not used.
     */
    private static Map<IExpr, IExpr> solve(Series[] g, List<List<IExpr>> symbols, double[] estimate, int levels) {
        Map<IExpr, IExpr> solved = new LinkedHashMap<>();
        Map<IExpr, Double> leading = new LinkedHashMap<>();
        Set<IExpr> wanted = new LinkedHashSet<>();
        for (int o = 0; o < symbols.size(); o++) {
            leading.put(symbols.get(o).get(0), Math.abs(estimate[o]));
            for (int j = 0; j < levels; j++) {
                wanted.add(symbols.get(o).get(j));
            }
        }
        boolean progress = true;
        while (progress && !solved.keySet().containsAll(wanted)) {
            progress = false;
            List<IExpr> eqs = new ArrayList<>();
            List<Set<IExpr>> unknowns = new ArrayList<>();
            for (Series s : g) {
                for (int power = s.valuation(); power < s.precision(); power++) {
                    IExpr e = substitute(s.coefficient(power), solved);
                    Set<IExpr> free = freeUnknowns(e);
                    if (!free.isEmpty() && !eqs.contains(e)) {
                        eqs.add(e);
                        unknowns.add(free);
                    }
                }
            }
            for (int size = 1; size <= JOINT && !progress; size++) {
                for (int i = 0; i < eqs.size() && !progress; i++) {
                    Set<IExpr> v = unknowns.get(i);
                    if (v.size() != size) {
                        continue;
                    }
                    List<IExpr> system = new ArrayList<>();
                    for (int e = 0; e < eqs.size(); e++) {
                        if (v.containsAll(unknowns.get(e))) {
                            system.add(eqs.get(e));
                        }
                    }
                    if (system.size() < size) {
                        continue;
                    }
                    Map<IExpr, IExpr> roots = solveSystem(system, v, leading);
                    if (!roots.isEmpty()) {
                        solved.putAll(roots);
                        for (Map.Entry<IExpr, IExpr> e : solved.entrySet()) {
                            e.setValue(substitute(e.getValue(), solved));
                        }
                        progress = true;
                    }
                }
            }
        }
        for (IExpr w : wanted) {
            if (!solved.containsKey(w)) {
                throw new ExpansionException("the expansion leaves " + w + " undetermined at this order: ask for fewer "
                        + "terms or check the exponents read from the numerics");
            }
        }
        return solved;
    }

    /** Largest number of unknowns solved jointly. */
    static final int JOINT = 4;

    /** @return the exact solution of the system for v (the root nearest the estimates), or empty */
    private static Map<IExpr, IExpr> solveSystem(List<IExpr> system, Set<IExpr> v, Map<IExpr, Double> leading) {
        if (Boolean.getBoolean("landscape.debugExpansion")) {
            System.err.println("solve for " + v);
            system.forEach(e -> System.err.println("  0 == " + Symja.display(e)));
        }
        // affine in the unknowns (every level after the leading one): exact elimination over Q(pi); Symja's Solve
        // exceeded its iteration limit on these systems at --order 4
        java.util.Optional<Map<IExpr, IExpr>> linear = PiRational.solveLinear(system, new ArrayList<>(v));
        if (linear.isPresent()) {
            for (Map.Entry<IExpr, IExpr> r : linear.get().entrySet()) {
                if (leading.containsKey(r.getKey()) && !(value(r.getValue()) > 0)) {
                    return Map.of(); // a leading coefficient is written with its sign: it must come out positive
                }
            }
            return linear.get();
        }
        IExpr sol = Symja.evaluator().eval(F.Solve(F.List(system.stream().map(e -> F.Equal(e, F.C0))
                .toArray(IExpr[]::new)), F.List(v.toArray(new IExpr[0]))));
        if (!sol.isList() || sol.argSize() == 0) {
            return Map.of();
        }
        IExpr best = null;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int i = 1; i <= sol.argSize(); i++) {
            IExpr rules = sol.getAt(i);
            if (!rules.isList() || rules.argSize() != v.size()) {
                continue;
            }
            double dist = 0;
            boolean ok = true;
            for (int r = 1; r <= rules.argSize(); r++) {
                IExpr rule = rules.getAt(r);
                if (!freeUnknowns(rule.second()).isEmpty()) {
                    ok = false;
                    break;
                }
                Double est = leading.get(rule.first());
                if (est != null) {
                    try {
                        double val = value(rule.second());
                        ok &= val > 0;
                        dist += Math.abs(val - est);
                    } catch (RuntimeException e) {
                        ok = false;
                    }
                }
            }
            if (ok && dist < bestDist) {
                bestDist = dist;
                best = rules;
            }
        }
        if (best == null) {
            return Map.of();
        }
        Map<IExpr, IExpr> out = new LinkedHashMap<>();
        for (int r = 1; r <= best.argSize(); r++) {
            out.put(best.getAt(r).first(), Series.together(best.getAt(r).second()));
        }
        if (Boolean.getBoolean("landscape.debugExpansion")) {
            out.forEach((k, x) -> System.err.println("  -> " + k + " = " + Symja.display(x)));
        }
        return out;
    }

    /** @return the number of coefficient equations that vanish after substitution; throws on one that does not */
    private static int check(Series[] g, Map<IExpr, IExpr> solved) {
        int n = 0;
        for (int o = 0; o < g.length; o++) {
            Series s = g[o];
            for (int power = s.valuation(); power < s.precision(); power++) {
                IExpr e = Series.together(substitute(s.coefficient(power), solved));
                if (!freeUnknowns(e).isEmpty()) {
                    continue;
                }
                if (!e.isZero()) {
                    throw new ExpansionException("the coefficient of eps^" + power + " in equation " + o + " is "
                            + Symja.display(e) + " after solving: the expansion is inconsistent");
                }
                n++;
            }
        }
        return n;
    }

    static IExpr substitute(IExpr e, Map<IExpr, IExpr> solved) {
        if (solved.isEmpty()) {
            return e;
        }
        return PiRational.substitute(e, solved).orElseGet(() -> {
            IExpr[] rules = solved.entrySet().stream().map(r -> F.Rule(r.getKey(), r.getValue())).toArray(IExpr[]::new);
            return Series.together(Symja.evaluator().eval(F.ReplaceAll(e, F.List(rules))));
        });
    }

    private static Set<IExpr> freeUnknowns(IExpr e) {
        Set<IExpr> out = new LinkedHashSet<>();
        collect(e, out);
        return out;
    }

    private static void collect(IExpr e, Set<IExpr> out) {
        if (e.isSymbol()) {
            String name = e.toString();
            if (name.matches("x\\d+c\\d+")) {
                out.add(e);
            }
            return;
        }
        if (e.isAST()) {
            for (int i = 0; i <= e.argSize(); i++) {
                collect(e.getAt(i), out);
            }
        }
    }
}
