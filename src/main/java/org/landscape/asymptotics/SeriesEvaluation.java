package org.landscape.asymptotics;

import org.landscape.symbolic.Symja;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.Map;

/**
 * Evaluates an exact Symja expression in series arithmetic: each symbol is bound to a {@link Series} (e.g. the frame
 * coefficient \( \rho\, t / r \) of {@code symbolic.KernelFrameFormulas} with r, \( \rho \), t the series of a pair), or
 * the expression is a rational function of k and k is bound to \( \varepsilon^{-2} \). Sums, products, integer powers,
 * square roots and exact constants are evaluated; any other head (a function of a symbol) is refused, so that a formula
 * outside this arithmetic fails loudly instead of being expanded wrongly.
 */
final class SeriesEvaluation {
    private SeriesEvaluation() {
    }

    /**
     * @param e         the expression
     * @param bindings  symbol name to series (symbols not bound must not occur)
     * @param precision the absolute precision given to exact constants
     * @return e with the symbols replaced by their series
     */
    static Series of(IExpr e, Map<String, Series> bindings, int precision) {
        if (e.isFree(x -> x.isSymbol() && bindings.containsKey(x.toString()), true)) {
            IExpr c = Symja.evaluator().eval(e);
            if (!c.isFree(IExpr::isVariable, true)) {
                throw new ExpansionException("the expression " + Symja.display(e) + " holds a symbol without a series");
            }
            return Series.constant(c, precision);
        }
        if (e.isSymbol()) {
            return bindings.get(e.toString());
        }
        if (e.isPlus()) {
            Series s = of(e.getAt(1), bindings, precision);
            for (int i = 2; i <= e.argSize(); i++) {
                s = s.plus(of(e.getAt(i), bindings, precision));
            }
            return s;
        }
        if (e.isTimes()) {
            Series s = of(e.getAt(1), bindings, precision);
            for (int i = 2; i <= e.argSize(); i++) {
                s = s.times(of(e.getAt(i), bindings, precision));
            }
            return s;
        }
        if (e.isPower()) {
            Series base = of(e.getAt(1), bindings, precision);
            IExpr exponent = e.getAt(2);
            if (exponent.equals(F.C1D2)) {
                return base.sqrt();
            }
            if (exponent.equals(F.CN1D2)) {
                return base.sqrt().inverse();
            }
            if (exponent.isInteger()) {
                int n = exponent.toIntDefault();
                Series b = n < 0 ? base.inverse() : base;
                Series s = Series.constant(F.C1, precision);
                for (int i = 0; i < Math.abs(n); i++) {
                    s = s.times(b);
                }
                return s;
            }
        }
        throw new ExpansionException("the expression " + Symja.display(e) + " is not a rational function of the "
                + "series symbols " + bindings.keySet() + " (only sums, products, integer powers and square roots are "
                + "expanded)");
    }
}
