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
 * {@link #setUnits} starts from unit vectors computed once per row (the network evaluators) and gives
 * bit-for-bit the same angle, normals and {@code sin2} as {@link #set}; {@link #angle} computes only
 * \( \theta, \varphi \) (about 6d flops), which is all the loss and gradient need.
 */
final class PairGeometry {
    double normW;
    double normV;
    /**
     * Which end the pair is nearer: {@code false} when \( \theta \le \pi/2 \) (decided as
     * \( \|\hat w - \hat v\| \le \|\hat w + \hat v\| \)), then {@link #theta} is exact; {@code true} otherwise, then
     * {@link #phi} is exact. One atan2 per pair.
     */
    boolean nearPi;
    /** The angle; when {@link #nearPi} it is \( \pi - \varphi \) rounded (use {@link #phi} there). */
    double theta;
    /** \( \pi - \theta \) as its own atan2 when {@link #nearPi}; NaN otherwise. */
    double phi;
    /** |d|^2 = sin^2 theta as computed from d itself (0 when parallel or antiparallel). */
    double sin2;
    /** Unit vectors of the current pair: views of the own buffers ({@link #set}) or of the caller's rows. */
    double[] wHat;
    double[] vHat;
    private final double[] ownW;
    private final double[] ownV;
    final double[] d;
    final double[] e;
    private final double[] p;
    private final double[] q;
    /** Raw vectors of {@link #set} (views, only during the call) or low parts of given unit vectors. */
    private double[] rawW;
    private double[] rawV;
    private double[] loW;
    private double[] loV;
    private final double[] scratchLoW;
    private final double[] scratchLoV;

    PairGeometry(int dim) {
        scratchLoW = new double[dim];
        scratchLoV = new double[dim];
        ownW = new double[dim];
        ownV = new double[dim];
        wHat = ownW;
        vHat = ownV;
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

    /**
     * Sets {@link #nearPi}, {@link #theta} and {@link #phi} from \( |\hat w - \hat v| \) and \( |\hat w + \hat v| \)
     * (Kahan): the angle to the nearer end by its own atan2.
     */
    private void anglesFrom(double np, double nq) {
        nearPi = np > nq;
        if (nearPi) {
            phi = 2 * FirstOctantAtan2.atan2(nq, np);
            theta = Math.PI - phi;
        } else {
            theta = 2 * FirstOctantAtan2.atan2(np, nq);
            phi = Double.NaN;
        }
    }

    /** Computes the geometry of (w, v); both must be non-zero (read). */
    void set(double[] w, double[] v) {
        int n = w.length;
        normW = norm(w);
        normV = norm(v);
        wHat = ownW;
        vHat = ownV;
        for (int c = 0; c < n; c++) {
            wHat[c] = w[c] / normW;
            vHat[c] = v[c] / normV;
        }
        rawW = w;
        rawV = v;
        loW = null;
        loV = null;
        angleAndNormals();
        rawW = null;
        rawV = null;
    }

    /**
     * Writes {@code lo} such that {@code unit[c] + lo[c]} equals \( x_c/|x| \) to about 32 digits
     * (double-double norm and division; {@code unit} is the double unit vector of {@code x}).
     */
    static void unitLo(double[] x, double[] unit, double[] lo) {
        double[] nx = ddNorm(x);
        for (int c = 0; c < x.length; c++) {
            double[] a = ddDivide(x[c], nx);
            lo[c] = (a[0] - unit[c]) + a[1];
        }
    }

    /** Recomputes {@code wHat + sign vHat} with the low parts into {@code out}; returns its norm. */
    private static double refined(double[] wHat, double[] wLo, double[] vHat, double[] vLo, int sign, double[] out) {
        double ss = 0;
        for (int c = 0; c < wHat.length; c++) {
            out[c] = (wHat[c] + sign * vHat[c]) + (wLo[c] + sign * vLo[c]);
            ss += out[c] * out[c];
        }
        return Math.sqrt(ss);
    }

    /**
     * \( |x| \) as \( \sqrt{\sum x_c^2} \) when that sum is safely inside the double range, else by the scaled
     * {@link #norm}; within an ulp or two of {@link #norm}, about 3x faster for small d.
     */
    static double fastNorm(double[] x) {
        double s = 0;
        for (double xi : x) {
            s += xi * xi;
        }
        return s >= 1e-280 && s <= 1e280 ? Math.sqrt(s) : norm(x);
    }

    /**
     * The lean variant of {@link #set} for the single-pair kernel API: {@link #fastNorm}, unit vectors by a
     * reciprocal, the normal {@code e} only when {@code needE} (then \( \sin^2\theta = \sqrt{|d|^2|e|^2} \),
     * else \( |d|^2 \)). Same formulas, results within a few ulps of {@link #set}; not used by the network
     * evaluators, whose results stay bit-for-bit those of {@link #set}.
     */
    void setLean(double[] w, double[] v, boolean needE) {
        int n = w.length;
        normW = fastNorm(w);
        normV = fastNorm(v);
        double iw = 1 / normW;
        double iv = 1 / normV;
        wHat = ownW;
        vHat = ownV;
        double pp = 0;
        double qq = 0;
        for (int c = 0; c < n; c++) {
            double a = w[c] * iw;
            double b = v[c] * iv;
            wHat[c] = a;
            vHat[c] = b;
            p[c] = a - b;
            q[c] = a + b;
            pp += p[c] * p[c];
            qq += q[c] * q[c];
        }
        double np = Math.sqrt(pp);
        double nq = Math.sqrt(qq);
        if (Math.min(np, nq) < EXTENDED_BELOW) {
            unitLo(w, wHat, scratchLoW);
            unitLo(v, vHat, scratchLoV);
            if (np < nq) {
                np = refined(wHat, scratchLoW, vHat, scratchLoV, -1, p);
            } else {
                nq = refined(wHat, scratchLoW, vHat, scratchLoV, 1, q);
            }
        }
        anglesFrom(np, nq);
        double[] base = nearPi ? q : p;
        double sign = nearPi ? 1 : -1;
        double bw = 0;
        for (int c = 0; c < n; c++) {
            bw += base[c] * wHat[c];
        }
        double dd = 0;
        for (int c = 0; c < n; c++) {
            d[c] = sign * (base[c] - bw * wHat[c]);
            dd += d[c] * d[c];
        }
        if (!needE) {
            sin2 = dd;
            return;
        }
        double bv = 0;
        for (int c = 0; c < n; c++) {
            bv += base[c] * vHat[c];
        }
        double ee = 0;
        for (int c = 0; c < n; c++) {
            e[c] = base[c] - bv * vHat[c];
            ee += e[c] * e[c];
        }
        sin2 = Math.sqrt(dd * ee);
    }

    /**
     * Geometry of a pair given by its unit vectors and norms (read; kept as views until the next call).
     * Identical in every bit to {@link #set} on \( (|w| \hat w, |v| \hat v) \) when the unit vectors were
     * computed as {@code x[c] / norm(x)}. Cost O(d), no allocation.
     */
    void setUnits(double[] wUnit, double nw, double[] vUnit, double nv) {
        setUnits(wUnit, null, nw, vUnit, null, nv);
    }

    /** As {@link #setUnits(double[], double, double[], double)} with the low parts of the unit vectors ({@link #unitLo}). */
    void setUnits(double[] wUnit, double[] wLo, double nw, double[] vUnit, double[] vLo, double nv) {
        normW = nw;
        normV = nv;
        wHat = wUnit;
        vHat = vUnit;
        loW = wLo;
        loV = vLo;
        angleAndNormals();
        loW = null;
        loV = null;
    }

    /** As {@link #angle(double[], double[])}, refined with the low parts of the unit vectors near 0 and pi. */
    void angle(double[] wUnit, double[] wLo, double[] vUnit, double[] vLo) {
        angle(wUnit, vUnit);
        double small = nearPi ? phi : theta;
        if (small < EXTENDED_BELOW && wLo != null) {
            anglesFrom(refined(wUnit, wLo, vUnit, vLo, -1, p), refined(wUnit, wLo, vUnit, vLo, 1, q));
        }
    }

    /** Sets only {@link #theta} and {@link #phi} of two unit vectors (read): about 6d flops. */
    void angle(double[] wUnit, double[] vUnit) {
        int n = wUnit.length;
        double pp = 0;
        double qq = 0;
        for (int c = 0; c < n; c++) {
            double pc = wUnit[c] - vUnit[c];
            double qc = wUnit[c] + vUnit[c];
            pp += pc * pc;
            qq += qc * qc;
        }
        double np = Math.sqrt(pp);
        double nq = Math.sqrt(qq);
        anglesFrom(np, nq);
    }

    /**
     * The angles of {@code a} with four unit vectors at once (read), written as
     * {@code out[2m] = 1} if pair m is near pi, else 0, and {@code out[2m+1]} = phi (near pi) or theta: the same sums in the same order as {@link #angle}, so
     * the same bits, but eight independent accumulation chains instead of two (instruction-level
     * parallelism: about 2x faster than four separate calls).
     */
    static void angle4(double[] a, double[] b0, double[] b1, double[] b2, double[] b3, double[] out) {
        int n = a.length;
        double pp0 = 0;
        double qq0 = 0;
        double pp1 = 0;
        double qq1 = 0;
        double pp2 = 0;
        double qq2 = 0;
        double pp3 = 0;
        double qq3 = 0;
        for (int c = 0; c < n; c++) {
            double x = a[c];
            double p0 = x - b0[c];
            double q0 = x + b0[c];
            double p1 = x - b1[c];
            double q1 = x + b1[c];
            double p2 = x - b2[c];
            double q2 = x + b2[c];
            double p3 = x - b3[c];
            double q3 = x + b3[c];
            pp0 += p0 * p0;
            qq0 += q0 * q0;
            pp1 += p1 * p1;
            qq1 += q1 * q1;
            pp2 += p2 * p2;
            qq2 += q2 * q2;
            pp3 += p3 * p3;
            qq3 += q3 * q3;
        }
        finish(pp0, qq0, out, 0);
        finish(pp1, qq1, out, 2);
        finish(pp2, qq2, out, 4);
        finish(pp3, qq3, out, 6);
    }

    /**
     * From \( |\hat w - \hat v|^2 \) and \( |\hat w + \hat v|^2 \) (read): {@code out[o] = 1} if the pair is near pi,
     * else 0, and {@code out[o+1]} = phi (near pi) or theta, as {@link #angle} computes them.
     */
    static void finish(double pp, double qq, double[] out, int o) {
        double np = Math.sqrt(pp);
        double nq = Math.sqrt(qq);
        boolean pi = np > nq;
        out[o] = pi ? 1 : 0;
        out[o + 1] = pi ? 2 * FirstOctantAtan2.atan2(nq, np) : 2 * FirstOctantAtan2.atan2(np, nq);
    }

    private void angleAndNormals() {
        int n = wHat.length;
        double pp = 0;
        double qq = 0;
        for (int c = 0; c < n; c++) {
            p[c] = wHat[c] - vHat[c];
            q[c] = wHat[c] + vHat[c];
            pp += p[c] * p[c];
            qq += q[c] * q[c];
        }
        double np = Math.sqrt(pp);
        double nq = Math.sqrt(qq);
        if (Math.min(np, nq) < EXTENDED_BELOW && (rawW != null || loW != null)) {
            // the small one of p, q lost ~1e-16/angle relative accuracy: recompute it from double-double units
            double[] lw = loW;
            double[] lv = loV;
            if (lw == null) {
                lw = scratchLoW;
                lv = scratchLoV;
                unitLo(rawW, wHat, lw);
                unitLo(rawV, vHat, lv);
            }
            if (np < nq) {
                np = refined(wHat, lw, vHat, lv, -1, p);
            } else {
                nq = refined(wHat, lw, vHat, lv, 1, q);
            }
        }
        anglesFrom(np, nq);
        // d = component of vHat orthogonal to wHat, e = component of wHat orthogonal to vHat
        double[] base = nearPi ? q : p;
        double bw = 0;
        double bv = 0;
        for (int c = 0; c < n; c++) {
            bw += base[c] * wHat[c];
            bv += base[c] * vHat[c];
        }
        double sign = nearPi ? 1 : -1; // vHat = wHat - p = q - wHat
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
