package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.YoungFamily;
import org.landscape.asymptotics.FamilyExpansion;
import org.landscape.asymptotics.HessianExpansion;
import org.landscape.asymptotics.Series;
import org.landscape.asymptotics.SeriesText;

import java.util.Locale;

/**
 * An asymptotic expansion of a family in the width ({@link FamilyExpansion.Expansion}) as LaTeX, Symja definitions,
 * JSON or text. Pattern value \( w^{(r,c)} \) is the common entry of W in row block r and column block c (off the
 * diagonal of a block; \( w^{(r,r)}_{\mathrm{diag}} \) on it); blocks are numbered in template order, their sizes
 * are printed as expressions in k. Every series is printed with its remainder \( O(k^{-p/2}) \).
 */
public final class ExpansionOutput {
    private ExpansionOutput() {
    }

    /** @return LaTeX name of pattern value i, e.g. {@code w^{(0,0)}_{\mathrm{diag}}} */
    static String texName(FamilyExpansion.Term t) {
        String[] p = t.label().split(",");
        return "w^{(" + p[0] + "," + p[1] + ")}" + (p.length > 2 ? "_{\\mathrm{diag}}" : "");
    }

    /** @return the expansion in {@code format}: latex, symja, json, or text for anything else */
    public static String render(FamilyExpansion.Expansion e, String format) {
        return switch (format) {
            case "latex" -> latex(e);
            case "symja" -> symja(e);
            case "json" -> Output.json(json(e));
            default -> text(e);
        };
    }

    /** @return a standalone LaTeX document */
    public static String latex(FamilyExpansion.Expansion e) {
        String[] sizes = YoungFamily.parse(e.template()).sizeExpressions();
        StringBuilder b = new StringBuilder();
        b.append("% Landscape: asymptotic expansion of the family ").append(e.template()).append(" at alpha = ")
                .append(e.alpha()).append(" as k -> infinity (teacher I_k, L = 1/2 E[(f_W - f_V)^2])\n");
        for (FamilyExpansion.Term t : e.variables()) {
            b.append("% ").append(texName(t)).append(": ").append(t.description(sizes)).append('\n');
        }
        b.append("% ").append(e.evidence().method()).append("; ").append(e.evidence().detail()).append('\n');
        for (FamilyExpansion.Check c : e.checks()) {
            b.append("% ").append(checkLine(e, c)).append('\n');
        }
        b.append("\\documentclass{article}\n\\usepackage{amsmath,amssymb}\n\\begin{document}\n% --- begin formula\n");
        b.append("\\begin{align*}\n");
        for (FamilyExpansion.Term t : e.variables()) {
            b.append(texName(t)).append(" &= ")
                    .append(SeriesText.tex(t)).append(" \\\\\n");
        }
        Series l = e.loss();
        b.append("L &= ").append(SeriesText.tex(l));
        for (HessianExpansion.Eigenvalue v : e.spectrum().eigenvalues()) {
            b.append(" \\\\\n\\lambda_{").append(v.component().replace("x", "\\times")).append("} &= ")
                    .append(SeriesText.tex(v.value())).append(" \\quad \\text{(multiplicity $")
                    .append(SeriesText.show(v.multiplicity(), true)).append("$")
                    .append(v.cluster() > 1 ? ", one of " + v.cluster() + " with this leading term" : "").append(")}");
        }
        b.append("\n\\end{align*}\n% --- end formula\n");
        for (String m : e.spectrum().notExpanded()) {
            b.append("% not expanded: ").append(m).append('\n');
        }
        b.append("\\end{document}\n");
        return b.toString();
    }

