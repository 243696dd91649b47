package org.landscape.model;

/**
 * Numerically stable geometry of a pair \( (w, v) \), both non-zero (MATH.md section 3):
 * norms, the angle by Kahan's formula
 * \( \theta = 2\,\mathrm{atan2}(\,\| |v| w - |w| v \|, \| |v| w + |w| v \|\,) \), its complement
 * \( \varphi = \pi - \theta = 2\,\mathrm{atan2}(\| |v| w + |w| v\|, \| |v| w - |w| v\|) \) (so a
 * small \( \varphi \) is not lost in a double near \( \pi \)), the unit vectors and the two
 * in-plane normals scaled by \( \sin\theta \):
 * \( d = \hat v - \cos\theta\,\hat w \) and \( e = \hat w - \cos\theta\,\hat v \),
 * computed from \( \hat w - \hat v \) (for \( \theta \le \pi/2 \)) or \( \hat w + \hat v \) (otherwise),
 * which carry no cancellation.
 *
 * <p>A mutable scratch object owned by one thread; {@link #set} costs O(d) and allocates nothing.
 */
final class PairGeometry {
    double normW;
    double normV;
    double theta;
    double phi;
    /** |d|^2 = sin^2 theta as computed from d itself (0 when parallel or antiparallel). */
    double sin2;
    final double[] wHat;
    final double[] vHat;
    final double[] d;
    final double[] e;
    private final double[] p;
    private final double[] q;

    PairGeometry(int dim) {
        wHat = new double[dim];
        vHat = new double[dim];
        d = new double[dim];
        e = new double[dim];
        p = new double[dim];
        q = new double[dim];
    }

    static double norm(double[] x) {
        double scale = 0;
        for (double xi : x) {
            scale = Math.max(scale, Math.abs(xi));
        }
        if (scale == 0) {
            return 0;
        }
        double s = 0;
        for (double xi : x) {
            double y = xi / scale;
            s += y * y;
        }
        return scale * Math.sqrt(s);
    }

    /**
     * Below this value of \( |\hat w \mp \hat v| \) (about the angle to 0 or pi) the small vector is
     * recomputed in double-double arithmetic, so the angle keeps full relative accuracy for any double
     * inputs (measured: 3e-5 relative error at angle 1e-12 without it; see PairGeometryTest).
     */
    static final double EXTENDED_BELOW = 2e-3;

    /**
     * Writes \( \hat w + \mathrm{sign}\,\hat v \) computed with unit vectors in double-double
     * (error-free products by FMA), rounded once.
     */
    private static void extendedDifference(double[] w, double[] v, int sign, double[] out) {
        double[] nw = ddNorm(w);
        double[] nv = ddNorm(v);
        for (int c = 0; c < w.length; c++) {
            double[] a = ddDivide(w[c], nw);
            double[] b = ddDivide(v[c], nv);
            double hi = a[0] + sign * b[0]; // exact when the two nearly cancel (Sterbenz)
            out[c] = hi + (a[1] + sign * b[1]) + ((a[0] - hi) + sign * b[0]);
        }
    }

    /** @return {hi, lo} with hi + lo = |x| to about 32 digits */
    private static double[] ddNorm(double[] x) {
        double hi = 0;
        double lo = 0;
        for (double xi : x) {
            double p = xi * xi;
            double pe = Math.fma(xi, xi, -p);
            double s = hi + p;
            double bb = s - hi;
            double e = (hi - (s - bb)) + (p - bb);
            hi = s;
            lo += e + pe;
        }
        double s = hi + lo;
        lo = lo - (s - hi);
        hi = s;
        double r = Math.sqrt(hi);
        double corr = (Math.fma(-r, r, hi) + lo) / (2 * r);
        double rh = r + corr;
        return new double[]{rh, corr - (rh - r)};
    }

    /** @return {hi, lo} with hi + lo = x / (n[0] + n[1]) to about 32 digits */
    private static double[] ddDivide(double x, double[] n) {
        double q1 = x / n[0];
        double rem = Math.fma(-q1, n[0], x) - q1 * n[1];
        double q2 = rem / n[0];
        double hi = q1 + q2;
        return new double[]{hi, q2 - (hi - q1)};
    }

    /** Computes the geometry of (w, v); both must be non-zero (read). */
    void set(double[] w, double[] v) {
        int n = w.length;
        normW = norm(w);
        normV = norm(v);
        double pp = 0;
        double qq = 0;
        for (int c = 0; c < n; c++) {
            wHat[c] = w[c] / normW;
            vHat[c] = v[c] / normV;
            p[c] = wHat[c] - vHat[c];
            q[c] = wHat[c] + vHat[c];
            pp += p[c] * p[c];
            qq += q[c] * q[c];
        }
        double np = Math.sqrt(pp);
        double nq = Math.sqrt(qq);
        if (Math.min(np, nq) < EXTENDED_BELOW) {
            // the small one of p, q lost ~1e-16/angle relative accuracy: recompute it in double-double
            double[] small = np < nq ? p : q;
            extendedDifference(w, v, np < nq ? -1 : 1, small);
            double ss = 0;
            for (double x : small) {
                ss += x * x;
            }
            if (np < nq) {
                np = Math.sqrt(ss);
            } else {
                nq = Math.sqrt(ss);
            }
        }
        theta = 2 * Math.atan2(np, nq);
        phi = 2 * Math.atan2(nq, np);
        // d = component of vHat orthogonal to wHat, e = component of wHat orthogonal to vHat
        double[] base = theta <= Math.PI / 2 ? p : q;
        double bw = 0;
        double bv = 0;
        for (int c = 0; c < n; c++) {
            bw += base[c] * wHat[c];
            bv += base[c] * vHat[c];
        }
        double sign = theta <= Math.PI / 2 ? -1 : 1; // vHat = wHat - p = q - wHat
        double dd = 0;
        double ee = 0;
        for (int c = 0; c < n; c++) {
            d[c] = sign * (base[c] - bw * wHat[c]);
            e[c] = base[c] - bv * vHat[c];
            dd += d[c] * d[c];
            ee += e[c] * e[c];
        }
        sin2 = Math.sqrt(dd * ee);
    }
}
