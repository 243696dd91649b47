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

    private static void define(FormulaId id) {
        for (String stmt : SymjaPrinter.print(id).split(";\\n")) {
            String s = stmt.replaceAll("\\(\\*.*?\\*\\)", "").replace("\n", " ").trim();
            if (!s.isEmpty()) {
                Symja.eval(s);
            }
        }
    }

    /** @return a machine number's full double value (its text form is shortened) */
    private static double number(org.matheclipse.core.interfaces.IExpr e) {
        return e.evalf();
    }

    /**
     * The exported Symja gradient and Hessian blocks (assembled from the derived frame coefficients) evaluate to
     * the numbers of {@code D[]} of the Cartesian kernel \( |w||v|\,g(\arccos(w\cdot v/(|w||v|))) \) at a point
     * (machine numbers, to 1e-12), the self terms to {@code D[]} of \( |w|^2 g(0) \), and {@code LossGradient} to the
     * compiled model's loss gradient.
     */
    @Test
    void symjaDerivativesAreDOfTheKernel() {
        define(FormulaId.GRADIENT);
        define(FormulaId.HESSIAN);
        // the Cartesian kernel along coordinate lines: K(w0 + a e_x, v0 + b e_y), differentiated in the scalars a, b
        Symja.eval("CartesianK[w_List, v_List] := Sqrt[w.w]*Sqrt[v.v]*LeakyG[ArcCos[w.v/(Sqrt[w.w]*Sqrt[v.v])], 0.3]");
        String w0 = "{1.0, 2.0, -0.5}";
        String v0 = "{0.3, -1.0, 2.0}";
        String moved = "CartesianK[" + w0 + " + a*UnitVector[3, x], " + v0 + " + b*UnitVector[3, y]]";
        String self = "(" + w0 + " + a*UnitVector[3, x]).(" + w0 + " + a*UnitVector[3, x])*LeakyG[0, 0.3]";
        var grad = Symja.eval("(Table[D[" + moved + ", a] /. {a -> 0, b -> 0}, {x, 3}, {y, {1}}])");
        var gradExport = Symja.eval("(KernelGradientW[" + w0 + ", " + v0 + ", 0.3])");
        var selfGrad = Symja.eval("(Table[D[" + self + ", a] /. a -> 0, {x, 3}])");
        var selfExport = Symja.eval("(KernelSelfGradientW[" + w0 + ", 0.3])");
        var ww = Symja.eval("(Table[D[CartesianK[" + w0 + " + a*UnitVector[3, x] + b*UnitVector[3, y], " + v0
                + "], a, b] /. {a -> 0, b -> 0}, {x, 3}, {y, 3}])");
        var wwExport = Symja.eval("(KernelHessianWW[" + w0 + ", " + v0 + ", 0.3])");
        var wv = Symja.eval("(Table[D[" + moved + ", a, b] /. {a -> 0, b -> 0}, {x, 3}, {y, 3}])");
        var wvExport = Symja.eval("(KernelHessianWV[" + w0 + ", " + v0 + ", 0.3])");
        var selfHess = Symja.eval("(Table[D[(" + w0 + " + a*UnitVector[3, x] + b*UnitVector[3, y]).(" + w0
                + " + a*UnitVector[3, x] + b*UnitVector[3, y])*LeakyG[0, 0.3], a, b] /. {a -> 0, b -> 0}, {x, 3}, {y, 3}])");
        var selfHessExport = Symja.eval("(KernelSelfHessianWW[" + w0 + ", 0.3])");
        for (int r = 1; r <= 3; r++) {
            assertEquals(number(grad.getAt(r).getAt(1)), number(gradExport.getAt(r)), 1e-12, "gradient " + r);
            assertEquals(number(selfGrad.getAt(r)), number(selfExport.getAt(r)), 1e-12, "self gradient " + r);
            for (int c = 1; c <= 3; c++) {
                assertEquals(number(ww.getAt(r).getAt(c)), number(wwExport.getAt(r).getAt(c)), 1e-12, "Hess_ww");
                assertEquals(number(wv.getAt(r).getAt(c)), number(wvExport.getAt(r).getAt(c)), 1e-12, "Hess_wv");
                assertEquals(number(selfHess.getAt(r).getAt(c)), number(selfHessExport.getAt(r).getAt(c)), 1e-12,
                        "self Hessian");
            }
        }
        double[][] w = {{1, 2, -0.5}, {0.25, -0.75, 1.5}};
        double[][] v = {{0.5, -1, 2}, {1, 0.5, 0.25}};
        var lg = Symja.eval("LossGradient[{{1.0, 2.0, -0.5}, {0.25, -0.75, 1.5}}, {{0.5, -1.0, 2.0}, {1.0, 0.5, 0.25}}, 0.3]");
        double[] expected = new double[6];
        Models.loss(0.3, v).gradient(w, expected);
        for (int i = 0; i < 2; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(expected[i * 3 + c], number(lg.getAt(i + 1).getAt(c + 1)), 1e-13, "loss gradient");
            }
        }
    }
}