    /** @return Symja definitions {@code w00diag[k_] := ...}, {@code FamilyLoss[k_] := ...} */
    public static String symja(FamilyExpansion.Expansion e) {
        String[] sizes = YoungFamily.parse(e.template()).sizeExpressions();
        StringBuilder b = new StringBuilder();
        b.append("(* asymptotic expansion of ").append(e.template()).append(" at alpha = ").append(e.alpha())
                .append(", truncated; remainders in the comments *)\n");
        for (FamilyExpansion.Term t : e.variables()) {
            b.append("(* ").append(t.description(sizes)).append(", + O(k^(-")
                    .append(half(t.exponent() + t.terms().size())).append(")) *)\n");
            b.append(t.name()).append("[k_] := ").append(SeriesText.expression(e, e.variables().indexOf(t))).append(";\n");
        }
        b.append("(* loss, + O(k^(-").append(half(e.loss().precision())).append(")) *)\n");
        b.append("FamilyLoss[k_] := ").append(SeriesText.expression(e.loss())).append(";\n");
        int i = 0;
        for (HessianExpansion.Eigenvalue v : e.spectrum().eigenvalues()) {
            b.append("(* Hessian eigenvalue on component ").append(v.component()).append(", multiplicity ")
                    .append(SeriesText.show(v.multiplicity(), true)).append(v.cluster() > 1 ? ", leading term of a "
                            + "cluster of " + v.cluster() : "").append(", + O(k^(").append(halfSigned(-v.value()
                            .precision())).append(")) *)\n");
            b.append("HessianEigenvalue").append(++i).append("[k_] := ").append(SeriesText.expression(v.value()))
                    .append(";\n");
        }
        for (String m : e.spectrum().notExpanded()) {
            b.append("(* not expanded: ").append(m).append(" *)\n");
        }
        return b.toString();
    }

    private static String half(int p) {
        return p % 2 == 0 ? String.valueOf(p / 2) : p + "/2";
    }

    /** @return p/2 as an exponent, e.g. {@code -3/2} or {@code 1} */
    private static String halfSigned(int p) {
        return p % 2 == 0 ? String.valueOf(p / 2) : p + "/2";
    }

    /** @return the JSON object */
    public static ObjectNode json(FamilyExpansion.Expansion e) {
        String[] sizes = YoungFamily.parse(e.template()).sizeExpressions();
        ObjectNode o = Output.object();
        o.put("family", e.template());
        o.put("alpha", e.alpha());
        o.put("variable", "k (width), series in k^(-1/2)");
        o.put("order", e.order());
        ArrayNode vs = o.putArray("pattern");
        for (FamilyExpansion.Term t : e.variables()) {
            ObjectNode v = vs.addObject();
            v.put("name", t.name());
            v.put("orbit", t.label());
            v.put("description", t.description(sizes));
            v.put("limit", SeriesText.limit(t));
            v.put("first_exponent", t.exponent() / 2.0);
            ArrayNode cs = v.putArray("coefficients");
            for (int j = 0; j < t.terms().size(); j++) {
                ObjectNode c = cs.addObject();
                c.put("power_of_k", -(t.exponent() + j) / 2.0);
                c.put("exact", SeriesText.coefficient(t, j));
                c.put("value", SeriesText.value(t, j));
            }
            v.put("remainder_power_of_k", -(t.exponent() + t.terms().size()) / 2.0);
            v.put("symja", SeriesText.expression(e, e.variables().indexOf(t)));
            v.put("latex", SeriesText.tex(t));
        }
        putSeries(o.putObject("loss"), e.loss());
        ArrayNode hs = o.putArray("hessian_eigenvalues");
        double[] hOrders = e.spectrum().observedOrders();
        int hi = 0;
        for (HessianExpansion.Eigenvalue v : e.spectrum().eigenvalues()) {
            ObjectNode h = hs.addObject();
            h.put("component", v.component());
            h.put("multiplicity", SeriesText.show(v.multiplicity(), true));
            h.put("cluster", v.cluster());
            putSeries(h, v.value());
            ArrayNode err = h.putArray("errors");
            for (double d : v.error()) {
                err.add(d);
            }
            h.put("observed_error_order", hOrders[hi++]);
        }
        ArrayNode notExpanded = o.putArray("hessian_not_expanded");
        e.spectrum().notExpanded().forEach(notExpanded::add);
        ArrayNode checks = o.putArray("checks");
        double[] observed = e.observedOrders();
        for (FamilyExpansion.Check c : e.checks()) {
            ObjectNode x = checks.addObject();
            x.put("k", c.k());
            ArrayNode err = x.putArray("pattern_error");
            for (double d : c.error()) {
                err.add(d);
            }
            if (Double.isNaN(c.lossError())) {
                x.putNull("loss_error");
            } else {
                x.put("loss_error", c.lossError());
            }
        }
        ArrayNode obs = o.putArray("observed_error_orders");
        for (double d : observed) {
            obs.add(d);
        }
        ObjectNode v = o.putObject("verification");
        v.put("method", e.evidence().method());
        v.put("detail", e.evidence().detail());
        v.put("coefficient_equations_checked", e.checked());
        v.put("numerical_check", "the truncated series against the orbit-reduced family solved by Newton at each k "
                + "(loss_error null where the difference is below ten times the rounding of the orbit sums); each "
                + "Hessian eigenvalue series against the nearest eigenvalue of its numerical isotypic block there "
                + "(errors at the checks' k)");
        v.put("hessian_method", "isotypic Hessian blocks summed over orbits in exact series arithmetic at the "
                + "expanded family (kernel Hessian from the derived frame coefficients), multiplicity spaces exact over "
                + "Q(k); eigenvalues by the Newton polygon of det(S - lambda T), exact leading roots (Factor over "
                + "Q[pi]) and Newton's method in series arithmetic for simple roots");
        return o;
    }

