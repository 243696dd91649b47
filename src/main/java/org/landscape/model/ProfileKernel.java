package org.landscape.model;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.compile.KernelProfiles;
import org.landscape.compile.generated.LeakyKernelFrame;

/**
 * The leaky-ReLU kernel assembled from compiled scalar profiles (MATH.md sections 2-3):
 * \( K_\alpha(w,v) = |w||v|\,g(\theta) \) with \( g = \alpha\, g_{lin} + (1-\alpha)^2 g_{relu} \), and
 * the gradient and Hessian blocks assembled in the frame \( \hat w, \hat v, n, m \) from the derived
 * coefficients of the generated {@link LeakyKernelFrame} (structure in {@link FrameStructure}; today
 * \( \nabla_w K = |v|\,[\,s\,\hat w + h'\,\hat v\,] \),
 * \( \nabla^2_{ww} K = \frac{|v|}{|w|}\,[\,s\,(I - \hat w\hat w^T) + t\, n n^T\,] \),
 * \( \nabla^2_{wv} K = h' I + s\,\hat w \hat v^T + t\, n m^T \)),
 * where \( h', s = h - u h', t = h''(u)\sin^2\theta \) are the profiles of
 * {@link KernelProfiles}, \( n = d/\sin\theta \), \( m = e/\sin\theta \) the in-plane unit normals
 * (see {@link PairGeometry}); \( t\,n n^T = (t/\sin^2\theta)\, d d^T \) is evaluated as a product,
 * never as \( h'' \) times a vanishing factor, so the limits \( \theta \to 0, \pi \) are exact.
 *
 * <p>{@link #value} uses the scaled norms and divisions of the network evaluators (bit-for-bit the same
 * numbers); the derivative methods use the lean geometry {@link PairGeometry#setLean} (unscaled norms when
 * safe, one atan2, the second normal only for the mixed block): the same formulas within a few ulps,
 * measured in {@code bench/RESULTS.md}.
 *
 * <p>Not thread-safe (owns scratch space); create one per thread. Cost O(d) for the value and
 * gradient, O(d^2) for a Hessian block; no allocation per call.
 */
public final class ProfileKernel implements KernelEvaluator {
    static {
        FrameStructure.require();
    }

    private final double alpha;
    /** Weights of the linear and ReLU parts, derived ({@link LeakyKernelFrame#linearWeight}, {@code reluWeight}). */
    private final double lin;
    private final double beta;
    private final KernelProfiles profiles;
    private final double[] prof = new double[8];
    private PairGeometry geo;
    /** Profile values of the last {@link #evaluate} call: g, h', s, t (combined with alpha, beta). */
    double g;
    double hp;
    double s;
    double t;

    /**
     * @param alpha    the leaky slope (finite)
     * @param profiles compiled profiles
     */
    public ProfileKernel(double alpha, KernelProfiles profiles) {
        this.alpha = Require.finite(alpha, "alpha");
        this.lin = LeakyKernelFrame.linearWeight(alpha);
        this.beta = LeakyKernelFrame.reluWeight(alpha);
        this.profiles = profiles;
    }

    @Override
    public double alpha() {
        return alpha;
    }

    private PairGeometry geometry(int dim) {
        if (geo == null || geo.d.length != dim) {
            geo = new PairGeometry(dim);
        }
        return geo;
    }

    /** Computes geometry and the combined profiles for a pair of non-zero vectors. */
    PairGeometry evaluate(double[] w, double[] v) {
        PairGeometry pg = geometry(w.length);
        pg.set(w, v);
        if (!pg.nearPi) {
            profiles.nearZero(pg.theta, prof);
        } else {
            profiles.nearPi(pg.phi, prof);
        }
        g = lin * prof[0] + beta * prof[4];
        hp = lin * prof[1] + beta * prof[5];
        s = lin * prof[2] + beta * prof[6];
        t = lin * prof[3] + beta * prof[7];
        return pg;
    }

    /** As {@link #evaluate} with {@link PairGeometry#setLean} (the public derivative methods). */
    private PairGeometry evaluateLean(double[] w, double[] v, boolean needE) {
        PairGeometry pg = geometry(w.length);
        pg.setLean(w, v, needE);
        if (!pg.nearPi) {
            profiles.nearZero(pg.theta, prof);
        } else {
            profiles.nearPi(pg.phi, prof);
        }
        g = lin * prof[0] + beta * prof[4];
        hp = lin * prof[1] + beta * prof[5];
        s = lin * prof[2] + beta * prof[6];
        t = lin * prof[3] + beta * prof[7];
        return pg;
    }

