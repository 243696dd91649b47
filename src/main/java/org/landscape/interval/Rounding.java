package org.landscape.interval;

/**
 * Directed rounding of the correctly rounded IEEE 754 operations, emulated in round-to-nearest (Java has no
 * rounding-mode control). Java specifies {@code +, -, *, /} and {@link Math#sqrt} as correctly rounded; the exact
 * error of each result is recovered by an error-free transformation (TwoSum for sums; {@link Math#fma} for the
 * residual of products, quotients and square roots, exact when nothing underflows), and its sign decides whether
 * the result must move one ulp down or up. So {@code addDown(a, b)} is the largest double \( \le a + b \), exactly
 * round-toward-minus-infinity. Where the residual could underflow (results or operands below \( 2^{-900} \)) the
 * result is moved one ulp outward unconditionally, which is also safe; an overflow gives the infinite bound.
 * Cost: a few flops per bound, no allocation.
 */
final class Rounding {
    /** Below this magnitude residuals may underflow; results are widened unconditionally. */
    private static final double TINY = 0x1p-900;

    private Rounding() {
    }

    static double addDown(double a, double b) {
        double s = a + b;
        if (!Double.isFinite(s)) {
            return Double.isNaN(s) ? Double.NEGATIVE_INFINITY : s == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : s;
        }
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return err < 0 ? Math.nextDown(s) : s;
    }

    static double addUp(double a, double b) {
        double s = a + b;
        if (!Double.isFinite(s)) {
            return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : s;
        }
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return err > 0 ? Math.nextUp(s) : s;
    }

    static double mulDown(double a, double b) {
        double p = a * b;
        if (!Double.isFinite(p)) {
            return Double.isNaN(p) ? Double.NEGATIVE_INFINITY : p > 0 ? Double.MAX_VALUE : p;
        }
        if (Math.abs(p) < TINY) {
            return (a == 0 || b == 0) ? 0.0 : Math.nextDown(p);
        }
        return Math.fma(a, b, -p) < 0 ? Math.nextDown(p) : p;
    }

    static double mulUp(double a, double b) {
        double p = a * b;
        if (!Double.isFinite(p)) {
            return Double.isNaN(p) ? Double.POSITIVE_INFINITY : p < 0 ? -Double.MAX_VALUE : p;
        }
        if (Math.abs(p) < TINY) {
            return (a == 0 || b == 0) ? 0.0 : Math.nextUp(p);
        }
        return Math.fma(a, b, -p) > 0 ? Math.nextUp(p) : p;
    }

    static double divDown(double a, double b) {
        double q = a / b;
        if (!Double.isFinite(q)) {
            return Double.isNaN(q) ? Double.NEGATIVE_INFINITY : q > 0 ? Double.MAX_VALUE : q;
        }
        if (a == 0) {
            return 0.0;
        }
        if (Math.abs(q) < TINY || Math.abs(a) < TINY) {
            return Math.nextDown(q);
        }
        double r = Math.fma(-q, b, a); // exact remainder a - q b
        return (b > 0 ? r < 0 : r > 0) ? Math.nextDown(q) : q;
    }

    static double divUp(double a, double b) {
        double q = a / b;
        if (!Double.isFinite(q)) {
            return Double.isNaN(q) ? Double.POSITIVE_INFINITY : q < 0 ? -Double.MAX_VALUE : q;
        }
        if (a == 0) {
            return 0.0;
        }
        if (Math.abs(q) < TINY || Math.abs(a) < TINY) {
            return Math.nextUp(q);
        }
        double r = Math.fma(-q, b, a);
        return (b > 0 ? r > 0 : r < 0) ? Math.nextUp(q) : q;
    }

    /** @return the largest double \( \le \sqrt{x} \), for \( x \ge 0 \) */
    static double sqrtDown(double x) {
        if (x <= 0) {
            return 0.0;
        }
        double r = Math.sqrt(x);
        if (x < TINY || !Double.isFinite(r)) {
            return Math.nextDown(r);
        }
        return Math.fma(-r, r, x) < 0 ? Math.nextDown(r) : r;
    }

    /** @return the smallest double \( \ge \sqrt{x} \), for \( x \ge 0 \) */
    static double sqrtUp(double x) {
        if (x <= 0) {
            return 0.0;
        }
        double r = Math.sqrt(x);
        if (x < TINY || !Double.isFinite(r)) {
            return Math.nextUp(r);
        }
        return Math.fma(-r, r, x) > 0 ? Math.nextUp(r) : r;
    }

    /** @return x moved n ulps down */
    static double down(double x, int n) {
        for (int i = 0; i < n; i++) {
            x = Math.nextDown(x);
        }
        return x;
    }

    /** @return x moved n ulps up */
    static double up(double x, int n) {
        for (int i = 0; i < n; i++) {
            x = Math.nextUp(x);
        }
        return x;
    }
}
