package org.landscape.proof.check;

import org.landscape.base.UnsupportedException;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

import java.util.Map;

/**
 * Evaluates a Symja expression of the symbolic layer in {@link ApInterval} arithmetic by walking its tree: the
 * re-checker reads the formulas from their one home, not from generated code. Heads: Plus, Times, Power (integer
 * and \( \pm 1/2 \) exponents), Pi, integers, fractions, symbols; {@code Sin[x]} and {@code Cos[x]} only where
 * their values are supplied (the caller binds \( \sin\theta = |d| \), \( \cos\theta = \hat w\cdot\hat v \) from the
 * geometry, so no transcendental call is needed). Anything else is an {@link UnsupportedException} naming the head.
 */
final class ExpressionEvaluator {
    private final Map<String, ApInterval> symbols;
    private final Map<String, ApInterval> sines;
    private final Map<String, ApInterval> cosines;

    /**
     * @param symbols symbol name -> value
     * @param sines   symbol name x -> value of Sin[x]
     * @param cosines symbol name x -> value of Cos[x]
     */
    ExpressionEvaluator(Map<String, ApInterval> symbols, Map<String, ApInterval> sines,
                        Map<String, ApInterval> cosines) {
        this.symbols = symbols;
        this.sines = sines;
        this.cosines = cosines;
    }

    ApInterval eval(IExpr e) {
        if (e.isInteger()) {
            return ApInterval.rational(((IInteger) e).toBigNumerator(), java.math.BigInteger.ONE);
        }
        if (e.isFraction()) {
            IFraction q = (IFraction) e;
            return ApInterval.rational(q.toBigNumerator(), q.toBigDenominator());
        }
        if (e == S.Pi) {
            return ApInterval.PI;
        }
        if (e.isSymbol()) {
            ApInterval v = symbols.get(e.toString());
            if (v == null) {
                throw new UnsupportedException("re-checker: no value for symbol '" + e + "'");
            }
            return v;
        }
        IAST ast = (IAST) e;
        if (ast.isPlus()) {
            ApInterval s = eval(ast.arg1());
            for (int i = 2; i < ast.size(); i++) {
                s = s.add(eval(ast.get(i)));
            }
            return s;
        }
        if (ast.isTimes()) {
            ApInterval p = eval(ast.arg1());
            for (int i = 2; i < ast.size(); i++) {
                p = p.multiply(eval(ast.get(i)));
            }
            return p;
        }
        if (ast.isPower()) {
            return power(ast.base(), ast.exponent());
        }
        if ((ast.head() == S.Sin || ast.head() == S.Cos) && ast.arg1().isSymbol()) {
            ApInterval v = (ast.head() == S.Sin ? sines : cosines).get(ast.arg1().toString());
            if (v != null) {
                return v;
            }
        }
        throw new UnsupportedException("re-checker: no rule for '" + ast.head() + "' in " + e);
    }

    private ApInterval power(IExpr base, IExpr exponent) {
        ApInterval b = eval(base);
        if (exponent.isInteger()) {
            int n = ((IInteger) exponent).toIntDefault(Integer.MIN_VALUE);
            if (n == 2) {
                return b.square();
            }
            if (n > 0 && n <= 64) {
                ApInterval r = b;
                for (int i = 1; i < n; i++) {
                    r = r.multiply(b);
                }
                return r;
            }
            if (n < 0 && n >= -64) {
                return ApInterval.of(1).divide(power(base, org.matheclipse.core.expression.F.ZZ(-n)));
            }
        }
        if (exponent.isFraction() && ((IFraction) exponent).toBigDenominator().intValue() == 2) {
            int num = ((IFraction) exponent).toBigNumerator().intValue();
            if (num == 1) {
                return b.sqrt();
            }
            if (num == -1) {
                return ApInterval.of(1).divide(b.sqrt());
            }
        }
        throw new UnsupportedException("re-checker: no rule for the power " + exponent);
    }
}
