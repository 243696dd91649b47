package org.landscape.symbolic.print;

import org.landscape.base.UnsupportedException;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints Symja expressions as straight-line Java with common-subexpression elimination (CSE).
 *
 * <p>Strict (STYLE 6): a head without a Java rule is an error naming the head and the formula;
 * there is no partial output. Rational constants are printed as correctly rounded {@code double}
 * literals (never Java integer division, the defect of Symja's {@code JavaForm}); integer powers
 * become products, {@code x^(1/2)} becomes {@code Math.sqrt}. Temporaries are named
 * {@code cseN}, which no formula symbol may use.
 */
public final class JavaPrinter extends CsePrinter {
    private static final Map<IExpr, String> FUNCTIONS = new HashMap<>();

    static {
        FUNCTIONS.put(S.Sin, "Math.sin");
        FUNCTIONS.put(S.Cos, "Math.cos");
        FUNCTIONS.put(S.Tan, "Math.tan");
        FUNCTIONS.put(S.ArcSin, "Math.asin");
        FUNCTIONS.put(S.ArcCos, "Math.acos");
        FUNCTIONS.put(S.ArcTan, "Math.atan");
        FUNCTIONS.put(S.Exp, "Math.exp");
        FUNCTIONS.put(S.Log, "Math.log");
        FUNCTIONS.put(S.Sqrt, "Math.sqrt");
        FUNCTIONS.put(S.Abs, "Math.abs");
        FUNCTIONS.put(S.Sinh, "Math.sinh");
        FUNCTIONS.put(S.Cosh, "Math.cosh");
        FUNCTIONS.put(S.Tanh, "Math.tanh");
    }


    /**
     * @param symbols Symja symbol name -> Java variable name (e.g. "theta" -> "theta")
     * @param formula name of the formula being printed, used in error messages
     */
    public JavaPrinter(Map<String, String> symbols, String formula) {
        super("double", symbols, formula);
    }

    @Override
    String printNode(IExpr e, Map<IExpr, Integer> counts) {
        if (e.isInteger()) {
            return literal(new BigDecimal(((IInteger) e).toBigNumerator()));
        }
        if (e.isFraction()) {
            IFraction f = (IFraction) e;
            return literal(new BigDecimal(f.toBigNumerator()).divide(new BigDecimal(f.toBigDenominator()),
                    MathContext.DECIMAL128));
        }
        if (e == S.Pi) {
            return "Math.PI";
        }
        if (e == S.E) {
            return "Math.E";
        }
        String leaf = leaf(e, "Java");
        if (leaf != null) {
            return leaf;
        }
        IAST ast = (IAST) e;
        if (ast.isPlus()) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 1; i < ast.size(); i++) {
                String term = print(ast.get(i), counts);
                if (i > 1) {
                    sb.append(term.startsWith("-") ? " " : " + ");
                }
                sb.append(term);
            }
            return sb.append(')').toString();
        }
        if (ast.isTimes()) {
            List<String> num = new ArrayList<>();
            List<String> den = new ArrayList<>();
            for (int i = 1; i < ast.size(); i++) {
                IExpr f = ast.get(i);
                if (f.isPower() && f.exponent().isInteger() && f.exponent().isNegative()) {
                    den.add(power(f.base(), f.exponent().negate(), counts));
                } else if (f.isMinusOne()) {
                    num.add("-1.0");
                } else {
                    num.add(print(f, counts));
                }
            }
            String n = num.isEmpty() ? "1.0" : String.join(" * ", num);
            if (num.size() == 1 && num.get(0).equals("-1.0") && !den.isEmpty()) {
                n = "-1.0";
            }
            if (num.size() > 1 && num.get(0).equals("-1.0")) {
                n = "-" + String.join(" * ", num.subList(1, num.size()));
            }
            return den.isEmpty() ? "(" + n + ")" : "(" + n + " / (" + String.join(" * ", den) + "))";
        }
        if (ast.isPower()) {
            return power(ast.base(), ast.exponent(), counts);
        }
        String fn = FUNCTIONS.get(ast.head());
        if (fn != null && ast.argSize() == 1) {
            return fn + "(" + print(ast.arg1(), counts) + ")";
        }
        if (ast.head() == S.ArcTan && ast.argSize() == 2) {
            // Mathematica ArcTan[x, y] is the angle of the point (x, y)
            return "Math.atan2(" + print(ast.arg2(), counts) + ", " + print(ast.arg1(), counts) + ")";
        }
        throw new UnsupportedException("formula " + formula() + ": no Java rule for head '" + ast.head()
                + "'; simplify it away or extend JavaPrinter");
    }

    private String power(IExpr base, IExpr exponent, Map<IExpr, Integer> counts) {
        String b = print(base, counts);
        if (exponent.isInteger()) {
            int n = ((IInteger) exponent).toIntDefault(Integer.MIN_VALUE);
            if (n == 1) {
                return b;
            }
            if (n >= 2 && n <= 4) {
                return "(" + String.join(" * ", java.util.Collections.nCopies(n, b)) + ")";
            }
            if (n == -1) {
                return "(1.0 / " + b + ")";
            }
            if (n <= -2 && n >= -4) {
                return "(1.0 / (" + String.join(" * ", java.util.Collections.nCopies(-n, b)) + "))";
            }
            return "Math.pow(" + b + ", " + n + ".0)";
        }
        if (exponent.isFraction()) {
            IFraction f = (IFraction) exponent;
            if (f.toBigDenominator().intValue() == 2 && f.toBigNumerator().abs().intValue() == 1) {
                return f.isNegative() ? "(1.0 / Math.sqrt(" + b + "))" : "Math.sqrt(" + b + ")";
            }
            return "Math.pow(" + b + ", " + printNode(exponent, counts) + ")";
        }
        return "Math.pow(" + b + ", " + print(exponent, counts) + ")";
    }

    private static String literal(BigDecimal v) {
        double d = v.doubleValue();
        String s = Double.toString(d);
        return d < 0 ? "(" + s + ")" : s;
    }
}
