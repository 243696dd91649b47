package org.landscape.script;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IBuiltInSymbol;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Numeric comparison of two expressions: both are evaluated with {@value #DIGITS}-digit arithmetic (Symja
 * {@code N[.., 40]}) at {@value #POINTS} seeded points, every free symbol drawn uniformly from its range (default
 * {@code [0.2, 1.3]}, inside the domain of the angle and of square roots of this field's formulas). The measure is
 * \( \max |a - b| / \max(1, |a|) \). Cost: {@value #POINTS} high-precision evaluations of each expression.
 */
final class NumericCheck {
    static final int DIGITS = 40;
    static final int POINTS = 4;
    static final double DEFAULT_LO = 0.2;
    static final double DEFAULT_HI = 1.3;
    /** Relative difference accepted as equal: far above 40-digit rounding, far below any real discrepancy. */
    static final double TOLERANCE = 1e-25;

    /** The worst point of a comparison. */
    record Outcome(double difference, String point) {
        boolean agrees() {
            return difference <= TOLERANCE;
        }
    }

    private NumericCheck() {
    }

    /** @return the user symbols (not built-in) in the expressions, in order of appearance */
    static List<ISymbol> freeSymbols(IExpr... es) {
        Set<ISymbol> s = new LinkedHashSet<>();
        for (IExpr e : es) {
            collect(e, s);
        }
        return new ArrayList<>(s);
    }

    private static void collect(IExpr e, Set<ISymbol> s) {
        if (e.isSymbol()) {
            if (!(e instanceof IBuiltInSymbol)) {
                s.add((ISymbol) e);
            }
            return;
        }
        if (e.isAST()) {
            IAST a = (IAST) e;
            for (int i = 0; i <= a.argSize(); i++) {
                collect(a.get(i), s);
            }
        }
    }

    /** @return an exact rational Symja number equal to {@code x} */
    static IExpr exact(double x) {
        BigDecimal b = new BigDecimal(x).setScale(9, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.scale() <= 0) {
            return F.ZZ(b.toBigIntegerExact());
        }
        return F.QQ(F.ZZ(b.unscaledValue()), F.ZZ(java.math.BigInteger.TEN.pow(b.scale())));
    }

    /**
     * @param ranges symbol -> {lo, hi}; missing symbols use the default range
     * @param seed   seed of the points
     */
    static Outcome compare(EvalEngine engine, IExpr a, IExpr b, Map<ISymbol, double[]> ranges, long seed) {
        if (a.equals(b)) {
            return new Outcome(0, "identical expressions");
        }
        List<ISymbol> syms = freeSymbols(a, b);
        SplittableRandom rnd = new SplittableRandom(seed);
        double worst = 0;
        String where = "";
        int points = syms.isEmpty() ? 1 : POINTS;
        for (int p = 0; p < points; p++) {
            Map<ISymbol, Double> at = new LinkedHashMap<>();
            for (ISymbol s : syms) {
                double[] r = ranges.getOrDefault(s, new double[]{DEFAULT_LO, DEFAULT_HI});
                at.put(s, r[0] + (r[1] - r[0]) * rnd.nextDouble());
            }
            double d = difference(engine, a, b, at);
            if (!(d <= worst)) {
                worst = d;
                where = at.toString();
            }
        }
        return new Outcome(worst, where);
    }

    /** @return \( |a - b| / \max(1, |a|) \) at the point, NaN when either side is not a real or complex number */
    static double difference(EvalEngine engine, IExpr a, IExpr b, Map<ISymbol, Double> at) {
        IExpr rules = rules(at);
        boolean numeric = engine.isNumericMode();
        long precision = engine.getNumericPrecision();
        try {
            // each side separately: Abs of an exact expression that is identically 0 makes Symja raise its
            // precision without end (observed with Symja 3.0.0), so only numbers are subtracted
            IExpr va = engine.evaluate(F.N(F.ReplaceAll(a, rules), F.ZZ(DIGITS)));
            IExpr vb = engine.evaluate(F.N(F.ReplaceAll(b, rules), F.ZZ(DIGITS)));
            List<BigDecimal> xa = new ArrayList<>();
            List<BigDecimal> xb = new ArrayList<>();
            if (!numbers(va, xa) || !numbers(vb, xb) || xa.size() != xb.size()) {
                return Double.NaN;
            }
            BigDecimal diff = BigDecimal.ZERO;
            BigDecimal size = BigDecimal.ONE;
            for (int i = 0; i < xa.size(); i++) {
                diff = diff.max(xa.get(i).subtract(xb.get(i)).abs());
                size = size.max(xa.get(i).abs());
            }
            return diff.divide(size, java.math.MathContext.DECIMAL64).doubleValue();
        } finally {
            engine.setNumericMode(numeric);
            engine.setNumericPrecision(precision);
        }
    }

    /**
     * Collects the real numbers of a number or nested list of numbers (Symja arithmetic on 40-digit numbers is
     * avoided: {@code Max}/{@code Abs} of them took minutes in Symja 3.0.0).
     *
     * @return false when an entry is not a real number
     */
    static boolean numbers(IExpr e, List<BigDecimal> out) {
        if (e.isList()) {
            for (IExpr x : (IAST) e) {
                if (!numbers(x, out)) {
                    return false;
                }
            }
            return true;
        }
        if (e.isZero()) {
            out.add(BigDecimal.ZERO);
            return true;
        }
        if (!e.isReal()) {
            return false;
        }
        if (e.isInteger() || e.isFraction()) {
            out.add(new BigDecimal(e.evalf()));
            return true;
        }
        try {
            out.add(new BigDecimal(e.toString().replace("*10^", "E")));
            return true;
        } catch (NumberFormatException x) {
            return false;
        }
    }

    /** @return {@code expr} at the point, to {@value #DIGITS} digits (unevaluated symbols stay) */
    static IExpr value(EvalEngine engine, IExpr expr, Map<ISymbol, Double> at) {
        return engine.evaluate(F.N(F.ReplaceAll(expr, rules(at)), F.ZZ(DIGITS)));
    }

    static IExpr rules(Map<ISymbol, Double> at) {
        List<IExpr> rs = new ArrayList<>();
        for (Map.Entry<ISymbol, Double> e : at.entrySet()) {
            rs.add(F.Rule(e.getKey(), exact(e.getValue())));
        }
        return F.List(rs.toArray(new IExpr[0]));
    }
}
