package org.landscape.claims;

import org.hipparchus.fraction.BigFraction;
import org.landscape.base.UnsupportedException;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

import java.util.Map;

/**
 * Rigorous interval evaluation of a rational expression (sums, products, integer powers, rational
 * constants, {@code Pi}) with symbols bound to intervals. Used to decide signs of exact quantities
 * that involve \( \pi \): the result encloses the exact value.
 */
public final class IntervalEvaluator {
    private IntervalEvaluator() {
    }

    /**
     * @param e        expression
     * @param bindings symbol name -> interval (the symbol {@code p} and the constant {@code Pi} are
     *                 both bound to {@link RationalInterval#PI} unless given)
     */
    public static RationalInterval eval(IExpr e, Map<String, RationalInterval> bindings) {
        if (e.isInteger()) {
            return RationalInterval.of(new BigFraction(((IInteger) e).toBigNumerator()));
        }
        if (e.isFraction()) {
            IFraction f = (IFraction) e;
            return RationalInterval.of(new BigFraction(f.toBigNumerator(), f.toBigDenominator()));
        }
        if (e == S.Pi) {
            return RationalInterval.PI;
        }
        if (e.isSymbol()) {
            RationalInterval r = bindings.get(e.toString());
            if (r == null && e.toString().equals("p")) {
                return RationalInterval.PI;
            }
            if (r == null) {
                throw new UnsupportedException("interval evaluation: symbol '" + e + "' has no value");
            }
            return r;
        }
        if (e.isAST()) {
            IAST ast = (IAST) e;
            if (ast.isPlus()) {
                RationalInterval r = eval(ast.arg1(), bindings);
                for (int i = 2; i < ast.size(); i++) {
                    r = r.add(eval(ast.get(i), bindings));
                }
                return r;
            }
            if (ast.isTimes()) {
                RationalInterval r = eval(ast.arg1(), bindings);
                for (int i = 2; i < ast.size(); i++) {
                    r = r.multiply(eval(ast.get(i), bindings));
                }
                return r;
            }
            if (ast.isPower() && ast.exponent().isInteger()) {
                int n = ((IInteger) ast.exponent()).toIntDefault(Integer.MIN_VALUE);
                return eval(ast.base(), bindings).pow(n);
            }
        }
        throw new UnsupportedException("interval evaluation of '" + e + "' is not supported (only rational "
                + "functions of the bound symbols and Pi)");
    }
}
