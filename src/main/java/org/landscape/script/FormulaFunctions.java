package org.landscape.script;

import org.landscape.symbolic.print.JavaPrinter;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verification, printing and the safe series and limits.
 *
 * <p>{@code SafeSeries} does not trust Symja's {@code Series} (it dropped the {@code Pi} terms of
 * {@code (Pi/2 - t) Cos[t]} and returned nothing for {@code Sqrt[e](1+e)}: STACK-NOTES). Coefficients are
 * \( f^{(m)}(x_0)/m! \) by {@code D} and {@code Limit}; when one is not finite (a square-root branch point, as in the
 * profiles written in \( u = \cos\theta \) near \( u = \pm 1 \)) the expansion is Puiseux in
 * \( e = \sqrt{\pm(x - x_0)} \): \( f(x_0 \pm e^2) \) is expanded in \( e \) to order \( 2n \). Either way the
 * result is checked at \( x = x_0 \pm 10^{-8} \) with 50-digit arithmetic: \( |f - p| / h^n \) must be below
 * {@value #SERIES_RATIO} (a missing or wrong term of order \( \le n \) makes it of the size of that term's
 * coefficient). {@code SafeLimit} checks Symja's {@code Limit} against \( f(x_0 \pm 10^{-12}) \).
 */
final class FormulaFunctions {
    static final double SERIES_RATIO = 1e-2;
    static final String SERIES_STEP = "1/10^8";
    static final String LIMIT_STEP = "1/10^12";
    static final double LIMIT_TOLERANCE = 1e-4;

    private FormulaFunctions() {
    }

    static List<Builtin> all() {
        List<Builtin> l = new ArrayList<>();
        l.add(new Builtin("VerifyFormula", "VerifyFormula[expr, reference] | VerifyFormula[expr, reference, {x, lo, hi}, ...]",
                "True when expr and reference agree to 1e-25 (relative) at 4 seeded points, evaluated with 40 digits;"
                        + " each free symbol is drawn from its {x, lo, hi} range (default [0.2, 1.3]). False otherwise.",
                FormulaFunctions::verify));
        l.add(new Builtin("ToLaTeX", "ToLaTeX[expr]", "LaTeX of expr as a string (Symja TeXForm, tidied).",
                (ast, s) -> {
                    Args.arity(ast, Toolkit.get("ToLaTeX").orElseThrow(), 1, 1);
                    return F.stringx(Toolkit.tex(ast.arg1(), s));
                }));
        l.add(new Builtin("ToJava", "ToJava[expr]",
                "straight-line Java (double arithmetic, common subexpressions shared) assigning expr to result;"
                        + " strict: a function without a Java rule is an error.", FormulaFunctions::toJava));
        l.add(new Builtin("SafeSeries", "SafeSeries[f, {x, x0, n}]",
                "the Taylor polynomial of f at x0 up to (x-x0)^n from derivatives and limits, or the Puiseux"
                        + " polynomial in Sqrt[x-x0] (or Sqrt[x0-x]) at a square-root branch point; checked numerically"
                        + " (an error if the check fails).", FormulaFunctions::series));
        l.add(new Builtin("SafeLimit", "SafeLimit[f, x -> x0]",
                "Limit[f, x -> x0], checked against f evaluated with 50 digits at x0 +- 10^-12 (an error if they"
                        + " differ).", FormulaFunctions::limit));
        return l;
    }

    private static IExpr verify(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("VerifyFormula").orElseThrow();
        Args.arity(ast, b, 2, 12);
        Map<ISymbol, double[]> ranges = ranges(ast, 3, b);
        NumericCheck.Outcome o = NumericCheck.compare(s.engine(), ast.arg1(), ast.arg2(), ranges, 20261123L);
        return F.bool(o.agrees());
    }

