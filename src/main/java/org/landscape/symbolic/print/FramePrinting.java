package org.landscape.symbolic.print;

import org.landscape.symbolic.FormulaId;
import org.landscape.symbolic.KernelFrameFormulas;
import org.landscape.symbolic.KernelFrameFormulas.FrameFormula;
import org.landscape.symbolic.KernelFrameFormulas.FrameVector;
import org.landscape.symbolic.KernelFrameFormulas.Term;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frame formulas of {@link KernelFrameFormulas} (GRADIENT_FRAME, HESSIAN_WW_FRAME, HESSIAN_WV_FRAME) in the
 * three export formats: LaTeX lines, Symja definitions, Java methods. The coefficients are printed from the
 * derived expressions; the frame vectors are named as in {@link FrameVector}. Public for the standalone Java export
 * of {@code compile.JavaExportPrinter}.
 */
public final class FramePrinting {
    private static final Map<FrameVector, String> TEX = Map.of(FrameVector.W_HAT, "\\hat w", FrameVector.V_HAT,
            "\\hat v", FrameVector.N, "n", FrameVector.M, "m");
    private static final String ARGS = "r, rho, theta, g, hp, s, t, alpha";

    private FramePrinting() {
    }

    private static String lhs(FormulaId id) {
        return switch (id) {
            case GRADIENT_FRAME -> "\\nabla_w K";
            case HESSIAN_WW_FRAME -> "\\nabla^2_{ww} K";
            default -> "\\nabla^2_{wv} K";
        };
    }

    /** @return align* lines: the decomposition and each coefficient */
    public static String latex(FormulaId id) {
        FrameFormula f = KernelFrameFormulas.get().of(id);
        StringBuilder b = new StringBuilder();
        b.append("&\\text{frame: } r = |w|,\\ \\rho = |v|,\\ n = \\frac{\\hat v - \\cos\\theta\\,\\hat w}{\\sin\\theta},\\ "
                + "m = \\frac{\\hat w - \\cos\\theta\\,\\hat v}{\\sin\\theta} \\\\\n");
        List<String> parts = new ArrayList<>();
        if (!f.identity().isZero()) {
            parts.add("c_I\\, I");
        }
        for (int j = 0; j < f.terms().size(); j++) {
            Term t = f.terms().get(j);
            parts.add("c_{" + (j + 1) + "}\\, " + TEX.get(t.left()) + t.right().map(r -> " " + TEX.get(r) + "^T").orElse(""));
        }
        b.append(lhs(id)).append(" &= ").append(String.join(" + ", parts)).append(" \\\\\n");
        if (!f.identity().isZero()) {
            b.append("c_I &= ").append(tex(f.identity())).append(" \\\\\n");
        }
        for (int j = 0; j < f.terms().size(); j++) {
            b.append("c_{").append(j + 1).append("} &= ").append(tex(f.terms().get(j).coefficient()))
                    .append(" \\\\\n");
        }
        return b.toString();
    }

    /** LaTeX of a coefficient, with the profile symbol hp written h'. */
    private static String tex(IExpr e) {
        return LatexPrinter.tex(e).replace("hp", "h'");
    }

    private static String name(FormulaId id) {
        return switch (id) {
            case GRADIENT_FRAME -> "GradientFrame";
            case HESSIAN_WW_FRAME -> "HessianWWFrame";
            default -> "HessianWVFrame";
        };
    }

    private static List<IExpr> coefficients(FrameFormula f) {
        List<IExpr> c = new ArrayList<>();
        if (!f.identity().isZero()) {
            c.add(f.identity());
        }
        for (Term t : f.terms()) {
            c.add(t.coefficient());
        }
        return c;
    }

    private static String description(FrameFormula f) {
        List<String> parts = new ArrayList<>();
        if (!f.identity().isZero()) {
            parts.add("I");
        }
        for (Term t : f.terms()) {
            parts.add(t.left().name() + t.right().map(r -> " " + r.name() + "^T").orElse(""));
        }
        return String.join(", ", parts);
    }

