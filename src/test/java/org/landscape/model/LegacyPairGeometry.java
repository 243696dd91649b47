package org.landscape.model;

/** Verbatim copy of PairGeometry as of a439374 (regression reference).
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
final class LegacyPairGeometry {
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

    LegacyPairGeometry(int dim) {
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
