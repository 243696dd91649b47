package org.landscape.symbolic;

import org.matheclipse.core.interfaces.IExpr;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The alpha-dependent profiles of \( K_\alpha = \alpha K_{lin} + (1-\alpha)^2 K_{relu} \), simplified by
 * Symja from the derived parts, with their exact values at \( \theta = 0 \) and \( \theta = \pi \)
 * ({@code Limit}) and the singular second derivative \( h''(u) = t/\sin^2\theta \) whose product with
 * the normal frame has a finite limit.
 *
 * <p>Symbols: {@code theta} (angle in [0, pi]), {@code alpha} (leaky slope).
 */
public final class KernelFormulas {
    private static volatile KernelFormulas instance;

    private final Map<String, IExpr> profiles = new LinkedHashMap<>();
    private final Map<String, IExpr> atZero = new LinkedHashMap<>();
    private final Map<String, IExpr> atPi = new LinkedHashMap<>();
    private final IExpr hSecond;

    private KernelFormulas() {
        KernelDerivation d = KernelDerivation.get();
        IExpr[] lin = d.linear().nearZero();
        IExpr[] relu = d.relu().nearZero();
        for (int i = 0; i < 4; i++) {
            IExpr e = Symja.eval("Simplify[alpha*(" + Symja.input(lin[i]) + ") + (1-alpha)^2*(" + Symja.input(relu[i])
                    + ")]");
            String name = Profile.NAMES[i];
            profiles.put(name, e);
            atZero.put(name, Symja.eval("Simplify[Limit[" + Symja.input(e) + ", theta->0]]"));
            atPi.put(name, Symja.eval("Simplify[Limit[" + Symja.input(e) + ", theta->Pi]]"));
        }
        hSecond = Symja.eval("Simplify[(" + Symja.input(profiles.get("t")) + ")/Sin[theta]^2]");
    }

    /** @return the formulas, derived once per JVM */
    public static KernelFormulas get() {
        KernelFormulas f = instance;
        if (f == null) {
            synchronized (KernelFormulas.class) {
                f = instance;
                if (f == null) {
                    f = new KernelFormulas();
                    instance = f;
                }
            }
        }
        return f;
    }

    /** @return profiles g, hp, s, t in theta and alpha (insertion-ordered, unmodifiable) */
    public Map<String, IExpr> profiles() {
        return java.util.Collections.unmodifiableMap(profiles);
    }

    /** @return exact limits of each profile as theta -> 0 */
    public Map<String, IExpr> limitsAtZero() {
        return java.util.Collections.unmodifiableMap(atZero);
    }

    /** @return exact limits of each profile as theta -> pi */
    public Map<String, IExpr> limitsAtPi() {
        return java.util.Collections.unmodifiableMap(atPi);
    }

    /** @return \( h''(u) = t / \sin^2\theta \), singular at 0 and pi (only \( h'' d d^T \) has a limit) */
    public IExpr hSecond() {
        return hSecond;
    }

    /** @return the named profile */
    public IExpr profile(String name) {
        return profiles.get(name);
    }
}
