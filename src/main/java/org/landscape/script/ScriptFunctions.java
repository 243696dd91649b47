package org.landscape.script;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import org.matheclipse.core.parser.ExprParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.landscape.base.ConfinedPaths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Assertions, the checked export {@code WriteFormula} and {@code Help}.
 *
 * <p>{@code WriteFormula["name", expr]} writes {@code name.tex} and {@code name.m} into the output folder. With
 * checks on (the default), the text written to {@code name.m} is parsed back and compared numerically with
 * {@code expr}, and, when a source is given ({@code WriteFormula["name", expr, source]}), {@code expr} is compared
 * with the expression it was derived from; a difference stops the script (exit code 5) before anything is
 * written. Files are written to a temporary name and moved into place (no half-written file).
 */
final class ScriptFunctions {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private ScriptFunctions() {
    }

    static List<Builtin> all() {
        List<Builtin> l = new ArrayList<>();
        l.add(new Builtin("Assert", "Assert[condition] | Assert[condition, message]",
                "stops the script (exit code 5, FILE:LINE: assertion failed: message) unless condition evaluates to"
                        + " True; the condition is shown when no message is given.", ScriptFunctions::assertion));
        l.add(new Builtin("WriteFormula", "WriteFormula[name, expr] | WriteFormula[name, expr, source] |"
                + " WriteFormula[name, expr, source, {x, lo, hi}, ...]",
                "writes name.tex (LaTeX) and name.m (Mathematica input, re-readable with Get) into the --out folder,"
                        + " after checking numerically that the written text equals expr and that expr equals source"
                        + " (ranges as in VerifyFormula); returns the two file names.", ScriptFunctions::write));
        l.add(new Builtin("Help", "Help[] | Help[name]",
                "the list of toolkit functions, or the signature and usage of one (name as a string).",
                ScriptFunctions::help));
        return l;
    }

    private static IExpr assertion(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("Assert").orElseThrow();
        Args.arity(ast, b, 1, 2);
        IExpr v = s.engine().evaluate(ast.arg1());
        if (v.isTrue()) {
            return F.Null;
        }
        String what;
        if (ast.argSize() == 2) {
            IExpr m = s.engine().evaluate(ast.arg2());
            what = m.isString() ? m.toString() : m.toString();
        } else {
            String c = ast.arg1().toString();
            what = (c.length() > 80 ? c.substring(0, 77) + "..." : c) + " gave " + abbreviate(v.toString());
        }
        throw ToolkitError.verification(ScriptMessages.ASSERTION.format(what));
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static IExpr write(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("WriteFormula").orElseThrow();
        Args.arity(ast, b, 2, 12);
        String name = Args.string(ast, 1, b);
        if (!NAME.matcher(name).matches()) {
            throw Args.bad(b, 1, "a file name of letters, digits, - and _ (no folder, no extension)", ast.arg1());
        }
        Path out = s.settings().out().orElseThrow(() -> ToolkitError.input(ScriptMessages.NO_OUT.format(b.name())));
        IExpr expr = ast.arg2();
        String symja = expr.toMMA().replace("\n", "");
        String tex = Toolkit.tex(expr, s);
        if (s.settings().checkExports()) {
            Map<ISymbol, double[]> ranges = FormulaFunctions.ranges(ast, 4, b);
            IExpr reread = s.engine().evaluate(new ExprParser(s.engine(), false).parse(symja));
            check(s, b, name + ".m", expr, reread, ranges);
            if (ast.argSize() >= 3) {
                check(s, b, name, ast.arg3(), expr, ranges);
            }
        }
        String where = s.location();
        Path texFile = ConfinedPaths.resolve(out, name + ".tex", b.name());
        Path mFile = ConfinedPaths.resolve(out, name + ".m", b.name());
        write(texFile, "% " + name + ": exported by Landscape from " + where + "\n\\[\n" + tex + "\n\\]\n");
        write(mFile, "(* " + name + ": exported by Landscape from " + where + " *)\n" + symja + "\n");
        return F.List(F.stringx(texFile.toString()), F.stringx(mFile.toString()));
    }

    private static void check(ScriptSession s, Builtin b, String what, IExpr reference, IExpr expr,
                              Map<ISymbol, double[]> ranges) {
        NumericCheck.Outcome o = NumericCheck.compare(s.engine(), reference, expr, ranges, 20261123L);
        if (!o.agrees()) {
            throw ToolkitError.verification(ScriptMessages.EXPORT_CHECK.format(b.name() + " " + what,
                    String.format(java.util.Locale.ROOT, "%.3g", o.difference()), o.point()));
        }
    }

    private static void write(Path target, String text) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".landscape-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw ToolkitError.input(ScriptMessages.WRITE.format(target, e.getMessage()));
        }
    }

    private static IExpr help(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("Help").orElseThrow();
        Args.arity(ast, b, 0, 1);
        if (ast.argSize() == 0) {
            StringBuilder sb = new StringBuilder();
            for (Builtin t : Toolkit.builtins()) {
                sb.append(t.signature()).append('\n');
            }
            return F.stringx(sb.toString().strip());
        }
        String n = ast.arg1().isSymbol() ? ((ISymbol) ast.arg1()).getSymbolName() : ast.arg1().toString();
        Builtin t = Toolkit.get(n).orElseThrow(() -> Args.bad(b, 1, "the name of a toolkit function (Help[] lists"
                + " them)", ast.arg1()));
        return F.stringx(t.signature() + "\n  " + t.usage());
    }
}
