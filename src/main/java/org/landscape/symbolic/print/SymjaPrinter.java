package org.landscape.symbolic.print;

import org.landscape.symbolic.FormulaId;
import org.landscape.symbolic.KernelFormulas;
import org.landscape.symbolic.KernelFrameFormulas;
import org.landscape.symbolic.Symja;

/**
 * Symja/Mathematica input for a formula: definitions that, evaluated in a fresh session
 * (Symja in strict mode, or Mathematica), reproduce the derived expressions. Profile functions take
 * the angle and alpha; vector functions take lists and assemble the frame coefficients of
 * {@link KernelFrameFormulas} ({@link FramePrinting#symjaBlock}); only the sums over neurons that define the loss
 * (MATH.md section 3) are written here. Angle: \( \theta = 2\,\mathrm{ArcTan}(|q|, |p|) \)
 * with \( p = \hat w - \hat v \), \( q = \hat w + \hat v \) (Kahan).
 */
public final class SymjaPrinter {
    private SymjaPrinter() {
    }

    /** @return Mathematica-syntax definitions of the profiles the formula needs, then of the formula */
    public static String print(FormulaId id) {
        KernelFormulas f = KernelFormulas.get();
        StringBuilder b = new StringBuilder();
        b.append("(* Landscape formula ").append(id.name()).append(": ").append(id.title()).append(" *)\n");
        b.append("(* derived by Symja; theta = angle(w, v) in [0, Pi]; alpha = leaky slope *)\n");
        b.append("LeakyG[theta_, alpha_] := ").append(Symja.display(f.profile("g"))).append(";\n");
        b.append("LeakyHp[theta_, alpha_] := ").append(Symja.display(f.profile("hp"))).append(";\n");
        b.append("LeakyS[theta_, alpha_] := ").append(Symja.display(f.profile("s"))).append(";\n");
        b.append("LeakyT[theta_, alpha_] := ").append(Symja.display(f.profile("t"))).append(";\n");
        b.append("LeakyAngle[w_List, v_List] := 2*ArcTan[Norm2[w/Norm2[w] + v/Norm2[v]], Norm2[w/Norm2[w] - v/Norm2[v]]];\n");
        b.append("Norm2[x_List] := Sqrt[Total[x^2]];\n");
        b.append("LeakyKernel[w_List, v_List, alpha_] := If[Norm2[w] == 0 || Norm2[v] == 0, 0,"
                + " Norm2[w]*Norm2[v]*LeakyG[LeakyAngle[w, v], alpha]];\n");
        switch (id) {
            case KERNEL -> {
            }
            case GRADIENT -> {
                KernelFrameFormulas k = KernelFrameFormulas.get();
                b.append(FramePrinting.symjaBlock(k.gradient(), "KernelGradientW", false));
                b.append(FramePrinting.symjaBlock(k.selfGradient(), "KernelSelfGradientW", true));
                b.append("LossGradient[W_List, V_List, alpha_] := Table[1/2*KernelSelfGradientW[W[[i]], alpha]"
                        + " + Sum[If[l == i, 0, KernelGradientW[W[[i]], W[[l]], alpha]], {l, Length[W]}]"
                        + " - Sum[KernelGradientW[W[[i]], V[[j]], alpha], {j, Length[V]}], {i, Length[W]}];\n");
            }
            case HESSIAN -> {
                KernelFrameFormulas k = KernelFrameFormulas.get();
                b.append(FramePrinting.symjaBlock(k.hessianWW(), "KernelHessianWW", false));
                b.append(FramePrinting.symjaBlock(k.hessianWV(), "KernelHessianWV", false));
                b.append(FramePrinting.symjaBlock(k.selfHessian(), "KernelSelfHessianWW", true));
            }
            case LOSS -> b.append("LeakyLoss[W_List, V_List, alpha_] := 1/2*Sum[LeakyKernel[W[[i]], W[[j]], alpha],"
                    + " {i, Length[W]}, {j, Length[W]}] - Sum[LeakyKernel[W[[i]], V[[j]], alpha], {i, Length[W]},"
                    + " {j, Length[V]}] + 1/2*Sum[LeakyKernel[V[[i]], V[[j]], alpha], {i, Length[V]}, {j, Length[V]}];\n");
            case GRADIENT_FRAME, HESSIAN_WW_FRAME, HESSIAN_WV_FRAME -> b.append(FramePrinting.symja(id));
            default -> throw new IllegalStateException(id.name());
        }
        return b.toString();
    }
}
