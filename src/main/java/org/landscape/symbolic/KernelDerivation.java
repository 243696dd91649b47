package org.landscape.symbolic;

import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives the Gaussian leaky-ReLU kernel \( K_\alpha(w,v) = E[\sigma(w\cdot x)\sigma(v\cdot x)] \),
 * \( x \sim N(0,I_d) \), with Symja, from the expectation itself (MATH.md section 2).
 *
 * <p>Derivation. Only the plane spanned by \( w, v \) matters; in polar coordinates \( (r,\varphi) \)
 * with \( \hat w = e_1 \), \( w\cdot x = |w| r\cos\varphi \), \( v\cdot x = |v| r \cos(\varphi-\theta) \),
 * and \( \sigma \) positively homogeneous of degree one,
 * \[ K = \frac{|w||v|}{2\pi} \int_0^\infty r^3 e^{-r^2/2}\,dr \int_{-\pi/2}^{3\pi/2}
 *    \sigma(\cos\varphi)\,\sigma(\cos(\varphi-\theta))\,d\varphi . \]
 * With \( \sigma = a z + b|z| \), \( a = (1+\alpha)/2 \), \( b = (1-\alpha)/2 \), the angular integral
 * splits at the four kinks \( -\pi/2, \theta-\pi/2, \pi/2, \theta+\pi/2 \) (valid for
 * \( 0 \le \theta \le \pi \)) into integrals of \( \cos\varphi\cos(\varphi-\theta) \) with known signs,
 * which Symja integrates. The cross terms \( ab(\ldots) \) integrate to zero. The result is rewritten
 * in the basis \( \{\text{linear}, \text{ReLU}\} \):
 * \( K_\alpha = \alpha\, K_{\mathrm{lin}} + (1-\alpha)^2 K_{\mathrm{relu}} \), which is exact at
 * \( \alpha = 0, 1 \) and at \( \theta = \pi \) (\( K(w,-w) = -\alpha|w|^2 \)) in floating point.
 *
 * <p>Cost: about 10 s of Symja work on first use (integrals), then cached for the JVM.
 */
public final class KernelDerivation {

    private static volatile KernelDerivation instance;

    private final List<DerivationStep> steps = new ArrayList<>();
    private final IExpr radial;
    private final IExpr gLin;
    private final IExpr gAbs;
    private final IExpr cross;
    private final IExpr gLeaky;
    private final Profile linear;
    private final Profile relu;

    private KernelDerivation() {
        radial = step("radial integral of r^3 exp(-r^2/2) (density r exp(-r^2/2)/(2 Pi) times degree-2 homogeneity)",
                "Integrate[r^3*Exp[-r^2/2],{r,0,Infinity}]");
        String[] lo = {"-Pi/2", "theta-Pi/2", "Pi/2", "theta+Pi/2"};
        String[] hi = {"theta-Pi/2", "Pi/2", "theta+Pi/2", "3*Pi/2"};
        int[] signA = {1, 1, -1, -1};   // sign of cos(phi) on each piece
        int[] signB = {-1, 1, 1, -1};   // sign of cos(phi - theta) on each piece
        IExpr[] pieces = new IExpr[4];
        for (int k = 0; k < 4; k++) {
            pieces[k] = step("angular piece " + (k + 1) + ": integral of cos(phi) cos(phi-theta) on [" + lo[k] + ", "
                    + hi[k] + "]", "Integrate[Cos[phi]*Cos[phi-theta],{phi," + lo[k] + "," + hi[k] + "}]");
        }
        String pre = "(" + in(radial) + ")/(2*Pi)";
        gLin = step("linear part: sum of the pieces (z z)", "Simplify[" + pre + "*(" + combo(pieces, new int[]{1, 1, 1, 1})
                + ")]");
        gAbs = step("absolute part: pieces weighted by sign(cos phi) sign(cos(phi-theta)) (|z| |z|)",
                "Simplify[" + pre + "*(" + combo(pieces, mul(signA, signB)) + ")]");
        cross = step("cross part: z |z| + |z| z, must vanish (x -> -x)",
                "Simplify[" + pre + "*(" + combo(pieces, add(signA, signB)) + ")]");
        gLeaky = step("leaky profile g = a^2 g_lin + b^2 g_abs (a=(1+alpha)/2, b=(1-alpha)/2)",
                "Simplify[(1+alpha)^2/4*(" + in(gLin) + ") + (1-alpha)^2/4*(" + in(gAbs) + ")]");
        IExpr gRelu = step("ReLU profile g_relu = (g_lin + g_abs)/4 (relu = (z+|z|)/2, cross part zero)",
                "Simplify[((" + in(gLin) + ") + (" + in(gAbs) + "))/4]");
        linear = profile("linear", gLin);
        relu = profile("relu", gRelu);
    }

