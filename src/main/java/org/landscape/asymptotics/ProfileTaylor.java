package org.landscape.asymptotics;

import org.landscape.symbolic.KernelDerivation;
import org.landscape.symbolic.Profile;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.HashMap;
import java.util.Map;

/**
 * Taylor coefficients, exact, of the kernel profiles of the symbolic derivation (g, \( h' \), s of
 * \( K_\alpha = \alpha K_{lin} + (1-\alpha)^2 K_{relu} \), {@link KernelDerivation}) and of the angle functions at the
 * limiting angles of an expansion: at \( \theta = 0 \) and \( \pi/2 \) in \( \theta \), and at \( \theta = \pi \) in
 * \( \varphi = \pi - \theta \) (the profiles' own forms there). Obtained by {@link TaylorSeries} (derivatives and
 * limits, checked against a 40-digit evaluation: Symja's {@code Series} loses terms here, STACK-NOTES). Cached.
 */
final class ProfileTaylor {
    /** Where a profile is expanded. */
    enum Point {
        /** \( \theta = 0 \), in \( \theta \) */
        ZERO("theta", "0"),
        /** \( \theta = \pi/2 \), in \( \theta - \pi/2 \) */
        RIGHT("theta", "Pi/2"),
        /** \( \theta = \pi \), in \( \varphi = \pi - \theta \) */
        PI("phi", "0");

        final String var;
        final String at;

        Point(String var, String at) {
            this.var = var;
            this.at = at;
        }
    }

    private static final Map<String, IExpr[]> CACHE = new HashMap<>();

    private ProfileTaylor() {
    }

    /**
     * @param profile "g", "hp", "s" or "t"
     * @param point   where
     * @param alpha   the slope, exact Symja input (e.g. "0" or "1/2")
     * @param order   the highest power
     * @return the coefficients \( f_m \) of \( (\text{var} - \text{at})^m \), m = 0..order
     */
    static synchronized IExpr[] of(String profile, Point point, String alpha, int order) {
        order = Math.max(order, ReducedSeries.TAYLOR);
        String key = profile + "|" + point + "|" + alpha + "|" + order;
        IExpr[] cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        KernelDerivation d = KernelDerivation.get();
        IExpr f = Symja.eval("(" + alpha + ")*(" + Symja.input(pick(d.linear(), profile, point)) + ")+(1-(" + alpha
                + "))^2*(" + Symja.input(pick(d.relu(), profile, point)) + ")");
        IExpr[] cs = taylor(f, point.var, point.at, order);
        CACHE.put(key, cs);
        return cs;
    }

    /**
     * Taylor coefficients \( f^{(m)}(x_0)/m! \) by repeated exact differentiation and substitution (the functions here
     * are analytic at the point), checked against a 30-digit evaluation of f at \( x_0 + 10^{-2} \): a truncated
     * series of order m is accurate there to about \( 10^{-2(m+1)} \) relative.
     */
    static IExpr[] taylor(IExpr f, String var, String at, int order) {
        IExpr[] cs = new IExpr[order + 1];
        IExpr d = f;
        StringBuilder poly = new StringBuilder("0");
        long factorial = 1;
        for (int m = 0; m <= order; m++) {
            if (m > 0) {
                d = Symja.eval("D[" + Symja.input(d) + "," + var + "]");
                factorial *= m;
            }
            cs[m] = Symja.eval("Simplify[(" + Symja.input(d) + ") /. " + var + " -> (" + at + ")]/" + factorial);
            poly.append("+(").append(Symja.input(cs[m])).append(")*h^").append(m);
        }
        // machine precision: an N[..., digits] evaluation leaves Symja's engine in arbitrary-precision mode, which then
        // turns later exact rationals into floats
        double exact = Symja.eval("N[(" + Symja.input(f) + ") /. " + var + " -> (" + at + ") + 1/100]").evalf();
        double approx = Symja.eval("N[(" + poly + ") /. h -> 1/100]").evalf();
        double scale = Math.max(Math.abs(exact), 1e-30);
        if (!(Math.abs(exact - approx) <= 1e-12 * scale + 1e-15)) {
            throw new IllegalStateException("Taylor series of " + Symja.display(f) + " at " + var + " = " + at
                    + " failed its check: " + exact + " vs " + approx);
        }
        return cs;
    }

    private static IExpr pick(Profile p, String profile, Point point) {
        boolean atPi = point == Point.PI;
        return switch (profile) {
            case "g" -> atPi ? p.gPi() : p.g();
            case "hp" -> atPi ? p.hpPi() : p.hp();
            case "s" -> atPi ? p.sPi() : p.s();
            case "t" -> atPi ? p.tPi() : p.t();
            default -> throw new IllegalArgumentException(profile);
        };
    }

    /**
     * @param function "ArcSin[x]" style Symja function of x
     * @param order    highest power
     * @return its Taylor coefficients at x = 0
     */
    static synchronized IExpr[] elementary(String function, int order) {
        String key = function + "|" + order;
        IExpr[] cached = CACHE.get(key);
        if (cached == null) {
            cached = function.equals("ArcSin[x]") ? arcsin(order) : taylor(Symja.eval(function), "x", "0", order);
            CACHE.put(key, cached);
        }
        return cached;
    }

    /**
     * Taylor coefficients of \( \arcsin x = \int_0^x (1 - t^2)^{-1/2}\,dt \): the exact series of
     * \( (1 - t^2)^{-1/2} \) (square root and inverse of {@link Series}), integrated term by term. Repeated symbolic
     * differentiation of ArcSin grows too fast beyond the sixth derivative (minutes at the twelfth).
     */
    private static IExpr[] arcsin(int order) {
        Series oneMinusT2 = Series.constant(F.C1, order).minus(Series.monomial(F.C1, 2, order));
        Series integrand = oneMinusT2.sqrt().inverse();
        IExpr[] cs = new IExpr[order + 1];
        cs[0] = F.C0;
        for (int m = 1; m <= order; m++) {
            cs[m] = Symja.evaluator().eval(F.Times(integrand.coefficient(m - 1), F.QQ(1, m)));
        }
        return cs;
    }
}
