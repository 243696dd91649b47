package org.landscape.symbolic.print;

import org.landscape.symbolic.FormulaId;
import org.landscape.symbolic.KernelFormulas;
import org.landscape.symbolic.KernelFrameFormulas;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.interfaces.IExpr;

import java.util.Map;

/**
 * LaTeX for a formula: a standalone {@code article} with {@code amsmath} whose {@code align*}
 * block can be pasted into a paper. Profiles, and the gradient and Hessian blocks assembled from the frame
 * coefficients of {@link KernelFrameFormulas}, are printed from the derived expressions by Symja's
 * {@code TeXForm}, tidied (no {@code \cdot} between factors); only the sums over neurons that define the loss
 * (MATH.md section 3) are written here.
 */
public final class LatexPrinter {
    private LatexPrinter() {
    }

    /** @return LaTeX of one derived expression */
    public static String tex(IExpr e) {
        String s = Symja.eval("TeXForm[" + Symja.input(e) + "]").toString();
        if (s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replace(" \\cdot ", "\\,").replace("\\phi", "\\varphi").replaceAll("\\s+", " ").trim();
    }

    /** @return a complete LaTeX document for {@code id} */
    public static String print(FormulaId id) {
        KernelFormulas f = KernelFormulas.get();
        Map<String, IExpr> p = f.profiles();
        StringBuilder b = new StringBuilder();
        b.append("% Landscape formula ").append(id.name()).append(": ").append(id.title()).append('\n');
        b.append("% derived by Symja from E[sigma(w.x) sigma(v.x)], x ~ N(0, I_d); theta = angle(w, v) in [0, pi]\n");
        b.append("\\documentclass{article}\n\\usepackage{amsmath,amssymb}\n\\begin{document}\n");
        b.append("% --- begin formula\n\\begin{align*}\n");
        b.append("g(\\theta) &= ").append(tex(p.get("g"))).append(" \\\\\n");
        switch (id) {
            case KERNEL -> b.append("K_\\alpha(w,v) &= |w|\\,|v|\\, g(\\theta), \\qquad g(0) = ")
                    .append(tex(f.limitsAtZero().get("g"))).append(",\\quad g(\\pi) = ")
                    .append(tex(f.limitsAtPi().get("g"))).append(" \\\\\n");
            case GRADIENT -> {
                KernelFrameFormulas k = KernelFrameFormulas.get();
                profiles(b, p, "hp", "s");
                b.append("&\\text{with } r = |w|,\\ \\rho = |v| \\\\\n");
                b.append("\\nabla_w K_\\alpha(w,v) &= ").append(FramePrinting.latexAssembled(k.gradient()))
                        .append(" \\\\\n");
                b.append("\\nabla_w \\big[K_\\alpha(w,w)\\big] &= ").append(FramePrinting.latexAssembled(k.selfGradient()))
                        .append(" \\\\\n");
                b.append("\\nabla_{w_i} L &= \\tfrac12 \\nabla_w \\big[K_\\alpha(w_i,w_i)\\big] + \\sum_{l \\ne i} "
                        + "\\nabla_w K_\\alpha(w_i, w_l) - \\sum_{j} \\nabla_w K_\\alpha(w_i, v_j) \\\\\n");
                limits(b, f, "s", "hp");
            }
            case HESSIAN -> {
                KernelFrameFormulas k = KernelFrameFormulas.get();
                profiles(b, p, "hp", "s", "t");
                b.append("&\\text{with } r = |w|,\\ \\rho = |v|,\\ n = \\frac{\\hat v - \\cos\\theta\\, \\hat w}{\\sin\\theta},\\ "
                        + "m = \\frac{\\hat w - \\cos\\theta\\, \\hat v}{\\sin\\theta} \\\\\n");
                b.append("\\nabla^2_{ww} K_\\alpha &= ").append(FramePrinting.latexAssembled(k.hessianWW())).append(" \\\\\n");
                b.append("\\nabla^2_{wv} K_\\alpha &= ").append(FramePrinting.latexAssembled(k.hessianWV())).append(" \\\\\n");
                b.append("h''(u) &= \\frac{t(\\theta)}{\\sin^2\\theta} = ").append(tex(f.hSecond()))
                        .append(" \\quad\\text{(singular; } t\\, n n^T \\text{ is not)} \\\\\n");
                b.append("\\nabla^2_{w} \\big[K_\\alpha(w,w)\\big] &= ").append(FramePrinting.latexAssembled(k.selfHessian()))
                        .append(" \\\\\n");
                b.append("H_{ii} &= \\tfrac12 \\nabla^2_{w} \\big[K_\\alpha(w_i,w_i)\\big] + \\sum_{l \\ne i} \\nabla^2_{ww} "
                        + "K_\\alpha(w_i,w_l) - \\sum_j \\nabla^2_{ww} K_\\alpha(w_i, v_j), \\quad H_{il} = \\nabla^2_{wv} "
                        + "K_\\alpha(w_i, w_l) \\\\\n");
                limits(b, f, "hp", "s", "t");
                for (String[] end : new String[][]{{"0", "0", "zero"}, {"Pi", "\\pi", "pi"}}) {
                    Map<String, IExpr> at = end[2].equals("zero") ? f.limitsAtZero() : f.limitsAtPi();
                    b.append("&\\text{as } \\theta \\to ").append(end[1]).append(":\\ \\nabla^2_{ww} K_\\alpha \\to ")
                            .append(FramePrinting.latexAssembled(FramePrinting.atLimit(k.hessianWW(), at, end[0])))
                            .append(",\\ \\nabla^2_{wv} K_\\alpha \\to ")
                            .append(FramePrinting.latexAssembled(FramePrinting.atLimit(k.hessianWV(), at, end[0])))
                            .append(" \\\\\n");
                }
            }
            case LOSS -> b.append("L(W;V,\\alpha) &= \\tfrac12 \\sum_{i,j} K_\\alpha(w_i,w_j) - \\sum_{i,j} K_\\alpha(w_i,v_j)"
                    + " + \\tfrac12 \\sum_{i,j} K_\\alpha(v_i,v_j), \\quad K_\\alpha = |w||v|\\,g(\\theta) \\\\\n"
                    + "L_\\alpha &= " + tex(KernelFrameFormulas.get().partWeights()[0]) + "\\, L_{\\mathrm{lin}} + "
                    + tex(KernelFrameFormulas.get().partWeights()[1]) + "\\, L_{\\mathrm{relu}}, \\quad "
                    + "L_{\\mathrm{lin}} = \\tfrac12 \\Big|\\sum_i w_i - \\sum_j v_j\\Big|^2 \\\\\n");
            case GRADIENT_FRAME, HESSIAN_WW_FRAME, HESSIAN_WV_FRAME -> {
                profiles(b, p, "hp", "s", "t");
                b.append(FramePrinting.latex(id));
            }
            default -> throw new IllegalStateException(id.name());
        }
        b.append("\\end{align*}\n% --- end formula\n\\end{document}\n");
        return b.toString();
    }

    private static void profiles(StringBuilder b, Map<String, IExpr> p, String... names) {
        for (String n : names) {
            b.append(n.equals("hp") ? "h'(\\theta)" : n + "(\\theta)").append(" &= ").append(tex(p.get(n)))
                    .append(" \\\\\n");
        }
    }

    private static void limits(StringBuilder b, KernelFormulas f, String... names) {
        for (String n : names) {
            String sym = n.equals("hp") ? "h'" : n;
            b.append(sym).append("(0) &= ").append(tex(f.limitsAtZero().get(n))).append(", \\quad ")
                    .append(sym).append("(\\pi) = ").append(tex(f.limitsAtPi().get(n))).append(" \\\\\n");
        }
    }
}
