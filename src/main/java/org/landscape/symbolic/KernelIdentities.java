package org.landscape.symbolic;

import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The identities of MATH.md section 2, proven on the derived profile
 * \( g_\alpha(\theta) \) (\( K = |w||v| g_\alpha(\theta) \)):
 * the ReLU arc-cosine kernel at \( \alpha = 0 \) (Cho and Saul 2009), the linear kernel at
 * \( \alpha = 1 \), \( K(w,w) = (1+\alpha^2)|w|^2/2 \), \( K(w,-w) = -\alpha|w|^2 \), the vanishing
 * cross term, \( L_\alpha = a^2 L_{lin} + b^2 L_{abs} \) and the duality
 * \( L_{1/\alpha} = L_\alpha/\alpha^2 \). Identities of K lift to L because L is a fixed linear
 * combination of kernel values.
 */
public final class KernelIdentities {
    private KernelIdentities() {
    }

    /** @return every identity, each checked symbolically and at 20 seeded random points */
    public static List<IdentityCheck> checkAll() {
        KernelDerivation d = KernelDerivation.get();
        String g = "(" + Symja.input(KernelFormulas.get().profile("g")) + ")";
        String gLin = "(" + Symja.input(d.linearProfile()) + ")";
        String gAbs = "(" + Symja.input(d.absProfile()) + ")";
        List<IdentityCheck> out = new ArrayList<>();
        out.add(check("alpha=0 arc-cosine kernel",
                "g_0(theta) = (sin theta + (pi - theta) cos theta)/(2 pi)  (Cho and Saul 2009)",
                "(" + g + " /. alpha->0) - (Sin[theta]+(Pi-theta)*Cos[theta])/(2*Pi)"));
        out.add(check("alpha=1 linear kernel", "g_1(theta) = cos theta, i.e. K = w.v",
                "(" + g + " /. alpha->1) - Cos[theta]"));
        out.add(check("K(w,w)", "K(w,w) = (1+alpha^2)|w|^2/2, i.e. g(0) = (1+alpha^2)/2",
                "Limit[" + g + ", theta->0] - (1+alpha^2)/2"));
        out.add(check("K(w,-w)", "K(w,-w) = -alpha |w|^2, i.e. g(pi) = -alpha",
                "Limit[" + g + ", theta->Pi] + alpha"));
        out.add(check("cross term", "E[(w.x)|v.x|] + E[|w.x|(v.x)] = 0 (x -> -x)",
                Symja.input(d.crossPart())));
        out.add(check("alpha=-1 absolute value", "g_{-1} = g_abs, the kernel of sigma = |z|",
                "(" + g + " /. alpha->-1) - " + gAbs));
        out.add(check("linear/abs split", "L_alpha = a^2 L_lin + b^2 L_abs, a = (1+alpha)/2, b = (1-alpha)/2",
                g + " - ((1+alpha)^2/4*" + gLin + " + (1-alpha)^2/4*" + gAbs + ")"));
        out.add(check("duality", "L_{1/alpha} = L_alpha / alpha^2 (alpha != 0)",
                "(" + g + " /. alpha->1/alpha) - " + g + "/alpha^2"));
        return out;
    }

    private static IdentityCheck check(String name, String statement, String residual) {
        IExpr simplified = Symja.eval("Together[Simplify[" + residual + "]]");
        IExpr raw = Symja.eval(residual);
        Random rnd = new Random(name.hashCode());
        double max = 0;
        int samples = 20;
        for (int i = 0; i < samples; i++) {
            double theta = Math.PI * rnd.nextDouble();
            double alpha = -3 + 6 * rnd.nextDouble();
            double r = Symja.numeric(raw, new String[]{"theta", "alpha"}, new double[]{theta, alpha}, 30)
                    .abs().doubleValue();
            max = Math.max(max, r);
        }
        return new IdentityCheck(name, statement, Symja.display(simplified), simplified.isZero(), max, samples);
    }
}