    /** @return a Symja definition: the list of coefficients, with the terms they multiply in a comment */
    public static String symja(FormulaId id) {
        FrameFormula f = KernelFrameFormulas.get().of(id);
        StringBuilder b = new StringBuilder("(* coefficients of: ").append(description(f)).append(" *)\n");
        b.append(name(id)).append("[r_, rho_, theta_, g_, hp_, s_, t_, alpha_] := {");
        List<IExpr> c = coefficients(f);
        for (int j = 0; j < c.size(); j++) {
            b.append(j > 0 ? ", " : "").append(Symja.display(c.get(j)));
        }
        return b.append("};\n").toString();
    }

    /** @return a Java method returning the coefficients (JDK only) */
    public static String java(FormulaId id) {
        FrameFormula f = KernelFrameFormulas.get().of(id);
        Map<String, String> symbols = new LinkedHashMap<>();
        for (String s : KernelFrameFormulas.SYMBOLS) {
            symbols.put(s, s);
        }
        List<IExpr> c = coefficients(f);
        String[] targets = new String[c.size()];
        for (int j = 0; j < targets.length; j++) {
            targets[j] = "c[" + j + "]";
        }
        JavaPrinter p = new JavaPrinter(symbols, id.name());
        String fn = Character.toLowerCase(name(id).charAt(0)) + name(id).substring(1);
        return "\n    /** Coefficients of " + description(f) + " (derived by Symja). */\n"
                + "    public static double[] " + fn + "(double " + ARGS.replace(", ", ", double ") + ") {\n"
                + "        double[] c = new double[" + c.size() + "];\n"
                + p.assignments(targets, c.toArray(new IExpr[0]), "        ") + "        return c;\n    }\n";
    }

    /** Symja input of the frame vectors in the definitions of {@link #symjaBlock}: n, m scaled by sin(theta). */
    private static final Map<FrameVector, String> SYMJA = Map.of(FrameVector.W_HAT, "wHat", FrameVector.V_HAT, "vHat",
            FrameVector.N, "nSin", FrameVector.M, "mSin");
    /** Java names of the frame vectors in {@link #javaBlock}: n, m scaled by sin(theta) (d, e of the pair). */
    private static final Map<FrameVector, String> JAVA = Map.of(FrameVector.W_HAT, "wh", FrameVector.V_HAT, "vh",
            FrameVector.N, "d", FrameVector.M, "e");

    /** @return the number of factors n or m in a term (each carries a 1/sin(theta) when n, m are scaled) */
    private static int normals(Term t) {
        int k = t.left() == FrameVector.N || t.left() == FrameVector.M ? 1 : 0;
        if (t.right().isPresent() && (t.right().get() == FrameVector.N || t.right().get() == FrameVector.M)) {
            k++;
        }
        return k;
    }

    /** @return true when the formula is a matrix block (an identity part or a term with a right vector) */
    public static boolean isMatrix(FrameFormula f) {
        return !f.identity().isZero() || f.terms().stream().anyMatch(t -> t.right().isPresent());
    }

