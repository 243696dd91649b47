package org.landscape.asymptotics;

import org.landscape.analysis.WidthFamily;
import org.landscape.analysis.YoungFamily;
import org.landscape.model.Models;
import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.IsotypicHessian;
import org.landscape.reduced.OrbitReducedLoss;
import org.landscape.reduced.OrbitSumEvaluator;
import org.landscape.reduced.YoungRefinement;
import org.landscape.reduced.YoungShape;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The isotypic Hessian blocks of a family of critical points as series in \( \varepsilon = k^{-1/2} \) (issue 19):
 * for each isotypic component of \( M(k,d) \) under the family's Young group H (see
 * {@code reduced.IsotypicComponents}), the Hessian form on \( \mathrm{Fix}(K) \), K the component's point stabiliser,
 * is summed over orbits in exact series arithmetic ({@link SeriesOrbitArithmetic}: the summation code of the numeric
 * route, the kernel's Hessian blocks assembled from the derived frame coefficients) at the expanded family
 * ({@link FamilyExpansion}); the multiplicity space is the exact null space, over \( \mathbb Q(k) \), of its defining
 * conditions (orthogonality, in the Frobenius metric \( G = \mathrm{diag}(|o|) \), to the coarser fixed spaces, and
 * for the two-row and hook components the sign under the transposition of the two fixed positions). With P a basis of
 * it the component's eigenvalues are those of the pencil \( (S, T) = (P\,H_K P^T,\ P\,G P^T) \): for one copy
 * \( \lambda = S/T \).
 */
public final class HessianExpansion {
    private HessianExpansion() {
    }

    /**
     * One component's pencil as series.
     *
     * @param component the component (numeric data at the sentinel width)
     * @param label     its label with sizes in k, e.g. {@code [k-3,1,1]x[1]}
     * @param dimension the irreducible's dimension as a polynomial in k
     * @param s         \( P H_K P^T \)
     * @param t         \( P G P^T \)
     */
    record Pencil(IsotypicComponents.Component component, String label, IExpr dimension, Series[][] s, Series[][] t) {
        int copies() {
            return s.length;
        }
    }

    /**
     * One Hessian eigenvalue of the family as a series.
     *
     * @param component    the isotypic component's label with sizes in k, e.g. {@code [k-3,2]x[1]}
     * @param block        the component's index in the order of {@code IsotypicComponents.of}
     * @param multiplicity the irreducible's dimension, a polynomial in k (the eigenvalue's multiplicity)
     * @param value        the series (remainder: its precision)
     * @param cluster      how many eigenvalues of the component share its leading term (then only that term is given)
     * @param error        |series - numerical block eigenvalue| at each check width
     */
    public record Eigenvalue(String component, int block, IExpr multiplicity, Series value, int cluster, double[] error) {
        public Eigenvalue {
            error = error.clone();
        }

        @Override
        public double[] error() {
            return error.clone();
        }

        /** @return the truncated series at width k */
        public double at(double k) {
            return FamilyExpansion.value(value, k);
        }

        /** @return the power of 1/k of the remainder (negative when the remainder grows) */
        public double remainder() {
            return value.precision() / 2.0;
        }
    }

    /**
     * The Hessian spectrum of the family as k grows.
     *
     * @param eigenvalues  the expanded eigenvalues, component by component
     * @param widths       the check widths of {@link Eigenvalue#error}
     * @param notExpanded  per component with eigenvalues left out: the label, how many and why
     */
    public record Spectrum(List<Eigenvalue> eigenvalues, double[] widths, List<String> notExpanded) {
        public Spectrum {
            eigenvalues = List.copyOf(eigenvalues);
            widths = widths.clone();
            notExpanded = List.copyOf(notExpanded);
        }

        @Override
        public double[] widths() {
            return widths.clone();
        }

        /** @return the observed order of the error in 1/k between the last two widths, per eigenvalue */
        public double[] observedOrders() {
            double[] out = new double[eigenvalues.size()];
            int n = widths.length;
            for (int i = 0; i < out.length; i++) {
                double[] e = eigenvalues.get(i).error();
                out[i] = Math.log(e[n - 2] / e[n - 1]) / Math.log(widths[n - 1] / widths[n - 2]);
            }
            return out;
        }
    }

    /**
     * @param family  the family
     * @param terms   its pattern values' expansions
     * @param alpha   the slope (exact Symja input)
     * @param slope   the slope as a number
     * @param widths  the check widths
     * @param pattern the numerical family at those widths
     * @return the eigenvalue series of every isotypic block, each checked against the numerical block eigenvalues
     */
    static Spectrum expand(YoungFamily family, List<FamilyExpansion.Term> terms, String alpha, double slope,
                           double[] widths, double[][] pattern) {
        List<Pencil> pencils = pencils(family, terms, alpha);
        List<List<double[]>> numeric = new ArrayList<>();
        for (int w = 0; w < widths.length; w++) {
            numeric.add(numerical(family, pattern[w], widths[w], slope));
        }
        List<Eigenvalue> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < pencils.size(); c++) {
            Pencil p = pencils.get(c);
            PencilEigenvalues.Result r;
            try {
                r = PencilEigenvalues.of(p.s(), p.t());
            } catch (ExpansionException x) {
                missing.add(p.label() + ": " + p.copies() + " eigenvalues not expanded: " + x.getMessage());
                continue;
            }
            if (r.undetermined() > 0) {
                missing.add(p.label() + ": " + r.undetermined() + " of " + p.copies() + " eigenvalues not expanded: "
                        + r.reason());
            }
            List<Series> values = r.eigenvalues().stream().map(PencilEigenvalues.Eigenvalue::value).toList();
            double[][] errors = new double[values.size()][widths.length];
            for (int w = 0; w < widths.length; w++) {
                double[] num = numeric.get(w).get(c);
                boolean[] used = new boolean[num.length];
                // the series in ascending order at this width, each matched to the nearest unused numerical eigenvalue
                Integer[] order = new Integer[values.size()];
                double[] at = new double[values.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                    at[i] = FamilyExpansion.value(values.get(i), widths[w]);
                }
                java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> at[i]));
                for (int i : order) {
                    int best = -1;
                    for (int j = 0; j < num.length; j++) {
                        if (!used[j] && (best < 0 || Math.abs(num[j] - at[i]) < Math.abs(num[best] - at[i]))) {
                            best = j;
                        }
                    }
                    used[best] = true;
                    errors[i][w] = Math.abs(num[best] - at[i]);
                }
            }
            for (int i = 0; i < values.size(); i++) {
                out.add(new Eigenvalue(p.label(), c, p.dimension(), values.get(i), r.eigenvalues().get(i).cluster(),
                        errors[i]));
            }
        }
        return new Spectrum(out, widths, missing);
    }

    /** @return the pattern values of the expansion as series (solved levels only) */
    static Series[] patternSeries(List<FamilyExpansion.Term> terms) {
        Series[] x = new Series[terms.size()];
        for (int o = 0; o < x.length; o++) {
            FamilyExpansion.Term t = terms.get(o);
            int p = t.exponent() + t.terms().size();
            Series s = Series.constant(t.limit(), p);
            for (int j = 0; j < t.terms().size(); j++) {
                s = s.plus(Series.monomial(t.terms().get(j), t.exponent() + j, p));
            }
            x[o] = s;
        }
        return x;
    }

    /**
     * @param family the family
     * @param terms  its pattern values' expansions
     * @param alpha  the slope, exact Symja input
     * @return one pencil per isotypic component, in the order of {@code IsotypicComponents.of}
     */
    static List<Pencil> pencils(YoungFamily family, List<FamilyExpansion.Term> terms, String alpha) {
        YoungShape shape = family.shape(SeriesOrbitArithmetic.SENTINEL);
        Series[] x = patternSeries(terms);
        int precision = 0;
        for (Series s : x) {
            precision = Math.max(precision, s.precision());
        }
        precision += 8;
        SeriesOrbitArithmetic arithmetic = new SeriesOrbitArithmetic(alpha, precision);
        double[] teacher = WidthFamily.identityTeacher(shape);
        String[] sizes = family.sizeExpressions();
        int[] order = new int[shape.factors()];
        for (int f = 0; f < order.length; f++) {
            order[f] = f;
        }
        List<Pencil> out = new ArrayList<>();
        for (IsotypicComponents.Component c : IsotypicComponents.of(shape)) {
            YoungRefinement k = c.refinement();
            YoungRefinement base = YoungRefinement.identity(k.base());
            YoungShape ks = k.shape();
            Series[] y = pull(x, k.orbitMap(base));
            double[] v = new double[ks.teacherOrbits()];
            int[] tmap = k.teacherOrbitMap(base);
            for (int o = 0; o < v.length; o++) {
                v[o] = teacher[tmap[o]];
            }
            OrbitSumEvaluator<Series[], SeriesOrbitArithmetic.Sums> sums = new OrbitSumEvaluator<>(ks, v, arithmetic);
            Series[][] h = sums.evaluate(y, OrbitReducedLoss.Order.HESSIAN).hessian();
            IExpr[][] p = multiplicitySpace(c, arithmetic);
            Series[][] pk = new Series[p.length][];
            for (int i = 0; i < p.length; i++) {
                pk[i] = new Series[p[i].length];
                for (int o = 0; o < p[i].length; o++) {
                    pk[i][o] = SeriesEvaluation.of(p[i][o], Map.of("k", Series.monomial(F.C1, -2, precision)),
                            precision);
                }
            }
            int m = ks.studentOrbits();
            Series[][] g = new Series[m][m];
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    g[a][b] = a == b ? arithmetic.count(ks.studentOrbitSize(a)) : Series.constant(F.C0, precision);
                }
            }
            out.add(new Pencil(c, c.label(sizes, order), dimension(c, shape), congruence(pk, h), congruence(pk, g)));
        }
        return out;
    }

    /** @return \( P A P^T \) */
    private static Series[][] congruence(Series[][] p, Series[][] a) {
        int r = p.length;
        int m = a.length;
        Series[][] out = new Series[r][r];
        for (int i = 0; i < r; i++) {
            Series[] ap = new Series[m];
            for (int x = 0; x < m; x++) {
                Series s = null;
                for (int yy = 0; yy < m; yy++) {
                    if (!p[i][yy].isZero()) {
                        Series t = a[x][yy].times(p[i][yy]);
                        s = s == null ? t : s.plus(t);
                    }
                }
                ap[x] = s;
            }
            for (int j = 0; j < r; j++) {
                Series s = null;
                for (int x = 0; x < m; x++) {
                    if (!p[j][x].isZero() && ap[x] != null) {
                        Series t = p[j][x].times(ap[x]);
                        s = s == null ? t : s.plus(t);
                    }
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    private static Series[] pull(Series[] coarse, int[] map) {
        Series[] out = new Series[map.length];
        for (int o = 0; o < map.length; o++) {
            out[o] = coarse[map[o]];
        }
        return out;
    }

    /** @return the irreducible's dimension as a polynomial in k (the sizes read back at the sentinel width) */
    private static IExpr dimension(IsotypicComponents.Component c, YoungShape shape) {
        IExpr[] n = new IExpr[shape.factors()];
        for (int f = 0; f < n.length; f++) {
            n[f] = SeriesOrbitArithmetic.polynomial(shape.size(f));
        }
        IExpr d = switch (c.kind()) {
            case TRIVIAL -> F.C1;
            case STANDARD -> F.Plus(n[c.factors()[0]], F.CN1);
            case TWO_ROW -> F.Times(F.C1D2, n[c.factors()[0]], F.Plus(n[c.factors()[0]], F.ZZ(-3)));
            case HOOK -> F.Times(F.C1D2, F.Plus(n[c.factors()[0]], F.CN1), F.Plus(n[c.factors()[0]], F.ZZ(-2)));
            case PRODUCT -> F.Times(F.Plus(n[c.factors()[0]], F.CN1), F.Plus(n[c.factors()[1]], F.CN1));
        };
        return Symja.evaluator().eval(F.Expand(d));
    }

    /**
     * The multiplicity space of a component as the null space over \( \mathbb Q(k) \) of its conditions, in the orbit
     * coordinates of the point stabiliser K (rows: one vector per copy; entries rational functions of k).
     */
    static IExpr[][] multiplicitySpace(IsotypicComponents.Component c, SeriesOrbitArithmetic arithmetic) {
        YoungRefinement k = c.refinement();
        YoungShape ks = k.shape();
        int m = ks.studentOrbits();
        if (c.kind() == IsotypicComponents.Kind.TRIVIAL) {
            IExpr[][] id = new IExpr[m][m];
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    id[a][b] = a == b ? F.C1 : F.C0;
                }
            }
            return id;
        }
        IExpr[] size = new IExpr[m];
        for (int o = 0; o < m; o++) {
            size[o] = SeriesOrbitArithmetic.polynomial(ks.studentOrbitSize(o));
        }
        List<IExpr[]> rows = new ArrayList<>();
        List<YoungRefinement> coarser = new ArrayList<>();
        int[] split = k.split();
        int[] tau = null;
        switch (c.kind()) {
            case STANDARD -> coarser.add(YoungRefinement.identity(k.base()));
            case PRODUCT -> {
                for (int f : c.factors()) {
                    int[] s = split.clone();
                    s[f] = 0;
                    coarser.add(new YoungRefinement(k.base(), s));
                }
            }
            case TWO_ROW, HOOK -> {
                int[] s = split.clone();
                s[c.factors()[0]] = 1;
                coarser.add(new YoungRefinement(k.base(), s));
                tau = k.swap(c.factors()[0]);
            }
            default -> throw new IllegalStateException(c.kind().toString());
        }
        for (YoungRefinement coarse : coarser) {
            int[] map = k.orbitMap(coarse);
            for (int target = 0; target < coarse.shape().studentOrbits(); target++) {
                IExpr[] row = zeros(m);
                IExpr[] swapped = zeros(m);
                for (int o = 0; o < m; o++) {
                    if (map[o] == target) {
                        row[o] = size[o];
                        if (tau != null) {
                            swapped[tau[o]] = size[o];
                        }
                    }
                }
                rows.add(row);
                if (tau != null) {
                    rows.add(swapped);
                }
            }
        }
        if (tau != null) {
            int sign = c.kind() == IsotypicComponents.Kind.TWO_ROW ? 1 : -1;
            for (int o = 0; o < m; o++) {
                IExpr[] row = zeros(m);
                row[o] = F.C1;
                row[tau[o]] = F.Plus(row[tau[o]], F.ZZ(-sign));
                rows.add(row);
            }
        }
        IExpr[][] out = nullSpace(rows, m);
        if (out.length != c.copies()) {
            throw new IllegalStateException("the exact multiplicity space of " + c.kind() + " has dimension "
                    + out.length + ", expected " + c.copies());
        }
        return out;
    }

    /**
     * @return a basis of \( \{ y : R y = 0 \} \) over the rational functions of k (Gauss-Jordan elimination, exact
     *         zero tests after {@code Together}); one vector per free column, 1 there and 0 at the other free columns
     */
    static IExpr[][] nullSpace(List<IExpr[]> rows, int m) {
        List<IExpr[]> a = new ArrayList<>();
        for (IExpr[] r : rows) {
            IExpr[] copy = new IExpr[m];
            for (int j = 0; j < m; j++) {
                copy[j] = together(r[j]);
            }
            a.add(copy);
        }
        int[] pivotOfColumn = new int[m];
        java.util.Arrays.fill(pivotOfColumn, -1);
        int rank = 0;
        for (int col = 0; col < m && rank < a.size(); col++) {
            int piv = -1;
            for (int i = rank; i < a.size(); i++) {
                if (!a.get(i)[col].isZero()) {
                    piv = i;
                    break;
                }
            }
            if (piv < 0) {
                continue;
            }
            IExpr[] pr = a.remove(piv);
            a.add(rank, pr);
            IExpr inv = F.Power(pr[col], F.CN1);
            for (int j = 0; j < m; j++) {
                pr[j] = together(F.Times(pr[j], inv));
            }
            for (int i = 0; i < a.size(); i++) {
                IExpr[] r = a.get(i);
                if (i == rank || r[col].isZero()) {
                    continue;
                }
                IExpr f = r[col];
                for (int j = 0; j < m; j++) {
                    if (!pr[j].isZero()) {
                        r[j] = together(F.Subtract(r[j], F.Times(f, pr[j])));
                    }
                }
            }
            pivotOfColumn[col] = rank++;
        }
        List<IExpr[]> basis = new ArrayList<>();
        for (int free = 0; free < m; free++) {
            if (pivotOfColumn[free] >= 0) {
                continue;
            }
            IExpr[] v = zeros(m);
            v[free] = F.C1;
            for (int col = 0; col < m; col++) {
                if (pivotOfColumn[col] >= 0) {
                    v[col] = together(F.Negate(a.get(pivotOfColumn[col])[free]));
                }
            }
            basis.add(v);
        }
        return basis.toArray(new IExpr[0][]);
    }

    private static IExpr together(IExpr e) {
        return Symja.evaluator().eval(F.Together(e));
    }

    private static IExpr[] zeros(int m) {
        IExpr[] z = new IExpr[m];
        java.util.Arrays.fill(z, F.C0);
        return z;
    }

    /** @return each component's numerical block eigenvalues along the family at width k (orbit-reduced route) */
    static List<double[]> numerical(YoungFamily family, double[] pattern, double k, double alpha) {
        YoungShape shape = family.shape(k);
        List<double[]> out = new ArrayList<>();
        for (IsotypicHessian.Block b : IsotypicHessian.of(shape, pattern, WidthFamily.identityTeacher(shape),
                Models.kernel(alpha))) {
            out.add(b.eigenvalues());
        }
        return out;
    }
}