    /**
     * Writes a series in \( k^{-1/2} \): {@code coefficients} (power of k, exact, value), {@code
     * remainder_power_of_k}, {@code symja} (the truncated sum in k) and {@code latex}.
     */
    private static void putSeries(ObjectNode node, Series s) {
        ArrayNode cs = node.putArray("coefficients");
        for (int j = s.valuation(); j < s.precision(); j++) {
            ObjectNode c = cs.addObject();
            c.put("power_of_k", -j / 2.0);
            c.put("exact", SeriesText.coefficient(s, j));
            c.put("value", SeriesText.value(s, j));
        }
        node.put("remainder_power_of_k", -s.precision() / 2.0);
        node.put("symja", SeriesText.expression(s));
        node.put("latex", SeriesText.tex(s));
    }

    /** @return a readable summary: the series with numerical coefficients, then the checks */
    public static String text(FamilyExpansion.Expansion e) {
        String[] sizes = YoungFamily.parse(e.template()).sizeExpressions();
        StringBuilder b = new StringBuilder();
        b.append("family ").append(e.template()).append(" at alpha = ").append(e.alpha())
                .append(", series in k^(-1/2) as k -> infinity\n");
        for (FamilyExpansion.Term t : e.variables()) {
            b.append(String.format(Locale.ROOT, "  %-8s = %s + O(k^(-%s))%n", t.name(),
                    SeriesText.plain(t), half(t.exponent() + t.terms().size())));
            b.append("             ").append(t.description(sizes)).append('\n');
        }
        if (e.loss().isZero()) {
            String o = e.loss().precision() == 0 ? "O(1)" : "O(k^(-" + half(e.loss().precision()) + "))";
            b.append(String.format(Locale.ROOT, "  %-8s = %s only: its first coefficient needs pattern "
                    + "coefficients beyond --order %d (try --order %d)%n", "loss", o, e.order(), e.order() + 1));
        } else {
            b.append(String.format(Locale.ROOT, "  %-8s = %s + O(k^(-%s))%n", "loss",
                    SeriesText.plain(e.loss()), half(e.loss().precision())));
        }
        if (!e.spectrum().eigenvalues().isEmpty() || !e.spectrum().notExpanded().isEmpty()) {
            b.append("Hessian eigenvalues (isotypic component, multiplicity):\n");
            double[] hOrders = e.spectrum().observedOrders();
            int hi = 0;
            double[] ws = e.spectrum().widths();
            for (HessianExpansion.Eigenvalue v : e.spectrum().eigenvalues()) {
                double[] err = v.error();
                b.append(String.format(Locale.ROOT, "  %-12s x %-16s %s + O(k^(%s))%s%n", v.component(),
                        SeriesText.show(v.multiplicity(), true), SeriesText.plain(v.value()),
                        halfSigned(-v.value().precision()), v.cluster() > 1 ? "  [leading term of " + v.cluster()
                                + " eigenvalues]" : ""));
                b.append(String.format(Locale.ROOT, "               |series - numerical block| %.2e at k = %.0f, %.2e "
                        + "at k = %.0f: order %.2f in 1/k (the remainder allows %s)%n", err[0], ws[0], err[err.length - 1],
                        ws[ws.length - 1], hOrders[hi++], halfSigned(v.value().precision())));
            }
            for (String m : e.spectrum().notExpanded()) {
                b.append("  not expanded: ").append(m).append('\n');
            }
        }
        b.append("evidence: ").append(e.evidence().method()).append("; ").append(e.evidence().detail()).append('\n');
        for (FamilyExpansion.Check c : e.checks()) {
            b.append("  ").append(checkLine(e, c)).append('\n');
        }
        double[] obs = e.observedOrders();
        StringBuilder o = new StringBuilder();
        for (int i = 0; i < e.variables().size(); i++) {
            FamilyExpansion.Term t = e.variables().get(i);
            o.append(String.format(Locale.ROOT, " %s %.2f (expected %s)", t.name(), obs[i],
                    half(t.exponent() + t.terms().size())));
        }
        o.append(String.format(Locale.ROOT, " loss %.2f (expected %s)", obs[obs.length - 1], half(e.loss().precision())));
        b.append("observed error order in 1/k:").append(o).append('\n');
        return b.toString();
    }

