package org.landscape.script;

import org.landscape.base.LandscapeException;
import org.landscape.base.ResourceLimitException;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IBuiltInSymbol;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IPatternObject;
import org.matheclipse.core.interfaces.ISymbol;
import org.matheclipse.core.parser.ExprParser;
import org.matheclipse.parser.client.SyntaxError;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A running script: one Symja engine in strict Mathematica syntax with the toolkit ({@link Toolkit}) and the
 * sandbox ({@link Sandbox}). Statements are evaluated one by one ({@link StatementSplitter}); any syntax error,
 * unknown function (an undefined head starting with an upper-case letter), Symja message, refused call, wrong
 * argument or failed assertion stops the script with a {@link ScriptFailure} {@code FILE:LINE: what}.
 *
 * <p>Not thread-safe: one session per thread (Symja engines are thread-local).
 */
public final class ScriptSession {
    static {
        // strict Mathematica syntax must be set before the first use of Symja's F and S (STACK-NOTES)
        org.landscape.symbolic.Symja.evaluator();
    }

    private static final ThreadLocal<ScriptSession> CURRENT = new ThreadLocal<>();

    private final ScriptSettings settings;
    private final EvalEngine engine;
    private final PrintStream out;
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final long machinePrecision;
    private final ScriptLimits limits;
    /** Results a prompt recorded, by output number: what {@code %}, {@code %%} and {@code %n} refer to. */
    private final java.util.TreeMap<Integer, IExpr> outs = new java.util.TreeMap<>();
    private String file = "<input>";
    private int line;

    /**
     * @param settings the sandbox and output folder
     * @param out      where {@code Print} writes
     */
    public ScriptSession(ScriptSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.limits = new ScriptLimits(settings.timeLimit(), settings.maxMemory());
        this.engine = new EvalEngine("landscape-script", 512, 100000, out,
                new PrintStream(messages, true, StandardCharsets.UTF_8), false);
        EvalEngine.set(engine);
        engine.evaluate(F.Plus(F.C1, F.C1)); // completes Symja's lazy set-up of built-in evaluators
        machinePrecision = engine.getNumericPrecision();
        Toolkit.register();
        Sandbox.apply(settings, engine);
    }

    /** @return the session evaluating on this thread (inside a built-in) */
    static ScriptSession current() {
        ScriptSession s = CURRENT.get();
        if (s == null) {
            throw new IllegalStateException("no script session on this thread");
        }
        return s;
    }

    /** @return the settings */
    public ScriptSettings settings() {
        return settings;
    }

    /** @return the Symja engine of this session */
    public EvalEngine engine() {
        return engine;
    }

    /** Starts the wall-clock limit again: a prompt calls this before each input. */
    public void restartClock() {
        limits.restartClock();
    }

    /**
     * Records the result of input {@code n} (a prompt's {@code Out[n]}), for {@code %} (the last recorded result),
     * {@code %%} (the one before) and {@code %n} in later statements.
     */
    public void recordOut(int n, IExpr value) {
        outs.put(n, value);
    }

    /** Replaces {@code Out[-j]} ({@code %}, {@code %%}) and {@code Out[n]} ({@code %n}) by recorded results. */
    private IExpr withOuts(IExpr e, int atLine) {
        java.util.Map<IExpr, IExpr> replace = new java.util.HashMap<>();
        collectOuts(e, replace, atLine);
        if (replace.isEmpty()) {
            return e;
        }
        IExpr r = e.replaceAll(x -> replace.getOrDefault(x, F.NIL));
        return r.isPresent() ? r : e;
    }

    private void collectOuts(IExpr e, java.util.Map<IExpr, IExpr> replace, int atLine) {
        if (!e.isAST()) {
            return;
        }
        if (e.isAST(S.Out, 2) && e.first().isInteger()) {
            int n = e.first().toIntDefault();
            java.util.List<Integer> keys = new java.util.ArrayList<>(outs.keySet());
            Integer key = n < 0 && keys.size() + n >= 0 ? keys.get(keys.size() + n) : n > 0 && outs.containsKey(n) ? n
                    : null;
            if (key == null) {
                throw fail(atLine, ScriptMessages.NO_OUT_RESULT.format(n < 0 ? "%".repeat(-n) : "%" + n,
                        outs.isEmpty() ? "none yet" : "Out" + outs.keySet()), 2);
            }
            replace.put(e, outs.get(key));
            return;
        }
        IAST a = (IAST) e;
        for (int i = 0; i <= a.argSize(); i++) {
            collectOuts(a.get(i), replace, atLine);
        }
    }

