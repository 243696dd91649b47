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
}
