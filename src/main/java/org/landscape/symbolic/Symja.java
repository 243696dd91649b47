package org.landscape.symbolic;

import org.landscape.base.InvalidInputException;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The project's single entry point into Symja. Sets strict Mathematica syntax once (STACK-NOTES:
 * {@code ParserConfig.PARSER_USE_LOWERCASE_SYMBOLS = false} before anything touches {@code F}), then
 * keeps one evaluator per thread (Symja engines are thread-local).
 *
 * <p>Start-up costs 1.5-3 s for the first engine of a JVM; commands that need no symbolic work never
 * touch this class.
 */
public final class Symja {
    private static final ThreadLocal<ExprEvaluator> EVALUATOR = ThreadLocal.withInitial(Symja::newEvaluator);

    private Symja() {
    }

    private static synchronized ExprEvaluator newEvaluator() {
        org.matheclipse.parser.client.ParserConfig.PARSER_USE_LOWERCASE_SYMBOLS = false;
        EvalEngine engine = new EvalEngine(false);
        // Symja's own messages (e.g. "Expand: Maximum AST dimension ... exceeded") go to stderr: stdout carries the
        // commands' results (JSON, formulas) and must stay machine-readable
        engine.setOutPrintStream(System.err);
        engine.setErrorPrintStream(System.err);
        EvalEngine.set(engine);
        return new ExprEvaluator(engine, true, (short) 100);
    }

    /** @return this thread's evaluator (created on first use) */
    public static ExprEvaluator evaluator() {
        ExprEvaluator ev = EVALUATOR.get();
        EvalEngine.set(ev.getEvalEngine());
        return ev;
    }

    /** Evaluates Mathematica-syntax input; a syntax error becomes an {@link InvalidInputException}. */
    public static IExpr eval(String input) {
        try {
            return evaluator().eval(input);
        } catch (org.matheclipse.parser.client.SyntaxError e) {
            throw new InvalidInputException("Symja could not parse '" + abbreviate(input) + "': "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** @return {@code expr} in FullForm, which re-parses to the same expression (used between steps) */
    public static String input(IExpr expr) {
        return expr.fullFormString();
    }

    /**
     * @param params the symbols, in argument order
     * @param body   an expression in them
     * @return the pure function {@code Function[{params...}, body]} (held, not evaluated), so that a consumer with
     *         its own engine binds the symbols by application instead of by text substitution
     */
    public static IExpr function(java.util.List<String> params, IExpr body) {
        return eval("Function[{" + String.join(", ", params) + "}, " + input(body) + "]");
    }

    /** @return readable Mathematica input form of {@code expr} on one line (Symja wraps long lines) */
    public static String display(IExpr expr) {
        return expr.toMMA().replace("\n", "");
    }

    /**
     * @return the exact rational value of a double, as Symja input, e.g. {@code 0.1 -> 3602879701896397/36028797018963968}
     */
    public static String exactRational(double x) {
        BigDecimal b = new BigDecimal(x);
        BigInteger num = b.unscaledValue();
        int scale = b.scale();
        if (scale <= 0) {
            return num.multiply(BigInteger.TEN.pow(-scale)).toString();
        }
        return "(" + num + ")/(" + BigInteger.TEN.pow(scale) + ")";
    }

    /**
     * Evaluates {@code expr} with the given exact substitutions to {@code digits} significant digits.
     *
     * @return the value as a BigDecimal
     */
    public static BigDecimal numeric(IExpr expr, String[] symbols, double[] values, int digits) {
        StringBuilder rules = new StringBuilder("{");
        for (int i = 0; i < symbols.length; i++) {
            if (i > 0) {
                rules.append(',');
            }
            rules.append(symbols[i]).append("->").append(exactRational(values[i]));
        }
        rules.append('}');
        IExpr r = eval("N[(" + input(expr) + ") /. " + rules + ", " + digits + "]");
        return toBigDecimal(r);
    }

    /** Converts a numeric Symja result to BigDecimal; throws if it is not a real number. */
    public static BigDecimal toBigDecimal(IExpr r) {
        if (r.isZero()) {
            return BigDecimal.ZERO;
        }
        if (r.isInteger() || r.isFraction()) {
            return new BigDecimal(eval("N[" + r + ", 50]").toString().replace("*10^", "E"));
        }
        String s = r.toString().replace("*10^", "E");
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("not a real number: " + r);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
