package org.landscape.symbolic;

import org.matheclipse.core.interfaces.IExpr;

/**
 * The four scalar profiles of a kernel part \( K(w,v) = |w||v|\,g(\theta) \) from which every
 * derivative is assembled (MATH.md section 3; STACK-NOTES "template"), as functions of the angle:
 * <ul>
 *   <li>\( g(\theta) \): the value profile, \( h(u) \) with \( u = \cos\theta \);</li>
 *   <li>\( h'(u) = -g'(\theta)/\sin\theta \);</li>
 *   <li>\( s = h - u h' \);</li>
 *   <li>\( t = h''(u) \sin^2\theta = -\sin\theta\, \frac{d h'}{d\theta} \).</li>
 * </ul>
 * Near \( \theta = \pi \) the same profiles are also given in \( \varphi = \pi - \theta \), since a
 * double near \( \pi \) cannot carry a small \( \varphi \).
 *
 * @param name  the part's name ("linear" or "relu")
 * @param g     value profile in {@code theta}
 * @param hp    \( h' \) in {@code theta}
 * @param s     \( h - u h' \) in {@code theta}
 * @param t     \( h'' \sin^2\theta \) in {@code theta}
 * @param gPi   g in {@code phi} (\( \theta = \pi - \varphi \))
 * @param hpPi  h' in {@code phi}
 * @param sPi   s in {@code phi}
 * @param tPi   t in {@code phi}
 */
public record Profile(String name, IExpr g, IExpr hp, IExpr s, IExpr t,
                      IExpr gPi, IExpr hpPi, IExpr sPi, IExpr tPi) {

    /** Names of the four profiles in the order used by generated evaluators. */
    public static final String[] NAMES = {"g", "hp", "s", "t"};

    /** @return the four profiles in {@code theta} */
    public IExpr[] nearZero() {
        return new IExpr[]{g, hp, s, t};
    }

    /** @return the four profiles in {@code phi = Pi - theta} */
    public IExpr[] nearPi() {
        return new IExpr[]{gPi, hpPi, sPi, tPi};
    }
}
