package org.landscape.model;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.compile.KernelProfiles;

/** Verbatim copy of ProfileKernel as of a439374 (regression reference).
 * The leaky-ReLU kernel assembled from compiled scalar profiles (MATH.md sections 2-3):
 * \( K_\alpha(w,v) = |w||v|\,g(\theta) \) with \( g = \alpha\, g_{lin} + (1-\alpha)^2 g_{relu} \), and
 * <ul>
 *   <li>\( \nabla_w K = |v|\,[\,s\,\hat w + h'\,\hat v\,] \),</li>
 *   <li>\( \nabla^2_{ww} K = \frac{|v|}{|w|}\,[\,s\,(I - \hat w\hat w^T) + t\, n n^T\,] \),</li>
 *   <li>\( \nabla^2_{wv} K = h' I + s\,\hat w \hat v^T + t\, n m^T \),</li>
 * </ul>
 * where \( h', s = h - u h', t = h''(u)\sin^2\theta \) are the profiles of
 * {@link KernelProfiles}, \( n = d/\sin\theta \), \( m = e/\sin\theta \) the in-plane unit normals
 * (see {@link LegacyPairGeometry}); \( t\,n n^T = (t/\sin^2\theta)\, d d^T \) is evaluated as a product,
 * never as \( h'' \) times a vanishing factor, so the limits \( \theta \to 0, \pi \) are exact.
 *
 * <p>Not thread-safe (owns scratch space); create one per thread. Cost O(d) for the value and
 * gradient, O(d^2) for a Hessian block; no allocation per call.
 */
final class LegacyProfileKernel implements KernelEvaluator {
    private final double alpha;
    private final double beta;
    private final KernelProfiles profiles;
    private final double[] prof = new double[8];
    private LegacyPairGeometry geo;
    /** Profile values of the last {@link #evaluate} call: g, h', s, t (combined with alpha, beta). */
    double g;
    double hp;
    double s;
    double t;

    /**
     * @param alpha    the leaky slope (finite)
     * @param profiles compiled profiles
     */
    LegacyProfileKernel(double alpha, KernelProfiles profiles) {
        this.alpha = Require.finite(alpha, "alpha");
        this.beta = (1 - alpha) * (1 - alpha);
        this.profiles = profiles;
    }

    @Override
    public double alpha() {
        return alpha;
    }

    private LegacyPairGeometry geometry(int dim) {
        if (geo == null || geo.wHat.length != dim) {
            geo = new LegacyPairGeometry(dim);
        }
        return geo;
    }

    /** Computes geometry and the combined profiles for a pair of non-zero vectors. */
    LegacyPairGeometry evaluate(double[] w, double[] v) {
        LegacyPairGeometry pg = geometry(w.length);
        pg.set(w, v);
        if (pg.theta <= Math.PI / 2) {
            profiles.nearZero(pg.theta, prof);
        } else {
            profiles.nearPi(pg.phi, prof);
        }
        g = alpha * prof[0] + beta * prof[4];
        hp = alpha * prof[1] + beta * prof[5];
        s = alpha * prof[2] + beta * prof[6];
        t = alpha * prof[3] + beta * prof[7];
        return pg;
    }

    /** Writes the profile values of the linear and ReLU parts for the pair (for alpha sweeps). */
    LegacyPairGeometry evaluateParts(double[] w, double[] v, double[] parts) {
        LegacyPairGeometry pg = geometry(w.length);
        pg.set(w, v);
        if (pg.theta <= Math.PI / 2) {
            profiles.nearZero(pg.theta, parts);
        } else {
            profiles.nearPi(pg.phi, parts);
        }
        return pg;
    }

    private static void sameDim(double[] w, double[] v) {
        if (w.length != v.length) {
            throw new InvalidInputException("w has dimension " + w.length + " but v has dimension " + v.length
                    + ": both must live in the same input space R^d");
        }
    }

    private static boolean isZero(double[] x) {
        for (double xi : x) {
            if (xi != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double value(double[] w, double[] v) {
        sameDim(w, v);
        if (isZero(w) || isZero(v)) {
            return 0;
        }
        LegacyPairGeometry pg = evaluate(w, v);
        return pg.normW * pg.normV * g;
    }

    @Override
    public void gradientW(double[] w, double[] v, double[] out) {
        sameDim(w, v);
        requireNonZero(w, "w");
        if (isZero(v)) {
            java.util.Arrays.fill(out, 0, w.length, 0);
            return;
        }
        LegacyPairGeometry pg = evaluate(w, v);
        for (int c = 0; c < w.length; c++) {
            out[c] = pg.normV * (s * pg.wHat[c] + hp * pg.vHat[c]);
        }
    }

    @Override
    public void hessianWW(double[] w, double[] v, double[] out) {
        sameDim(w, v);
        requireNonZero(w, "w");
        int n = w.length;
        if (isZero(v)) {
            java.util.Arrays.fill(out, 0, n * n, 0);
            return;
        }
        LegacyPairGeometry pg = evaluate(w, v);
        java.util.Arrays.fill(out, 0, n * n, 0);
        addHessianWW(pg, 1.0, out, 0, n);
    }

    @Override
    public void hessianWV(double[] w, double[] v, double[] out) {
        sameDim(w, v);
        requireNonZero(w, "w");
        requireNonZero(v, "v");
        int n = w.length;
        LegacyPairGeometry pg = evaluate(w, v);
        addHessianWV(pg, 1.0, out, 0, n, true);
    }

    /**
     * Adds {@code scale * Hess_ww K} for the last evaluated pair into the d x d block at
     * {@code out[offset + r*stride + c]}.
     */
    void addHessianWW(LegacyPairGeometry pg, double scale, double[] out, int offset, int stride) {
        int n = pg.wHat.length;
        double f = scale * pg.normV / pg.normW;
        double fs = f * s;
        double ft = pg.sin2 > 0 ? f * t / pg.sin2 : 0;
        for (int r = 0; r < n; r++) {
            int row = offset + r * stride;
            double wr = pg.wHat[r];
            double dr = pg.d[r];
            for (int c = 0; c < n; c++) {
                double v = -fs * (wr * pg.wHat[c]) + ft * (dr * pg.d[c]);
                if (r == c) {
                    v += fs;
                }
                out[row + c] += v;
            }
        }
    }

    /** Writes (or adds) {@code scale * Hess_wv K} for the last evaluated pair into a block of {@code out}. */
    void addHessianWV(LegacyPairGeometry pg, double scale, double[] out, int offset, int stride, boolean overwrite) {
        int n = pg.wHat.length;
        double fh = scale * hp;
        double fs = scale * s;
        double ft = pg.sin2 > 0 ? scale * t / pg.sin2 : 0;
        for (int r = 0; r < n; r++) {
            int row = offset + r * stride;
            double wr = pg.wHat[r];
            double dr = pg.d[r];
            for (int c = 0; c < n; c++) {
                double v = fs * wr * pg.vHat[c] + ft * dr * pg.e[c];
                if (r == c) {
                    v += fh;
                }
                if (overwrite) {
                    out[row + c] = v;
                } else {
                    out[row + c] += v;
                }
            }
        }
    }

    static void requireNonZero(double[] x, String what) {
        if (isZero(x)) {
            throw new InvalidInputException(what + " is the zero vector (a dead neuron): the kernel is not "
                    + "differentiable there; use the one-sided escape test instead, or move the neuron off zero");
        }
    }
}