    /** @return true once the running statement reached the time limit or the memory ceiling (built-ins poll this) */
    boolean limitReached() {
        return limits.reached().isPresent();
    }

    /** @return where {@code Print} and the toolkit's reports go */
    PrintStream out() {
        return out;
    }

    /** Runs a script file; the file name in messages is the path as given. */
    public void runFile(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file (check the path)"
                    : Files.isDirectory(path) ? "it is a folder, not a script file"
                    : e instanceof java.nio.charset.MalformedInputException ? "it is not a UTF-8 text file"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : "an input/output error";
            throw new ScriptFailure(path.toString(), 0, ScriptMessages.FILE.format(path, why), 2);
        }
        runSource(path.toString(), text);
    }

    /** Runs source text statement by statement; {@code name} is used in messages. */
    public void runSource(String name, String text) {
        for (Statement s : StatementSplitter.split(text)) {
            evaluate(s, name);
        }
    }

    /**
     * Evaluates one statement.
     *
     * @return its value ({@code Null} for statements ending in {@code ;})
     * @throws ScriptFailure on any error, located at {@code name:statement.line()}
     */
    public IExpr evaluate(Statement statement, String name) {
        this.file = name;
        this.line = statement.line();
        EvalEngine.set(engine);
        CURRENT.set(this);
        Sandbox.apply(settings, engine);
        engine.setNumericMode(false);
        engine.setNumericPrecision(machinePrecision);
        IExpr parsed;
        try {
            parsed = new ExprParser(engine, false).parse(statement.text());
        } catch (SyntaxError e) {
            int row = Math.max(0, e.getRowIndex());
            throw fail(statement.line() + row, ScriptMessages.SYNTAX.format(firstLine(e.getError())), 2);
        } catch (RuntimeException e) {
            throw fail(statement.line(), ScriptMessages.SYNTAX.format(firstLine(String.valueOf(e.getMessage()))), 2);
        }
        parsed = withOuts(parsed, statement.line());
        checkHeads(parsed, statement.line());
        messages.reset();
        IExpr result;
        limits.arm(engine);
        try {
            result = engine.evaluate(parsed);
        } catch (ToolkitError e) {
            throw limitOr(statement.line(), e.getMessage(), e.isVerification() ? 5 : 2);
        } catch (LandscapeException e) {
            throw limitOr(statement.line(), e.getMessage(), e.exitCode());
        } catch (SyntaxError e) {
            throw fail(statement.line(), ScriptMessages.SYNTAX.format(firstLine(e.getError())), 2);
        } catch (org.matheclipse.core.eval.exception.ASTElementLimitExceeded
                 | org.matheclipse.core.eval.exception.MemoryLimitExceeded e) {
            throw new ScriptFailure(file, statement.line(), ScriptMessages.TOO_LARGE.format(firstLine(
                    String.valueOf(e.getMessage())), settings.maxMemory() >> 20), 6, ResourceLimitException.Limit.MEMORY);
        } catch (OutOfMemoryError e) {
            throw new ScriptFailure(file, statement.line(), ScriptMessages.OUT_OF_MEMORY.format(
                    Runtime.getRuntime().maxMemory() >> 20), 6, ResourceLimitException.Limit.MEMORY);
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
            throw limitOr(statement.line(), ScriptMessages.SYMJA_MESSAGE.format(m), 2);
        } finally {
            limits.disarm();
            EvalEngine.set(engine);
        }
        if (limits.reached().isPresent()) {
            throw limitOr(statement.line(), "", 2);
        }
        String msg = messages.toString(StandardCharsets.UTF_8).strip();
        if (!msg.isEmpty()) {
            throw fail(statement.line(), ScriptMessages.SYMJA_MESSAGE.format(firstLine(msg)), 2);
        }
        return result;
    }

    /**
     * Evaluates one statement for an interactive prompt.
     *
     * @return the value in Mathematica input form, empty for {@code Null} or a statement ending in {@code ;}
     */
    public java.util.Optional<String> evaluateForDisplay(Statement statement, String name) {
        IExpr r = evaluate(statement, name);
        if (r == S.Null || statement.text().strip().endsWith(";")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(r.toString().replace("\n", ""));
    }

    /** @return the location of the statement being evaluated, {@code FILE:LINE} */
    String location() {
        return file + ":" + line;
    }

    /** A failure for the limit the watchdog recorded, if any, else for {@code what}. */
    private ScriptFailure limitOr(int atLine, String what, int code) {
        return limits.reached().map(l -> new ScriptFailure(file, atLine, limits.message(l), 6, l))
                .orElseGet(() -> fail(atLine, what, code));
    }

    private ScriptFailure fail(int atLine, String what, int code) {
        return new ScriptFailure(file, atLine, what, code);
    }

    private static String firstLine(String s) {
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(s);
    }

    /** Rejects calls of undefined functions whose names start with an upper-case letter (typos of built-ins). */
    private void checkHeads(IExpr e, int atLine) {
        Set<ISymbol> defined = new HashSet<>();
        collectDefinitions(e, defined);
        String unknown = findUnknown(e, defined);
        if (unknown != null) {
            throw fail(atLine, ScriptMessages.UNKNOWN_FUNCTION.format(unknown), 2);
        }
    }

    private static final List<IBuiltInSymbol> SCOPES = List.of(S.Module, S.Block, S.With, S.Function, S.Table,
            S.Sum, S.Product, S.Do);
    private static final List<IBuiltInSymbol> HOLDS = List.of(S.Hold, S.HoldForm, S.HoldComplete,
            S.Defer, S.Unevaluated);

    private static void collectDefinitions(IExpr e, Set<ISymbol> defined) {
        if (e instanceof IPatternObject p && p.getSymbol() != null) {
            defined.add(p.getSymbol());
            return;
        }
        if (!e.isAST()) {
            return;
        }
        IAST a = (IAST) e;
        IExpr h = a.head();
        if ((h == S.Set || h == S.SetDelayed || h == S.UpSet || h == S.UpSetDelayed || h == S.TagSet
                || h == S.TagSetDelayed) && a.argSize() >= 1) {
            IExpr lhs = a.arg1();
            while (lhs.isAST()) {
                lhs = lhs.head();
            }
            if (lhs.isSymbol()) {
                defined.add((ISymbol) lhs);
            }
        }
        if (SCOPES.contains(h) && a.argSize() >= 1) {
            for (IExpr x : a.arg1().isList() ? (IAST) a.arg1() : F.List(a.arg1())) {
                IExpr v = x.isAST() ? ((IAST) x).arg1() : x;
                if (v.isSymbol()) {
                    defined.add((ISymbol) v);
                }
            }
            for (int i = 2; i <= a.argSize(); i++) {
                IExpr it = a.get(i);
                if (it.isList() && ((IAST) it).argSize() >= 1 && ((IAST) it).arg1().isSymbol()) {
                    defined.add((ISymbol) ((IAST) it).arg1());
                }
            }
        }
        for (int i = 0; i <= a.argSize(); i++) {
            collectDefinitions(a.get(i), defined);
        }
    }

    private static String findUnknown(IExpr e, Set<ISymbol> defined) {
        if (!e.isAST()) {
            return null;
        }
        IAST a = (IAST) e;
        IExpr h = a.head();
        if (HOLDS.contains(h)) {
            return null;
        }
        if (h.isSymbol() && !(h instanceof IBuiltInSymbol) && !defined.contains(h)) {
            ISymbol s = (ISymbol) h;
            String n = s.getSymbolName();
            boolean hasRules = s.getRulesData() != null && s.getRulesData().getEqualDownRules() != null
                    || s.getRulesData() != null;
            if (!n.isEmpty() && Character.isUpperCase(n.charAt(0)) && !hasRules && !s.hasAssignedSymbolValue()) {
                return n;
            }
        }
        for (int i = 0; i <= a.argSize(); i++) {
            String u = findUnknown(a.get(i), defined);
            if (u != null) {
                return u;
            }
        }
        return null;
    }
}
