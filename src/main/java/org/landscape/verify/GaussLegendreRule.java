package org.landscape.verify;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

/**
 * The n-point Gauss-Legendre rule on [-1, 1] in {@link Dfp} arithmetic: nodes are the roots of the Legendre
 * polynomial \( P_n \), found by Newton's method from the asymptotic guess
 * \( \cos(\pi (i - 1/4)/(n + 1/2)) \) until the step is below the working precision; weights
 * \( 2 / ((1 - x_i^2) P_n'(x_i)^2) \). The rule integrates polynomials of degree \( 2n-1 \) exactly; for an entire
 * integrand \( e^{i\omega x} \) its error is about \( (\omega/2)^{2n}/(2n)! \). Cost \( O(n^2) \) per Newton sweep.
 */
final class GaussLegendreRule {
    final Dfp[] nodes;
    final Dfp[] weights;

    GaussLegendreRule(DfpField field, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("Gauss-Legendre order must be at least 2, got " + n);
        }
        nodes = new Dfp[n];
        weights = new Dfp[n];
        Dfp one = field.getOne();
        Dfp tol = field.newDfp("1e-" + (4 * field.getRadixDigits() - 2));
        for (int i = 0; i < (n + 1) / 2; i++) {
            Dfp x = field.newDfp(Math.cos(Math.PI * (i + 0.75) / (n + 0.5)));
            Dfp dp = one;
            for (int iter = 0; iter < 60; iter++) {
                Dfp[] p = legendre(field, n, x);
                dp = p[1];
                Dfp dx = p[0].divide(dp);
                x = x.subtract(dx);
                if (dx.abs().lessThan(tol)) {
                    dp = legendre(field, n, x)[1];
                    break;
                }
            }
            Dfp w = field.getTwo().divide(one.subtract(x.multiply(x)).multiply(dp.multiply(dp)));
            nodes[i] = x;
            weights[i] = w;
            nodes[n - 1 - i] = x.negate();
            weights[n - 1 - i] = w;
        }
        if (n % 2 == 1) {
            nodes[n / 2] = field.getZero();
        }
    }

    /** @return {@code {P_n(x), P_n'(x)}} by the three-term recurrence */
    private static Dfp[] legendre(DfpField field, int n, Dfp x) {
        Dfp p0 = field.getOne();
        Dfp p1 = x;
        for (int k = 1; k < n; k++) {
            Dfp p2 = x.multiply(p1).multiply(2 * k + 1).subtract(p0.multiply(k)).divide(k + 1);
            p0 = p1;
            p1 = p2;
        }
        Dfp deriv = x.multiply(p1).subtract(p0).multiply(n).divide(x.multiply(x).subtract(field.getOne()));
        return new Dfp[] {p1, deriv};
    }
}