    /** Writes the profile values of the linear and ReLU parts for the pair (for alpha sweeps). */
    PairGeometry evaluateParts(double[] w, double[] v, double[] parts) {
        PairGeometry pg = geometry(w.length);
        pg.set(w, v);
        if (!pg.nearPi) {
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
        PairGeometry pg = evaluate(w, v);
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
        PairGeometry pg = evaluateLean(w, v, false);
        double cw = LeakyKernelFrame.gradient0(g, hp, s, t);
        double cv = LeakyKernelFrame.gradient1(g, hp, s, t);
        for (int c = 0; c < w.length; c++) {
            out[c] = pg.normV * (cw * pg.wHat[c] + cv * pg.vHat[c]);
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
        PairGeometry pg = evaluateLean(w, v, false);
        java.util.Arrays.fill(out, 0, n * n, 0);
        addHessianWW(pg, 1.0, out, 0, n);
    }

    @Override
    public void hessianWV(double[] w, double[] v, double[] out) {
        sameDim(w, v);
        requireNonZero(w, "w");
        requireNonZero(v, "v");
        int n = w.length;
        PairGeometry pg = evaluateLean(w, v, true);
        addHessianWV(pg, 1.0, out, 0, n, true);
    }

    /**
     * Adds {@code scale * Hess_ww K} \( = \mathrm{scale}\,\frac{|v|}{|w|}(c_I I + c_0 \hat w\hat w^T
     * + c_1 n n^T) \) (coefficients of {@link LeakyKernelFrame}) for the last evaluated pair into the d x d block at
     * {@code out[offset + r*stride + c]}.
     */
    void addHessianWW(PairGeometry pg, double scale, double[] out, int offset, int stride) {
        int n = pg.wHat.length;
        double f = scale * pg.normV / pg.normW;
        double fi = f * LeakyKernelFrame.hessianWWIdentity(g, hp, s, t);
        double fw = f * LeakyKernelFrame.hessianWW0(g, hp, s, t);
        double ft = pg.sin2 > 0 ? f * LeakyKernelFrame.hessianWW1(g, hp, s, t) / pg.sin2 : 0;
        double[] w = pg.wHat;
        double[] dv = pg.d;
        for (int r = 0; r < n; r++) {
            int row = offset + r * stride;
            double wr = w[r];
            double dr = dv[r];
            double diagonal = out[row + r];
            for (int c = 0; c < n; c++) { // branch-free; the diagonal entry is redone below with + fi
                out[row + c] += fw * (wr * w[c]) + ft * (dr * dv[c]);
            }
            out[row + r] = diagonal + (fw * (wr * w[r]) + ft * (dr * dv[r]) + fi);
        }
    }

    /**
     * Writes (or adds) {@code scale * Hess_wv K} \( = \mathrm{scale}\,(c_I I + c_0 \hat w\hat v^T + c_1 n m^T) \)
     * (coefficients of {@link LeakyKernelFrame}) for the last evaluated pair into a block of {@code out}.
     */
    void addHessianWV(PairGeometry pg, double scale, double[] out, int offset, int stride, boolean overwrite) {
        int n = pg.wHat.length;
        double fh = scale * LeakyKernelFrame.hessianWVIdentity(g, hp, s, t);
        double fs = scale * LeakyKernelFrame.hessianWV0(g, hp, s, t);
        double ft = pg.sin2 > 0 ? scale * LeakyKernelFrame.hessianWV1(g, hp, s, t) / pg.sin2 : 0;
        double[] w = pg.wHat;
        double[] vh = pg.vHat;
        double[] dv = pg.d;
        double[] e = pg.e;
        for (int r = 0; r < n; r++) {
            int row = offset + r * stride;
            double fwr = fs * w[r];
            double fdr = ft * dv[r];
            if (overwrite) {
                for (int c = 0; c < n; c++) {
                    out[row + c] = fwr * vh[c] + fdr * e[c];
                }
                out[row + r] = fwr * vh[r] + fdr * e[r] + fh;
            } else {
                double diagonal = out[row + r];
                for (int c = 0; c < n; c++) {
                    out[row + c] += fwr * vh[c] + fdr * e[c];
                }
                out[row + r] = diagonal + (fwr * vh[r] + fdr * e[r] + fh);
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