    static Map<ISymbol, double[]> ranges(IAST ast, int from, Builtin b) {
        Map<ISymbol, double[]> ranges = new LinkedHashMap<>();
        for (int i = from; i <= ast.argSize(); i++) {
            IExpr r = ast.get(i);
            if (!r.isList() || ((IAST) r).argSize() != 3 || !((IAST) r).arg1().isSymbol()
                    || !((IAST) r).arg2().isReal() && !EvalEngine.get().evalN(((IAST) r).arg2()).isReal()) {
                throw Args.bad(b, i, "a range {x, lo, hi} with a symbol x and numbers lo < hi", r);
            }
            IAST l = (IAST) r;
            double lo = EvalEngine.get().evalN(l.arg2()).evalf();
            double hi = EvalEngine.get().evalN(l.arg3()).evalf();
            if (!(lo < hi)) {
                throw Args.bad(b, i, "a range {x, lo, hi} with lo < hi", r);
            }
            ranges.put((ISymbol) l.arg1(), new double[]{lo, hi});
        }
        return ranges;
    }

    private static IExpr toJava(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("ToJava").orElseThrow();
        Args.arity(ast, b, 1, 1);
        Map<String, String> names = new LinkedHashMap<>();
        for (ISymbol x : NumericCheck.freeSymbols(ast.arg1())) {
            names.put(x.getSymbolName(), x.getSymbolName());
        }
        String code = new JavaPrinter(names, "script").assignments(new String[]{"double result"},
                new IExpr[]{ast.arg1()}, "");
        return F.stringx(code);
    }

    private static IExpr series(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("SafeSeries").orElseThrow();
        Args.arity(ast, b, 2, 2);
        IExpr spec = ast.arg2();
        if (!spec.isList() || ((IAST) spec).argSize() != 3 || !((IAST) spec).arg1().isSymbol()
                || !((IAST) spec).arg3().isInteger() || ((IAST) spec).arg3().toIntDefault() < 0) {
            throw Args.bad(b, 2, "{x, x0, n} with a symbol x and an integer order n >= 0", spec);
        }
        IAST sp = (IAST) spec;
        String f = ast.arg1().fullFormString();
        String x = sp.arg1().fullFormString();
        String x0 = sp.arg2().fullFormString();
        int n = sp.arg3().toIntDefault();
        IExpr taylor = coefficients(f, x, x0, n, s);
        if (taylor != null) {
            String p = polynomial(taylor, "(" + x + " - (" + x0 + "))", 1);
            IExpr result = Toolkit.eval("Expand[" + p + "]", s);
            if (check(f, p, x, x0, n, 1, s) <= SERIES_RATIO) {
                return result;
            }
        }
        double worst = Double.NaN;
        for (int sign : new int[]{1, -1}) {
            String e = "landscapeE";
            String fe = "PowerExpand[(" + f + ") /. " + x + " -> (" + x0 + ") + (" + sign + ")*" + e + "^2]";
            IExpr c = coefficients(fe, e, "0", 2 * n, s);
            if (c == null) {
                continue;
            }
            String root = "Sqrt[" + (sign > 0 ? x + " - (" + x0 + ")" : "(" + x0 + ") - " + x) + "]";
            String p = polynomial(c, root, 1);
            IExpr result = Toolkit.eval(p, s);
            double r = check(f, p, x, x0, n, sign, s);
            if (r <= SERIES_RATIO) {
                return result;
            }
            worst = Double.isNaN(worst) ? r : Math.min(worst, r);
        }
        throw ToolkitError.verification(ScriptMessages.SERIES_CHECK.format(b.name(), worst,
                x + " = " + x0 + " +- " + SERIES_STEP));
    }

    /** @return the list of Taylor coefficients, or null when one is not a finite expression */
    private static IExpr coefficients(String f, String x, String x0, int n, ScriptSession s) {
        IExpr c = Toolkit.eval("Module[{m}, Table[Simplify[Limit[D[" + f + ", {" + x + ", m}], " + x + " -> (" + x0
                + ")]/m!], {m, 0, " + n + "}]]", s);
        if (!c.isList()) {
            return null;
        }
        for (IExpr e : (IAST) c) {
            if (!e.isFree(t -> t == F.CInfinity || t == F.CNInfinity || t == F.ComplexInfinity || t.isIndeterminate()
                    || t.isDirectedInfinity() || t.isAST(F.Limit), true)) {
                return null;
            }
        }
        return c;
    }

    private static String polynomial(IExpr coefficients, String base, int step) {
        StringBuilder p = new StringBuilder("0");
        IAST c = (IAST) coefficients;
        for (int m = 0; m < c.argSize(); m++) {
            p.append(" + (").append(c.get(m + 1).fullFormString()).append(")*").append(base).append('^').append(m * step);
        }
        return p.toString();
    }

