package org.landscape.script;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner: statements, line numbers in errors, the sandbox, and built-ins against closed forms. */
class ScriptSessionTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private ScriptSession session(ScriptSettings s) {
        return new ScriptSession(s, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private ScriptFailure fails(String source) {
        return assertThrows(ScriptFailure.class, () -> session(ScriptSettings.sandboxed()).runSource("t.m", source));
    }

    @Test
    void newlinesSeparateStatementsAndOperatorsContinueThem() {
        session(ScriptSettings.sandboxed()).runSource("t.m", "a = 2\nb = 3\nc = a +\n  b\nAssert[c == 5]\n"
                + "Print[a b]\n");
        assertEquals("6", out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void aFolderGivenAsScriptIsNamedAsSuch(@org.junit.jupiter.api.io.TempDir Path dir) {
        ScriptFailure f = assertThrows(ScriptFailure.class, () -> session(ScriptSettings.sandboxed()).runFile(dir));
        assertTrue(f.getMessage().endsWith("it is a folder, not a script file"), f.getMessage());
        assertEquals(2, f.exitCode());
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        ScriptFailure f = fails("a = 1;\n(* comment *)\nb = (2 + ;\n");
        assertEquals(3, f.line());
        assertTrue(f.getMessage().startsWith("t.m:3: syntax error"), f.getMessage());
        assertEquals(2, f.exitCode());
    }

    @Test
    void unknownFunctionNamesFileAndLine() {
        ScriptFailure f = fails("x = 1;\ny = LeakyKernal[{1,0},{0,1},0]\n");
        assertEquals("t.m:2: unknown function LeakyKernal: check the spelling or define it before use"
                + " (src/docs/scripting.md lists the toolkit)", f.getMessage());
    }

    @Test
    void wrongArgumentsAndSymjaMessagesStopTheScript() {
        ScriptFailure f = fails("\n\nLeakyKernel[{1,0}, 3, 0]\n");
        assertTrue(f.getMessage().startsWith("t.m:3: LeakyKernel: argument 2 must be"), f.getMessage());
        ScriptFailure g = fails("Sin[1, 2]\n");
        assertTrue(g.getMessage().startsWith("t.m:1: Sin"), g.getMessage());
    }

    @Test
    void failedAssertionExitsWithVerificationCode() {
        ScriptFailure f = fails("x = 2;\nAssert[x == 3, \"x is three\"]\n");
        assertEquals("t.m:2: assertion failed: x is three", f.getMessage());
        assertEquals(5, f.exitCode());
    }

    @Test
    void sandboxRefusesJavaInteropShellAndWritesOutsideOut(@org.junit.jupiter.api.io.TempDir Path dir) {
        for (String call : new String[]{"JavaNew[\"java.io.File\", \"x\"]", "Compile[{x}, x^2]",
                "LoadJavaClass[\"java.lang.System\"]", "ReadString[\"/etc/hostname\"]"}) {
            ScriptFailure f = fails(call + "\n");
            assertTrue(f.getMessage().contains("pass --allow-io"), f.getMessage());
        }
        assertTrue(fails("Run[\"ls\"]\n").getMessage().contains("no shell access"));
        ScriptSession s = session(ScriptSettings.sandboxed().withOut(dir));
        ScriptFailure f = assertThrows(ScriptFailure.class, () -> s.runSource("t.m",
                "Put[1, \"../escape.m\"]\n"));
        assertTrue(f.getMessage().contains("lies outside the folder"), f.getMessage());
        s.runSource("t.m", "Put[x^2, \"inside.m\"]\n");
        assertTrue(Files.exists(dir.resolve("inside.m")));
        assertTrue(Files.notExists(dir.getParent().resolve("escape.m")));
    }

    @Test
    void allowIoLiftsTheSandboxForThatSessionOnly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("free.m");
        session(ScriptSettings.sandboxed().withAllowIo(true)).runSource("t.m",
                "Put[x^2, \"" + f + "\"]\nAssert[StringLength[ReadString[\"" + f + "\"]] > 0]\n");
        assertTrue(Files.readString(f).contains("x^2"));
        ScriptFailure again = fails("ReadString[\"" + f + "\"]\n");
        assertTrue(again.getMessage().contains("pass --allow-io"), again.getMessage());
    }

    @Test
    void kernelAgreesWithClosedForms() {
        // alpha = 0, theta = pi/2: Cho-Saul 1/(2 pi); alpha = 1: w.v; K(w, -w) = -alpha |w|^2
        session(ScriptSettings.sandboxed()).runSource("t.m", String.join("\n",
                "Assert[Abs[LeakyKernel[{1, 0}, {0, 1}, 0] - 1/(2 Pi)] < 10^-15]",
                "Assert[Abs[LeakyKernel[{1, 2, 0.5}, {0.3, -1, 2}, 1] - {1, 2, 0.5}.{0.3, -1, 2}] < 10^-14]",
                "Assert[Abs[LeakyKernel[{1, 2}, {-1, -2}, 0.3] + 0.3*5] < 10^-14]",
                "Assert[Abs[NetworkLoss[{{1, 0}, {0, 1}}, {{1, 0}, {0, 1}}, 0.2]] < 10^-14]",
                "g = NetworkGradient[{{1, 0.1}, {0.2, 1}}, {{1, 0}, {0, 1}}, 0.2];",
                "h = 10^-6; e = {{1, 0.1 + h}, {0.2, 1}}; m = {{1, 0.1 - h}, {0.2, 1}};",
                "fd = (NetworkLoss[e, {{1, 0}, {0, 1}}, 0.2] - NetworkLoss[m, {{1, 0}, {0, 1}}, 0.2])/(2 h);",
                "Assert[Abs[fd - g[[1, 2]]] < 10^-8, \"gradient equals central difference\"]",
                ""));
    }

    /**
     * The symbolic KernelGradient and KernelHessian (the derived frame formulas assembled at a symbolic pair) are
     * D[] of the symbolic LeakyKernel, compared at a point in d = 3 (exact values, 30 digits).
     */
    @Test
    void symbolicDerivativesAreDOfTheSymbolicKernel() {
        session(ScriptSettings.sandboxed()).runSource("t.m", String.join("\n",
                "w = {w1, w2, w3}; v = {v1, v2, v3};",
                "k = LeakyKernel[w, v, alpha];",
                "at = {w1 -> 1, w2 -> 2, w3 -> -1/2, v1 -> 3/10, v2 -> -1, v3 -> 2, alpha -> 3/10};",
                "g = N[(KernelGradient[w, v, alpha] - Table[D[k, x], {x, w}]) /. at, 30];",
                "Assert[Max[Abs[g]] < 10^-20, \"gradient = D[kernel]\"]",
                "h = KernelHessian[w, v, alpha];",
                "hww = N[(h[[1]] - Table[D[k, x, y], {x, w}, {y, w}]) /. at, 30];",
                "hwv = N[(h[[2]] - Table[D[k, x, y], {x, w}, {y, v}]) /. at, 30];",
                "Assert[Max[Abs[Flatten[{hww, hwv}]]] < 10^-20, \"Hessian blocks = D[kernel]\"]",
                ""));
    }

    @Test
    void safeSeriesKeepsThePiTermsSymjaSeriesLost() {
        session(ScriptSettings.sandboxed()).runSource("t.m", String.join("\n",
                "s = SafeSeries[(Pi/2 - t) Cos[t], {t, 0, 3}];",
                "Assert[Expand[s - (Pi/2 - t - Pi t^2/4 + t^3/2)] === 0]",
                "p = SafeSeries[Sqrt[e] (1 + e), {e, 0, 2}];",
                "Assert[Expand[p - (Sqrt[e] + e^(3/2))] === 0]",
                "Assert[SafeLimit[Sin[t]/t, t -> 0] == 1]",
                "Assert[Limit[(Pi/2 - t) Cos[t], t -> 0] === Pi/2, \"no numeric mode leaks\"]",
                ""));
    }

    @Test
    void writeFormulaChecksAndWrites(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ScriptSession s = session(ScriptSettings.sandboxed().withOut(dir));
        s.runSource("t.m", "WriteFormula[\"f\", Sin[t]^2, 1 - Cos[t]^2]\n");
        assertTrue(Files.readString(dir.resolve("f.m")).contains("Sin[t]^2"));
        assertTrue(Files.readString(dir.resolve("f.tex")).contains("\\sin"));
        ScriptFailure f = assertThrows(ScriptFailure.class,
                () -> s.runSource("u.m", "\nWriteFormula[\"g\", Sin[t]^2, 1 + Cos[t]^2]\n"));
        assertEquals(5, f.exitCode());
        assertTrue(f.getMessage().startsWith("u.m:2: WriteFormula"), f.getMessage());
        assertTrue(Files.notExists(dir.resolve("g.m")));
    }

    /** The analysis built-ins: one-line errors with file and line for bad input and non-convergence. */
    @Test
    void analysisBuiltinsRejectBadInputWithFileAndLine() {
        ScriptFailure a = fails("W = {{1, 0}, {0, 1}};\nFindCriticalPoint[W, {{1, 0, 0}}, 0]\n");
        assertTrue(a.getMessage().startsWith("t.m:2: FindCriticalPoint: argument 2 must be a teacher with d = 2"),
                a.getMessage());
        assertEquals(2, a.exitCode());
        ScriptFailure b = fails("CriticalNumbers[3, {-1, 1}]\n");
        assertTrue(b.getMessage().startsWith("t.m:1: CriticalNumbers: argument 1 must be a width k >= 4"),
                b.getMessage());
        ScriptFailure c = fails("ContinueBranch[IdentityMatrix[3], IdentityMatrix[3], {0, 1, 2}]\n");
        assertTrue(c.getMessage().startsWith("t.m:1: ContinueBranch: argument 3 must be an interval"), c.getMessage());
        ScriptFailure d = fails("FollowFamily[\"Delta(S{k-2}xS1)\", IdentityMatrix[3], 0, 5]\n");
        assertTrue(d.getMessage().startsWith("t.m:1: family 'Delta(S{k-2}xS1)' is not a Young family template"),
                d.getMessage());
        ScriptFailure e = fails("FindCriticalPoint[IdentityMatrix[3], IdentityMatrix[3], 0, \"DeltaS4\"]\n");
        assertTrue(e.getMessage().startsWith("t.m:1: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    /** FindCriticalPoint at a closed form: one neuron against I_2 at alpha = 0 has the minimum (1/pi + 3/4)(1, 1). */
    @Test
    void findCriticalPointReachesTheOneNeuronClosedForm() {
        session(ScriptSettings.sandboxed()).runSource("t.m", "p = FindCriticalPoint[{{1.0, 0.8}}, IdentityMatrix[2], 0];\n"
                + "Print[\"point\" /. p]\n");
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        double expected = 1 / Math.PI + 0.75;
        String[] parts = printed.replaceAll("[{}\\s]", "").split(",");
        assertEquals(2, parts.length, printed);
        for (String x : parts) {
            assertEquals(expected, Double.parseDouble(x), 1e-12, printed);
        }
    }
}