    /** @return the derivation, computed once per JVM (thread-safe) */
    public static KernelDerivation get() {
        KernelDerivation d = instance;
        if (d == null) {
            synchronized (KernelDerivation.class) {
                d = instance;
                if (d == null) {
                    d = new KernelDerivation();
                    instance = d;
                }
            }
        }
        return d;
    }

    private Profile profile(String name, IExpr g) {
        IExpr hp = step(name + ": h'(u) = -g'(theta)/sin(theta)", "Simplify[-D[" + in(g) + ",theta]/Sin[theta]]");
        IExpr s = step(name + ": s = h - u h'", "Simplify[(" + in(g) + ") - Cos[theta]*(" + in(hp) + ")]");
        IExpr t = step(name + ": t = h''(u) sin^2(theta) = -sin(theta) d h'/d theta",
                "Simplify[-Sin[theta]*D[" + in(hp) + ",theta]]");
        IExpr[] z = {g, hp, s, t};
        IExpr[] p = new IExpr[4];
        for (int i = 0; i < 4; i++) {
            p[i] = step(name + ": " + Profile.NAMES[i] + " at theta = Pi - phi",
                    "Simplify[ExpandAll[(" + in(z[i]) + ") /. theta -> Pi - phi]]");
        }
        return new Profile(name, g, hp, s, t, p[0], p[1], p[2], p[3]);
    }

    private IExpr step(String description, String input) {
        IExpr r = Symja.eval(input);
        steps.add(new DerivationStep(description, input, Symja.display(r)));
        return r;
    }

    private static String in(IExpr e) {
        return Symja.input(e);
    }

    private static String combo(IExpr[] pieces, int[] signs) {
        StringBuilder sb = new StringBuilder("0");
        for (int k = 0; k < pieces.length; k++) {
            if (signs[k] != 0) {
                sb.append(signs[k] > 0 ? "+" : "-").append(signs[k] * signs[k] == 1 ? "" : Math.abs(signs[k]) + "*")
                        .append('(').append(in(pieces[k])).append(')');
            }
        }
        return sb.toString();
    }

    private static int[] mul(int[] x, int[] y) {
        int[] r = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] * y[i];
        }
        return r;
    }

    private static int[] add(int[] x, int[] y) {
        int[] r = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] + y[i];
        }
        return r;
    }

    /** @return the steps of the derivation, in order (unmodifiable) */
    public List<DerivationStep> steps() {
        return List.copyOf(steps);
    }

    /** @return \( \int_0^\infty r^3 e^{-r^2/2} dr \) as derived (2) */
    public IExpr radialIntegral() {
        return radial;
    }

    /** @return \( g_{lin}(\theta) \), the profile of \( \sigma(z) = z \) */
    public IExpr linearProfile() {
        return gLin;
    }

    /** @return \( g_{abs}(\theta) \), the profile of \( \sigma(z) = |z| \) */
    public IExpr absProfile() {
        return gAbs;
    }

    /** @return the cross part \( z|z| + |z|z \) (derived; must be 0) */
    public IExpr crossPart() {
        return cross;
    }

    /** @return \( g_\alpha(\theta) = a^2 g_{lin} + b^2 g_{abs} \) in the symbol {@code alpha} */
    public IExpr leakyProfile() {
        return gLeaky;
    }

    /** @return the profiles of the linear part (coefficient \( \alpha \)) */
    public Profile linear() {
        return linear;
    }

    /** @return the profiles of the ReLU part (coefficient \( (1-\alpha)^2 \)) */
    public Profile relu() {
        return relu;
    }
}
