package org.landscape.script;

import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * One toolkit function as it appears in scripts and in {@code src/docs/scripting.md}.
 *
 * @param name      the Symja name, e.g. {@code LeakyKernel}
 * @param signature the call forms, e.g. {@code LeakyKernel[w, v, alpha]}
 * @param usage     one or two sentences: what it returns, with the formula's meaning
 * @param body      the implementation; arguments arrive evaluated
 */
public record Builtin(String name, String signature, String usage, Body body) {

    /** The implementation of a built-in. */
    @FunctionalInterface
    public interface Body {
        /**
         * @param ast     the call, {@code ast.arg1()} ... evaluated
         * @param session the running script
         * @return the result (never {@code null}; return the call itself to leave it unevaluated)
         */
        IExpr apply(IAST ast, ScriptSession session);
    }
}
