package org.landscape.script;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.interfaces.AbstractFunctionEvaluator;
import org.matheclipse.core.expression.BuiltInDummy;
import org.matheclipse.core.expression.Context;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IBuiltInSymbol;
import org.matheclipse.core.interfaces.IEvaluator;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import org.matheclipse.core.parser.ExprParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The toolkit: every Landscape built-in, registered into Symja's {@code System} context once per JVM
 * (as a {@code BuiltInDummy} with an evaluator, or on the existing built-in symbol of the same name). The list is
 * the source of {@code Help[]} and of the reference page {@code src/docs/scripting.md} (a test checks that the page
 * lists every name).
 */
public final class Toolkit {
    private static final Map<String, Builtin> ALL = new LinkedHashMap<>();
    private static boolean registered;

    static {
        for (List<Builtin> l : List.of(ModelFunctions.all(), SymmetryFunctions.all(), AnalysisFunctions.all(),
                FormulaFunctions.all(), StudyFunctions.all(), ScriptFunctions.all())) {
            for (Builtin b : l) {
                ALL.put(b.name(), b);
            }
        }
    }

    private Toolkit() {
    }

    /** @return every built-in, in reference-page order */
    public static List<Builtin> builtins() {
        return Collections.unmodifiableList(new ArrayList<>(ALL.values()));
    }

    /** @return the built-in called {@code name}, or empty */
    public static java.util.Optional<Builtin> get(String name) {
        return java.util.Optional.ofNullable(ALL.get(name));
    }

    static synchronized void register() {
        if (registered) {
            return;
        }
        for (Builtin b : ALL.values()) {
            IEvaluator ev = new AbstractFunctionEvaluator() {
                @Override
                public IExpr evaluate(IAST ast, EvalEngine engine) {
                    ScriptSession s = ScriptSession.current();
                    boolean numeric = s.engine().isNumericMode();
                    long precision = s.engine().getNumericPrecision();
                    try {
                        return b.body().apply(ast, s);
                    } finally {
                        EvalEngine.set(s.engine());
                        s.engine().setNumericMode(numeric);
                        s.engine().setNumericPrecision(precision);
                    }
                }
            };
            ISymbol existing = Context.SYSTEM.get(b.name());
            ISymbol sym = existing;
            if (existing instanceof IBuiltInSymbol bs) {
                bs.setEvaluator(ev);
            } else {
                sym = new BuiltInDummy(b.name(), ev);
                Context.SYSTEM.put(b.name(), sym);
            }
            if (b.name().equals("Assert")) {
                sym.setAttributes(ISymbol.HOLDALL);
            }
        }
        registered = true;
    }

    /** Re-reads a library expression (built by the {@code symbolic} engine) into the session's engine. */
    static IExpr adopt(IExpr library, ScriptSession s) {
        EvalEngine.set(s.engine());
        return s.engine().evaluate(new ExprParser(s.engine(), false).parse(library.fullFormString()));
    }

    /** Evaluates an expression in the session's engine. */
    static IExpr evaluate(IExpr e, ScriptSession s) {
        EvalEngine.set(s.engine());
        return s.engine().evaluate(e);
    }

    /** Applies a library function ({@code Function[...]}, adopted into the session) to arguments, unevaluated. */
    static IExpr apply(IExpr libraryFunction, IExpr[] args, ScriptSession s) {
        return F.ast(args, adopt(libraryFunction, s));
    }

    /** Parses and evaluates Symja input in the session's engine. */
    static IExpr eval(String input, ScriptSession s) {
        EvalEngine e = s.engine();
        EvalEngine.set(e);
        boolean numeric = e.isNumericMode();
        long precision = e.getNumericPrecision();
        try {
            return e.evaluate(new ExprParser(e, false).parse(input));
        } finally {
            // Symja 3.0.0 can leave N[.., 50]'s numeric mode switched on for later evaluations
            e.setNumericMode(numeric);
            e.setNumericPrecision(precision);
        }
    }

    /**
     * LaTeX of {@code e} by {@code TeXForm} in the session's own engine, tidied as {@code LatexPrinter.tex} does
     * (no {@code \cdot} between factors). Not delegated to {@code LatexPrinter}: after its engine ran
     * {@code TeXForm}, 40-digit {@code N} in the session engine became extremely slow (Symja 3.0.0 thread state).
     */
    static String tex(IExpr e, ScriptSession s) {
        IExpr r = s.engine().evaluate(F.TeXForm(e));
        String t = r.toString();
        if (t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.replace(" \\cdot ", "\\,").replace("\\phi", "\\varphi").replaceAll("\\s+", " ").trim();
    }

    /** @return a list of rules {@code "key" -> value} (Mathematica's lightweight record) */
    static IExpr record(Object... keyValues) {
        IExpr[] rules = new IExpr[keyValues.length / 2];
        for (int i = 0; i < rules.length; i++) {
            Object v = keyValues[2 * i + 1];
            IExpr e = v instanceof IExpr x ? x : v instanceof Number n ? F.ZZ(n.longValue()) : F.stringx(v.toString());
            rules[i] = F.Rule(F.stringx(keyValues[2 * i].toString()), e);
        }
        return F.List(rules);
    }
}
