package org.landscape.symbolic.print;

import org.landscape.base.UnsupportedException;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Straight-line code with common-subexpression elimination, shared by the code printers: every subexpression that
 * occurs more than once among the printed expressions becomes a {@code final} temporary {@code cseN} of the
 * printer's type, declared before the assignments. Subclasses print one node ({@link #printNode}), calling
 * {@link #print} for the children.
 */
abstract class CsePrinter {
    private final String type;
    private final Map<String, String> symbols;
    private final String formula;
    private final Map<IExpr, String> temps = new HashMap<>();
    private final List<String> lines = new ArrayList<>();

    /**
     * @param type    the Java type of the temporaries, e.g. "double"
     * @param symbols Symja symbol name -> Java variable name
     * @param formula name of the formula being printed (for errors)
     */
    CsePrinter(String type, Map<String, String> symbols, String formula) {
        this.type = type;
        this.symbols = Map.copyOf(symbols);
        this.formula = formula;
    }

    /** @return the formula's name (for errors) */
    final String formula() {
        return formula;
    }

    /**
     * @param language "Java" or "interval code" (for errors)
     * @return the variable of a symbol; an {@link UnsupportedException} for an unknown symbol or
     *         a non-AST atom; null for an AST
     */
    final String leaf(IExpr e, String language) {
        if (e.isSymbol()) {
            String name = symbols.get(e.toString());
            if (name == null) {
                throw new UnsupportedException("formula " + formula + ": symbol '" + e
                        + "' has no " + language + " variable; declare it among the evaluator's inputs");
            }
            return name;
        }
        if (!e.isAST()) {
            throw new UnsupportedException("formula " + formula + ": cannot print atom '" + e
                    + "' as " + language);
        }
        return null;
    }

    /**
     * Prints {@code targets[i] = exprs[i];} for all i, preceded by the shared temporaries.
     *
     * @return Java statements, one per line, each prefixed with {@code indent}
     */
    public String assignments(String[] targets, IExpr[] exprs, String indent) {
        Map<IExpr, Integer> counts = new LinkedHashMap<>();
        for (IExpr e : exprs) {
            count(e, counts);
        }
        String[] rhs = new String[exprs.length];
        for (int i = 0; i < exprs.length; i++) {
            rhs[i] = print(exprs[i], counts);
        }
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(indent).append(l).append('\n');
        }
        for (int i = 0; i < exprs.length; i++) {
            b.append(indent).append(targets[i]).append(" = ").append(rhs[i]).append(";\n");
        }
        lines.clear();
        temps.clear();
        return b.toString();
    }

    private static void count(IExpr e, Map<IExpr, Integer> counts) {
        if (!e.isAST()) {
            return;
        }
        if (counts.merge(e, 1, Integer::sum) > 1) {
            return;
        }
        IAST ast = (IAST) e;
        for (int i = 1; i < ast.size(); i++) {
            count(ast.get(i), counts);
        }
    }

    /** @return the code of e: a temporary's name if e was printed before and occurs more than once */
    final String print(IExpr e, Map<IExpr, Integer> counts) {
        String t = temps.get(e);
        if (t != null) {
            return t;
        }
        String s = printNode(e, counts);
        if (e.isAST() && counts.getOrDefault(e, 0) > 1) {
            String name = "cse" + temps.size();
            lines.add("final " + type + " " + name + " = " + s + ";");
            temps.put(e, name);
            return name;
        }
        return s;
    }

    /** @return the code of one node (children through {@link #print}) */
    abstract String printNode(IExpr e, Map<IExpr, Integer> counts);
}
