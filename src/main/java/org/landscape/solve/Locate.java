package org.landscape.solve;

import java.util.function.DoubleUnaryOperator;

/**
 * Scalar root and minimum finders that keep their bracket, for event localisation. Package-private.
 *
 * <p>{@link #root}: Brent's method (Brent, <em>Algorithms for Minimization without Derivatives</em>, 1973,
 * chapter 4): inverse quadratic interpolation / secant steps safeguarded by bisection, keeping a sign-changing
 * bracket \( [b, c] \). {@link #minimum}: golden-section search (Kiefer 1953), keeping a bracket of a local
 * minimum. A function value NaN (a failed re-correction) aborts the search and is reported.
 */
final class Locate {

    private static final double EPS = Math.ulp(1.0);
    private static final double GOLDEN = 0.3819660112501051; // (3 - sqrt 5) / 2

    private Locate() {
    }

    /**
     * A final bracket.
     *
     * @param best        the best abscissa (smallest |f| for roots, smallest f for minima)
     * @param fBest       f(best)
     * @param low         lower end of the bracket
     * @param high        upper end of the bracket
     * @param evaluations function evaluations used
     * @param failed      true if an evaluation returned NaN (the bracket is then the last valid one)
     */
    record Bracket(double best, double fBest, double low, double high, int evaluations, boolean failed) {
        double width() {
            return high - low;
        }
    }

    /**
     * Brent's root finder on \( [a, b] \) with \( f(a) f(b) \le 0 \), to \( |b - c| \le 4\epsilon|b| + tol \); an
     * exact zero \( f(b) = 0 \) ends the search with the degenerate bracket \( [b, b] \) (the caller adds the rounding
     * floor of f).
     */
    static Bracket root(DoubleUnaryOperator f, double a, double b, double fa, double fb, double tol, int maxEval) {
        if (fa == 0) {
            return new Bracket(a, 0, a, a, 0, false);
        }
        if (fb == 0) {
            return new Bracket(b, 0, b, b, 0, false);
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        int evals = 0;
        while (true) {
            if ((fb > 0) == (fc > 0)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol1 = 2 * EPS * Math.abs(b) + 0.5 * tol;
            double xm = 0.5 * (c - b);
            if (fb == 0) {
                return new Bracket(b, 0, b, b, evals, false);
            }
            if (Math.abs(xm) <= tol1 || evals >= maxEval) {
                return new Bracket(b, fb, Math.min(b, c), Math.max(b, c), evals, false);
            }
            if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * xm * s;
                    q = 1 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = xm;
                    e = d;
                }
            } else {
                d = xm;
                e = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol1 ? d : Math.copySign(tol1, xm);
            fb = f.applyAsDouble(b);
            evals++;
            if (Double.isNaN(fb)) {
                return new Bracket(a, fa, Math.min(a, c), Math.max(a, c), evals, true);
            }
        }
    }

    /** Golden-section search for a local minimum of f on [a, b], until the bracket is \( \le \) tol wide. */
    static Bracket minimum(DoubleUnaryOperator f, double a, double b, double tol, int maxEval) {
        double x1 = a + GOLDEN * (b - a);
        double x2 = b - GOLDEN * (b - a);
        double f1 = f.applyAsDouble(x1);
        double f2 = f.applyAsDouble(x2);
        int evals = 2;
        while (b - a > tol + 4 * EPS * Math.max(Math.abs(a), Math.abs(b)) && evals < maxEval) {
            if (Double.isNaN(f1) || Double.isNaN(f2)) {
                return new Bracket(0.5 * (a + b), Double.NaN, a, b, evals, true);
            }
            if (f1 <= f2) {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = a + GOLDEN * (b - a);
                f1 = f.applyAsDouble(x1);
            } else {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = b - GOLDEN * (b - a);
                f2 = f.applyAsDouble(x2);
            }
            evals++;
        }
        return f1 <= f2 ? new Bracket(x1, f1, a, b, evals, false) : new Bracket(x2, f2, a, b, evals, false);
    }
}