    /**
     * LaTeX of the assembled block \( c_I I + \sum c_{ab}\, a b^T \) (vectors: \( \sum c_a a \)) with the derived
     * coefficients written out, {@code hp} as h', r = |w|, \( \rho \) = |v|; zero terms are left out, "0" if none.
     *
     * @param f the formula
     * @return the right-hand side
     */
    public static String latexAssembled(FrameFormula f) {
        List<IExpr> coefficients = new ArrayList<>();
        List<String> tensors = new ArrayList<>();
        if (!f.identity().isZero()) {
            coefficients.add(f.identity());
            tensors.add("I");
        }
        for (Term t : f.terms()) {
            coefficients.add(t.coefficient());
            tensors.add(TEX.get(t.left()) + t.right().map(r -> " " + TEX.get(r) + "^T").orElse(""));
        }
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < coefficients.size(); j++) {
            IExpr c = Symja.eval("Simplify[" + Symja.input(coefficients.get(j)) + "]");
            if (c.isZero()) {
                continue;
            }
            boolean negative = c.isNegativeSigned();
            IExpr magnitude = negative ? Symja.eval("Simplify[-(" + Symja.input(c) + ")]") : c;
            String m = tex(magnitude);
            String factor = magnitude.isOne() ? "" : magnitude.isPlus() ? "\\left(" + m + "\\right)\\, " : m + "\\, ";
            b.append(b.length() == 0 ? negative ? "-" : "" : negative ? " - " : " + ").append(factor)
                    .append(tensors.get(j));
        }
        return b.length() == 0 ? "0" : b.toString();
    }

    /**
     * The formula with each profile replaced by its value in {@code limits} and {@code theta} by {@code at}: the
     * block at an end of the angle range (coefficients that vanish drop out of {@link #latexAssembled}).
     *
     * @param f      the formula
     * @param limits profile name -> its exact limit (g, hp, s, t)
     * @param at     the end point, Symja input ("0" or "Pi")
     * @return the formula with limit coefficients
     */
    public static FrameFormula atLimit(FrameFormula f, Map<String, IExpr> limits, String at) {
        StringBuilder rules = new StringBuilder("{theta -> ").append(at);
        for (Map.Entry<String, IExpr> e : limits.entrySet()) {
            rules.append(", ").append(e.getKey()).append(" -> (").append(Symja.input(e.getValue())).append(')');
        }
        String r = rules.append('}').toString();
        List<Term> terms = new ArrayList<>();
        for (Term t : f.terms()) {
            terms.add(new Term(t.left(), t.right(), Symja.eval("Simplify[(" + Symja.input(t.coefficient()) + ") /. " + r
                    + "]")));
        }
        return new FrameFormula(f.id(), Symja.eval("Simplify[(" + Symja.input(f.identity()) + ") /. " + r + "]"), terms);
    }

    /**
     * A Symja/Mathematica definition {@code name[w_List, v_List, alpha_]} (or {@code name[w_List, alpha_]} with
     * {@code v = w} for a self term) that evaluates the assembled block \( c_I I + \sum c_{ab}\, a b^T \) at numbers:
     * the symbols of the coefficients are bound to r = |w|, rho = |v|, the Kahan angle and the exported profiles
     * {@code LeakyG, LeakyHp, LeakyS, LeakyT}; n and m enter as \( \sin\theta\, n \), \( \sin\theta\, m \) with the
     * coefficient divided by the matching power of \( \sin\theta \) (0 when \( \sin\theta = 0 \), where those terms
     * vanish).
     *
     * @param f    the formula
     * @param name the function's name
     * @param self true for \( w \mapsto K(w, w) \) (one vector argument)
     * @return the definition, ending in ";\n"
     */
    public static String symjaBlock(FrameFormula f, String name, boolean self) {
        StringBuilder b = new StringBuilder(name).append(self ? "[w_List, alpha_]" : "[w_List, v_List, alpha_]");
        b.append(" := Module[{").append(self ? "v, " : "").append("theta, r, rho, g, hp, s, t, wHat, vHat, nSin, mSin},\n  ")
                .append(self ? "v = w; " : "").append("theta = LeakyAngle[w, v]; r = Norm2[w]; rho = Norm2[v];"
                        + " g = LeakyG[theta, alpha]; hp = LeakyHp[theta, alpha]; s = LeakyS[theta, alpha]; t = LeakyT[theta, alpha];"
                        + " wHat = w/r; vHat = v/rho; nSin = vHat - Cos[theta]*wHat; mSin = wHat - Cos[theta]*vHat; ");
        List<String> parts = new ArrayList<>();
        if (!f.identity().isZero()) {
            parts.add("(" + Symja.display(f.identity()) + ")*IdentityMatrix[Length[w]]");
        }
        for (Term t : f.terms()) {
            int k = normals(t);
            String c = "(" + Symja.display(t.coefficient()) + ")";
            if (k > 0) {
                c = "If[Sin[theta] == 0, 0, " + c + "/Sin[theta]^" + k + "]";
            }
            parts.add(c + "*" + t.right().map(r -> "Outer[Times, " + SYMJA.get(t.left()) + ", " + SYMJA.get(r) + "]")
                    .orElse(SYMJA.get(t.left())));
        }
        return b.append(parts.isEmpty() ? "0*w" : String.join(" + ", parts)).append("];\n").toString();
    }

    /**
     * A Java method {@code public static double[] method(double[] w, double[] v, double alpha)} that assembles the
     * block from the coefficient method {@link #java} (which must be in the same class) and the frame of the
     * class's {@code pair} helper ({@code wh}, {@code vh}, {@code d} = \( \sin\theta\, n \), {@code e} =
     * \( \sin\theta\, m \); {@code f[4]} = \( \sin^2\theta \), {@code f[5]} = theta); row-major d x d for a matrix.
     *
     * @param id       GRADIENT_FRAME, HESSIAN_WW_FRAME or HESSIAN_WV_FRAME
     * @param method   the method's name
     * @param zeroAtV0 true: v = 0 gives 0 (K(w, 0) = 0 for all w), false: v must be non-zero
     * @return the method's source
     */
    public static String javaBlock(FormulaId id, String method, boolean zeroAtV0) {
        FrameFormula f = KernelFrameFormulas.get().of(id);
        boolean matrix = isMatrix(f);
        String fn = Character.toLowerCase(name(id).charAt(0)) + name(id).substring(1);
        StringBuilder b = new StringBuilder("\n    /** ").append(id.name()).append(" assembled: the coefficients of ")
                .append(fn).append(" times ").append(description(f)).append(" (n, m enter as d, e = sin(theta) n, ")
                .append("sin(theta) m)").append(matrix ? "; row-major d x d" : "").append("; w != 0")
                .append(zeroAtV0 ? "" : ", v != 0").append(". */\n");
        b.append("    public static double[] ").append(method).append("(double[] w, double[] v, double alpha) {\n");
        b.append("        int n = w.length;\n        double[] out = new double[").append(matrix ? "n * n" : "n")
                .append("];\n        double nv = norm(v);\n");
        if (zeroAtV0) {
            b.append("        if (nv == 0) {\n            return out;\n        }\n");
        }
        b.append("        double[] wh = new double[n];\n        double[] vh = new double[n];\n"
                + "        double[] d = new double[n];\n        double[] e = new double[n];\n"
                + "        double[] f = pair(w, v, alpha, wh, vh, d, e);\n");
        b.append("        double[] c = ").append(fn).append("(norm(w), nv, f[5], f[0], f[1], f[2], f[3], alpha);\n");
        int j = 0;
        List<String> sum = new ArrayList<>();
        String identity = null;
        if (!f.identity().isZero()) {
            identity = "c" + j;
            b.append("        double c").append(j).append(" = c[").append(j).append("];\n");
            j++;
        }
        for (Term t : f.terms()) {
            int k = normals(t);
            String scaled = k == 0 ? "c[" + j + "]" : k == 1 ? "f[4] > 0 ? c[" + j + "] / Math.sqrt(f[4]) : 0"
                    : "f[4] > 0 ? c[" + j + "] / f[4] : 0";
            b.append("        double c").append(j).append(" = ").append(scaled).append(";\n");
            sum.add("c" + j + " * " + JAVA.get(t.left()) + "[r]" + t.right().map(r -> " * " + JAVA.get(r) + "[q]")
                    .orElse(""));
            j++;
        }
        String terms = sum.isEmpty() ? "0" : String.join(" + ", sum);
        if (matrix) {
            b.append("        for (int r = 0; r < n; r++) {\n            for (int q = 0; q < n; q++) {\n");
            b.append("                out[r * n + q] = ").append(identity == null ? "" : "(r == q ? " + identity + " : 0) + ")
                    .append(terms).append(";\n            }\n        }\n");
        } else {
            b.append("        for (int r = 0; r < n; r++) {\n            out[r] = ").append(terms).append(";\n        }\n");
        }
        return b.append("        return out;\n    }\n").toString();
    }

    /**
     * @param modifiers the methods' modifiers, e.g. {@code "public static"}
     * @return Java methods {@code linearWeight(alpha)} and {@code reluWeight(alpha)}: the weights of
     *         \( K_\alpha = w_{lin} K_{lin} + w_{relu} K_{relu} \) printed from {@link KernelFrameFormulas#partWeights}
     */
    public static String javaPartWeights(String modifiers) {
        IExpr[] weights = KernelFrameFormulas.get().partWeights();
        String[] names = {"linearWeight", "reluWeight"};
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < 2; p++) {
            b.append("\n    /** Weight ").append(Symja.display(weights[p])).append(" of the ").append(p == 0 ? "linear" : "ReLU")
                    .append(" part of K_alpha (derived by Symja). */\n    ").append(modifiers).append(" double ")
                    .append(names[p])
                    .append("(double alpha) {\n        double result;\n")
                    .append(new JavaPrinter(Map.of("alpha", "alpha"), "PART_WEIGHTS")
                            .assignments(new String[]{"result"}, new IExpr[]{weights[p]}, "        "))
                    .append("        return result;\n    }\n");
        }
        return b.toString();
    }
}