    private static String checkLine(FamilyExpansion.Expansion e, FamilyExpansion.Check c) {
        double max = 0;
        for (double d : c.error()) {
            max = Math.max(max, d);
        }
        return String.format(Locale.ROOT, "k = %.0f: max |series - numerical family| over the pattern %.2e, loss %s",
                c.k(), max, Double.isNaN(c.lossError()) ? "below the rounding of the orbit sums"
                        : String.format(Locale.ROOT, "%.2e", c.lossError()));
    }

    /**
     * @return the check plot: |truncated series - numerical family| against k on log-log axes, one solid curve per
     *         pattern value and for the loss, each beside a dashed line of the predicted slope \( k^{-r} \) (r the
     *         series' remainder order) through its last point
     */
    public static Plot plot(FamilyExpansion.Expansion e) {
        Plot p = new Plot("expansion of " + e.template() + " at alpha = " + e.alpha()
                + ": |truncated series - numerical family|", "width k", "absolute error").logarithmicX().logarithmicY();
        java.util.List<FamilyExpansion.Check> checks = e.checks();
        int n = checks.size();
        for (int i = 0; i <= e.variables().size(); i++) {
            boolean loss = i == e.variables().size();
            String name = loss ? "loss" : e.variables().get(i).name();
            double r = loss ? e.loss().precision() / 2.0 : e.remainder(i);
            java.util.List<double[]> pts = new java.util.ArrayList<>();
            for (FamilyExpansion.Check c : checks) {
                double err = loss ? c.lossError() : c.error()[i];
                if (Double.isFinite(err) && err > 0) {
                    pts.add(new double[]{c.k(), err});
                }
            }
            if (pts.size() < 2) {
                continue;
            }
            double[] ks = pts.stream().mapToDouble(x -> x[0]).toArray();
            double[] errs = pts.stream().mapToDouble(x -> x[1]).toArray();
            double[] ref = new double[ks.length];
            for (int j = 0; j < ks.length; j++) {
                ref[j] = errs[ks.length - 1] * Math.pow(ks[j] / ks[ks.length - 1], -r);
            }
            p.add(new Plot.Series(name, ks, errs, false, false, name, 0));
            p.add(new Plot.Series(String.format(Locale.ROOT, "%s: predicted k^(-%s)", name, half((int) Math.round(2 * r))), ks, ref,
                    true, false, name, 1));
        }
        return p;
    }
}
