package org.landscape.symbolic.print;

import org.landscape.base.UnsupportedException;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints Symja expressions as straight-line Java over an enclosure arithmetic: generic code in a type variable
 * {@code T extends org.landscape.interval.Enclosure<T>} with a field {@code f}, so that one printed program
 * encloses values (intervals) and derivatives (interval jets). Common subexpressions become {@code final T cseN}
 * temporaries; constants become {@code static final Constant} fields (exact rationals \( p/q \) and \( \pi \)),
 * lifted with {@code f.exact(...)} at the precision of the arithmetic.
 *
 * <p>Rules: {@code Plus} and {@code Times} as chained {@code add}/{@code subtract}/{@code multiply}/{@code divide}
 * (negative integer powers divide, a factor -1 negates); {@code x^2} as {@code square()} (tighter than a product),
 * other small integer powers as products, {@code x^(1/2)} as {@code sqrt()}; {@code Sin}, {@code Cos};
 * {@code ArcTan[x, y]} as {@code y.atan2(x)}. Strict (STYLE 6): any other head is an {@link UnsupportedException}
 * naming the head and the formula; no partial output.
 */
public final class IntervalPrinter extends CsePrinter {
    private final String constantPrefix;
    private final Map<String, String> constants;

    /**
     * @param symbols        Symja symbol name -> Java variable name (of type T)
     * @param formula        name of the formula being printed (for errors)
     * @param constantPrefix prefix of the constant fields this printer declares
     * @param constants      shared map constant-initializer -> field name, filled (written) by this printer
     */
    public IntervalPrinter(Map<String, String> symbols, String formula, String constantPrefix,
                           Map<String, String> constants) {
        super("T", symbols, formula);
        this.constantPrefix = constantPrefix;
        this.constants = constants;
    }

    /** @return declarations {@code private static final Constant NAME = init;} of the constants in {@code map} */
    public static String constantDeclarations(Map<String, String> map, String indent) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : map.entrySet()) {
            b.append(indent).append("private static final Constant ").append(e.getValue()).append(" = ")
                    .append(e.getKey()).append(";\n");
        }
        return b.toString();
    }

    private String constant(String init) {
        return "f.exact(" + constants.computeIfAbsent(init, k -> constantPrefix + constants.size()) + ")";
    }

    private String integer(BigInteger n) {
        return constant("Constant.rational(\"" + n + "\", \"1\")");
    }

    @Override
    String printNode(IExpr e, Map<IExpr, Integer> counts) {
        if (e.isInteger()) {
            return integer(((IInteger) e).toBigNumerator());
        }
        if (e.isFraction()) {
            IFraction q = (IFraction) e;
            return constant("Constant.rational(\"" + q.toBigNumerator() + "\", \"" + q.toBigDenominator() + "\")");
        }
        if (e == S.Pi) {
            return constant("Constant.PI");
        }
        String leaf = leaf(e, "interval code");
        if (leaf != null) {
            return leaf;
        }
        IAST ast = (IAST) e;
        if (ast.isPlus()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < ast.size(); i++) {
                IExpr term = ast.get(i);
                boolean negative = i > 1 && term.isTimes() && term.first().isMinusOne();
                String printed = negative ? print(dropMinusOne((IAST) term), counts) : print(term, counts);
                if (i == 1) {
                    sb.append(printed);
                } else {
                    sb.insert(0, '(').append(negative ? ").subtract(" : ").add(").append(printed).append(')');
                }
            }
            return sb.toString();
        }
        if (ast.isTimes()) {
            List<String> num = new ArrayList<>();
            List<String> den = new ArrayList<>();
            boolean negate = false;
            for (int i = 1; i < ast.size(); i++) {
                IExpr x = ast.get(i);
                if (x.isMinusOne()) {
                    negate = !negate;
                } else if (x.isPower() && x.exponent().isInteger() && x.exponent().isNegative()) {
                    den.add(power(x.base(), x.exponent().negate(), counts));
                } else {
                    num.add(print(x, counts));
                }
            }
            String r = num.isEmpty() ? integer(BigInteger.ONE) : chain(num, "multiply");
            if (!den.isEmpty()) {
                r = "(" + r + ").divide(" + chain(den, "multiply") + ")";
            }
            return negate ? "(" + r + ").negate()" : r;
        }
        if (ast.isPower()) {
            return power(ast.base(), ast.exponent(), counts);
        }
        if (ast.head() == S.Sin && ast.argSize() == 1) {
            return "(" + print(ast.arg1(), counts) + ").sin()";
        }
        if (ast.head() == S.Cos && ast.argSize() == 1) {
            return "(" + print(ast.arg1(), counts) + ").cos()";
        }
        if (ast.head() == S.ArcTan && ast.argSize() == 2) {
            return "(" + print(ast.arg2(), counts) + ").atan2(" + print(ast.arg1(), counts) + ")";
        }
        throw new UnsupportedException("formula " + formula() + ": no interval rule for head '" + ast.head()
                + "'; simplify it away or extend IntervalPrinter");
    }

    private static IExpr dropMinusOne(IAST times) {
        return times.argSize() == 2 ? times.arg2() : times.removeAtCopy(1);
    }

    private static String chain(List<String> factors, String op) {
        StringBuilder sb = new StringBuilder(factors.get(0));
        for (int i = 1; i < factors.size(); i++) {
            sb.insert(0, '(').append(").").append(op).append('(').append(factors.get(i)).append(')');
        }
        return sb.toString();
    }

    private String power(IExpr base, IExpr exponent, Map<IExpr, Integer> counts) {
        String b = print(base, counts);
        if (exponent.isInteger()) {
            int n = ((IInteger) exponent).toIntDefault(Integer.MIN_VALUE);
            if (n == 1) {
                return b;
            }
            if (n == 2) {
                return "(" + b + ").square()";
            }
            if (n >= 3 && n <= 64) {
                // x^n by squaring: exact powers of an enclosure are enclosures
                String half = power(base, org.matheclipse.core.expression.F.ZZ(n / 2), counts);
                String sq = "(" + half + ").square()";
                return n % 2 == 0 ? sq : "(" + sq + ").multiply(" + b + ")";
            }
            if (n < 0 && n >= -64) {
                return integer(BigInteger.ONE) + ".divide(" + power(base, org.matheclipse.core.expression.F.ZZ(-n),
                        counts) + ")";
            }
        }
        if (exponent.isFraction()) {
            IFraction q = (IFraction) exponent;
            if (q.toBigDenominator().intValue() == 2 && q.toBigNumerator().abs().intValue() == 1) {
                return q.isNegative() ? integer(BigInteger.ONE) + ".divide((" + b + ").sqrt())" : "(" + b + ").sqrt()";
            }
        }
        throw new UnsupportedException("formula " + formula() + ": no interval rule for the power " + exponent
                + "; only integer powers up to 64 and square roots are printed");
    }
}
