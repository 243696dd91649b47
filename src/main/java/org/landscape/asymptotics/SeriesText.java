package org.landscape.asymptotics;

import org.landscape.symbolic.Symja;
import org.landscape.symbolic.print.LatexPrinter;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * Expansions as text: a truncated series \( \ell + \sum_j c_j k^{-p_j/2} + O(k^{-r/2}) \) term by term in increasing
 * order as LaTeX or plain input form, and the exact coefficients as Symja input, so that writers need no Symja type.
 */
public final class SeriesText {
    private SeriesText() {
    }

    /** @return LaTeX of a pattern value's series with its remainder */
    public static String tex(FamilyExpansion.Term t) {
        return tex(t.limit(), t.terms(), t.exponent(), t.exponent() + t.terms().size());
    }

    /** @return LaTeX of a series in \( k^{-1/2} \) with its remainder */
    public static String tex(Series s) {
        return tex(null, coefficients(s), s.valuation(), s.precision());
    }

    /** @return plain text of a pattern value's series, e.g. {@code 2/k - 3*k^(-3/2)}, without the remainder */
    public static String plain(FamilyExpansion.Term t) {
        return plain(t.limit(), t.terms(), t.exponent());
    }

    /** @return plain text of a series in \( k^{-1/2} \), without the remainder */
    public static String plain(Series s) {
        return plain(null, coefficients(s), s.valuation());
    }

    /** @return the limit of a pattern value as Symja input */
    public static String limit(FamilyExpansion.Term t) {
        return Symja.display(t.limit());
    }

    /** @return the j-th coefficient after the limit, as Symja input */
    public static String coefficient(FamilyExpansion.Term t, int j) {
        return show(t.terms().get(j));
    }

    /** @return the j-th coefficient after the limit, as a double */
    public static double value(FamilyExpansion.Term t, int j) {
        return FamilyExpansion.value(t.terms().get(j));
    }

    /** @return the coefficient of \( k^{-j/2} \) as Symja input */
    public static String coefficient(Series s, int j) {
        return show(s.coefficient(j));
    }

    /** @return the coefficient of \( k^{-j/2} \) as a double */
    public static double value(Series s, int j) {
        return FamilyExpansion.value(s.coefficient(j));
    }

    /** @return the truncated series of pattern value i as a Symja expression in k */
    public static String expression(FamilyExpansion.Expansion e, int i) {
        return Symja.display(e.expression(i));
    }

    /** @return a truncated series as a Symja expression in k, \( \sum_j s_j k^{-j/2} \) */
    public static String expression(Series s) {
        return Symja.display(FamilyExpansion.expression(s));
    }

    /** @return an exact expression (e.g. a multiplicity polynomial in k) as Symja input */
    public static String show(IExpr e, boolean factor) {
        return Symja.display(factor ? Symja.evaluator().eval(F.Factor(e)) : e);
    }


    /** @return LaTeX of \( \sum c_j k^{-p_j/2} \), term by term in increasing order, with the remainder */
    private static String tex(IExpr limit, List<IExpr> cs, int first, int remainder) {
        String sum = sum(limit, cs, first, LatexPrinter::tex, SeriesText::texPower,
                body -> !body.contains("+") && !body.contains("-"), "\\left(", "\\right)");
        return sum + " + O\\!\\left(" + texPower(remainder).replace("\\,", "") + "\\right)";
    }

    /** @return plain text of \( \sum c_j k^{-p_j/2} \), term by term in increasing order, e.g. {@code 2/k - 3*k^(-3/2)} */
    private static String plain(IExpr limit, List<IExpr> cs, int first) {
        return sum(limit, cs, first, SeriesText::show,
                p -> p == 0 ? "" : p == 2 ? "/k" : p == -2 ? "*k" : p < 0 ? (p % 2 == 0 ? "*k^" + (-p / 2)
                        : "*k^(" + (-p) + "/2)") : p % 2 == 0 ? "/k^" + p / 2 : "*k^(-" + p + "/2)",
                body -> body.matches("[\\w.]+"), "(", ")");
    }

    /**
     * @return \( \ell + \sum_j c_j k^{-(first + j)/2} \) in one notation: the limit (omitted when null or 0), then
     *         the non-zero coefficients, each sign pulled out as + or -, a compound coefficient in brackets, followed
     *         by its power of k; "0" for an empty sum
     */
    private static String sum(IExpr limit, List<IExpr> cs, int first, java.util.function.Function<IExpr, String> show,
                              java.util.function.IntFunction<String> power,
                              java.util.function.Predicate<String> atom, String open, String close) {
        StringBuilder b = new StringBuilder();
        if (limit != null && !limit.isZero()) {
            b.append(show.apply(limit));
        }
        for (int j = 0; j < cs.size(); j++) {
            IExpr c = PiRational.normal(cs.get(j)).orElse(cs.get(j));
            if (c.isZero()) {
                continue;
            }
            String ct = show.apply(c).trim();
            boolean negative = ct.startsWith("-");
            // a sum is negated as a whole (its first sign alone is not the sign of the sum)
            String body = !negative ? ct : c.isPlus() ? show.apply(PiRational.normal(F.Negate(c))
                    .orElseGet(() -> Symja.evaluator().eval(F.Expand(F.Negate(c))))).trim() : ct.substring(1).trim();
            if (b.length() > 0) {
                b.append(negative ? " - " : " + ");
            } else if (negative) {
                b.append("-");
            }
            b.append(atom.test(body) ? body : open + body + close).append(power.apply(first + j));
        }
        return b.length() == 0 ? "0" : b.toString();
    }

    private static String texPower(int p) {
        if (p == 0) {
            return "";
        }
        if (p < 0) {
            return p == -2 ? "\\,k" : p % 2 == 0 ? "\\,k^{" + (-p / 2) + "}" : "\\,k^{" + (-p) + "/2}";
        }
        return p % 2 == 0 ? (p == 2 ? "\\,k^{-1}" : "\\,k^{-" + p / 2 + "}") : "\\,k^{-" + p + "/2}";
    }

    private static List<IExpr> coefficients(Series s) {
        List<IExpr> out = new ArrayList<>();
        for (int j = s.valuation(); j < s.precision(); j++) {
            out.add(s.coefficient(j));
        }
        return out;
    }

    /**
     * @return Symja input of a coefficient; a product with a reciprocal that Symja prints as {@code 32/3*1/Pi^4}
     *         is written as numerator/(denominator) ({@code 32/(3*Pi^4)})
     */
    private static String show(IExpr coefficient) {
        IExpr c = PiRational.normal(coefficient).orElse(coefficient);
        String d = Symja.display(c);
        if (!d.contains("*1/")) {
            return d;
        }
        String num = Symja.display(Symja.evaluator().eval(F.Numerator(c)));
        IExpr denominator = Symja.evaluator().eval(F.Denominator(c));
        return denominator.isOne() ? num : num + "/(" + Symja.display(denominator) + ")";
    }
}