    /** @return \( |f - p|/h^n \) at \( x_0 + sign\cdot h \) (other symbols at fixed points), NaN if not real */
    private static double check(String f, String p, String x, String x0, int n, int sign, ScriptSession s) {
        String rules = rules(Toolkit.eval("Hold[" + f + "]", s), x, "(" + x0 + ") + (" + sign + ")*(" + SERIES_STEP + ")");
        IExpr fv = Toolkit.eval("N[(" + f + ") /. " + rules + ", 50]", s);
        IExpr pv = Toolkit.eval("N[(" + p + ") /. " + rules + ", 50]", s);
        List<java.math.BigDecimal> a = new ArrayList<>();
        List<java.math.BigDecimal> b = new ArrayList<>();
        if (!NumericCheck.numbers(fv, a) || !NumericCheck.numbers(pv, b) || a.size() != 1 || b.size() != 1) {
            return Double.NaN;
        }
        java.math.BigDecimal h = java.math.BigDecimal.ONE.movePointLeft(8).pow(n);
        java.math.MathContext mc = java.math.MathContext.DECIMAL128;
        return a.get(0).subtract(b.get(0)).abs().divide(h, mc)
                .divide(java.math.BigDecimal.ONE.max(a.get(0).abs()), mc).doubleValue();
    }

    /** @return {x -> at, other -> fixed rational, ...} as Symja input */
    private static String rules(IExpr f, String x, String at) {
        StringBuilder r = new StringBuilder("{" + x + " -> " + at);
        double v = 0.37;
        for (ISymbol sym : NumericCheck.freeSymbols(f)) {
            if (!sym.getSymbolName().equals(x)) {
                r.append(", ").append(sym.getSymbolName()).append(" -> ").append(org.landscape.symbolic.Symja.exactRational(v));
                v += 0.23;
            }
        }
        return r.append('}').toString();
    }

    private static IExpr limit(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("SafeLimit").orElseThrow();
        Args.arity(ast, b, 2, 2);
        if (!ast.arg2().isRuleAST() || !((IAST) ast.arg2()).arg1().isSymbol()) {
            throw Args.bad(b, 2, "a rule x -> x0 with a symbol x", ast.arg2());
        }
        String f = ast.arg1().fullFormString();
        String x = ((IAST) ast.arg2()).arg1().fullFormString();
        String x0 = ((IAST) ast.arg2()).arg2().fullFormString();
        IExpr lim = Toolkit.eval("Simplify[Limit[" + f + ", " + x + " -> (" + x0 + ")]]", s);
        if (lim.isAST(F.Limit) || !lim.isFree(t -> t.isAST(F.Limit), true)) {
            throw ToolkitError.input(ScriptMessages.LIMIT_CHECK.format(b.name(), "(Symja found none)", "-"));
        }
        for (int sign : new int[]{1, -1}) {
            String rules = rules(ast.arg1(), x, "(" + x0 + ") + (" + sign + ")*(" + LIMIT_STEP + ")");
            IExpr fv = Toolkit.eval("N[(" + f + ") /. " + rules + ", 50]", s);
            IExpr limAt = Toolkit.eval("N[(" + lim.fullFormString() + ") /. " + rules + ", 50]", s);
            if (!fv.isReal()) {
                continue;
            }
            List<java.math.BigDecimal> la = new ArrayList<>();
            List<java.math.BigDecimal> fa = new ArrayList<>();
            if (NumericCheck.numbers(limAt, la) && NumericCheck.numbers(fv, fa) && la.size() == 1 && fa.size() == 1) {
                double l = la.get(0).doubleValue();
                double d = Math.abs(fa.get(0).doubleValue() - l) / Math.max(1, Math.abs(l));
                if (d <= LIMIT_TOLERANCE) {
                    return lim;
                }
            }
            throw ToolkitError.verification(ScriptMessages.LIMIT_CHECK.format(b.name(), lim.toString(), fv.toString()));
        }
        throw ToolkitError.input(ScriptMessages.NOT_NUMERIC.format(b.name(), "the function near " + x0));
    }
}
