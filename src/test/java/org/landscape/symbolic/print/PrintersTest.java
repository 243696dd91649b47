package org.landscape.symbolic.print;

import org.junit.jupiter.api.Test;
import org.landscape.model.Models;
import org.landscape.model.ProfileKernel;
import org.landscape.symbolic.FormulaId;
import org.landscape.symbolic.KernelFormulas;
import org.landscape.symbolic.Symja;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every export format re-evaluates to the derived formula. */
class PrintersTest {

    @Test
    void symjaExportReEvaluatesToTheSameExpressions() {
        for (FormulaId id : FormulaId.values()) {
            String text = SymjaPrinter.print(id);
            for (String stmt : text.split(";\\n")) {
                String s = stmt.replaceAll("\\(\\*.*?\\*\\)", "").replace("\n", " ").trim();
                if (!s.isEmpty()) {
                    Symja.eval(s);
                }
            }
            String[] heads = {"LeakyG", "LeakyHp", "LeakyS", "LeakyT"};
            String[] names = {"g", "hp", "s", "t"};
            for (int i = 0; i < 4; i++) {
                var residual = Symja.eval("Simplify[" + heads[i] + "[theta, alpha] - ("
                        + Symja.input(KernelFormulas.get().profile(names[i])) + ")]");
                assertTrue(residual.isZero(), id + " " + heads[i] + ": " + residual);
            }
        }
        // numeric: the exported vector functions agree with the compiled evaluator
        double alpha = 0.3;
        double[] w = {1, 2, -0.5};
        double[] v = {0.3, -1, 2};
        double k = Symja.toBigDecimal(Symja.eval("N[LeakyKernel[{1,2,-1/2},{3/10,-1,2},3/10], 30]")).doubleValue();
        assertEquals(Models.kernel(alpha).value(w, v), k, 1e-14);
        String hww = SymjaPrinter.print(FormulaId.HESSIAN);
        for (String stmt : hww.split(";\\n")) {
            String s = stmt.replaceAll("\\(\\*.*?\\*\\)", "").replace("\n", " ").trim();
            if (!s.isEmpty()) {
                Symja.eval(s);
            }
        }
        ProfileKernel pk = Models.kernel(alpha);
        double[] h = new double[9];
        pk.hessianWV(w, v, h);
        var m = Symja.eval("N[KernelHessianWV[{1,2,-1/2},{3/10,-1,2},3/10], 30]");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                double x = Symja.toBigDecimal(m.getAt(r + 1).getAt(c + 1)).doubleValue();
                assertEquals(h[r * 3 + c], x, 1e-14);
            }
        }
    }

    @Test
    void latexIsWellFormed() {
        for (FormulaId id : FormulaId.values()) {
            String tex = LatexPrinter.print(id);
            int depth = 0;
            for (char ch : tex.replace("\\{", "").replace("\\}", "").toCharArray()) {
                depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
                assertTrue(depth >= 0, "unbalanced braces in " + id);
            }
            assertEquals(0, depth, "unbalanced braces in " + id);
            assertTrue(tex.contains("\\begin{align*}") && tex.contains("\\end{align*}"));
            assertTrue(!tex.contains("\\cdot"), "tidy LaTeX");
        }
    }
}
