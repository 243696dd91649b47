package org.landscape.verify;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.model.KernelEvaluator;
import org.landscape.model.LossEvaluator;

/**
 * High-precision reference for the Gaussian leaky-ReLU kernel by 2-D quadrature, independent of any closed form.
 *
 * <p><b>Method.</b> Write \( x = x_1 e_1 + x_2 e_2 + x_\perp \) in the high-precision frame of the plane of
 * {@code w}, {@code v} ({@link PlaneFrame}); \( x_\perp \) is independent of \( (x_1, x_2) \) and has mean zero.
 * In polar coordinates \( (x_1, x_2) = r(\cos\varphi, \sin\varphi) \), \( w\cdot x = |w| r\cos\varphi \),
 * \( v\cdot x = |v| r \cos(\varphi - \theta) \), and positive homogeneity of \( \sigma \) separates each
 * expectation into a radial moment \( \frac1{2\pi}\int_0^\infty r^{m+1} e^{-r^2/2} dr \) (exact: \( 1/\pi \) for
 * m = 2, \( 1/(2\pi) \) for m = 0) and an angular integral of a trigonometric polynomial times piecewise-constant
 * slopes. The kinks \( \varphi = \pm\pi/2 \) (\( w\cdot x = 0 \)) and \( \theta \pm \pi/2 \) (\( v\cdot x = 0 \)) cut
 * the circle into four arcs; the symmetry \( x \to -x \) maps arcs 3, 4 onto arcs 1, 2, so the angular integral is
 * \( 2\alpha \int_{-\pi/2}^{\theta-\pi/2} + (1+\alpha^2)\int_{\theta-\pi/2}^{\pi/2} \), each by Gauss-Legendre in
 * {@link Dfp} arithmetic (default 45 digits, orders 20 and 28). The integrands are entire with frequency at most 2
 * on arcs of length at most \( \pi \), so order 20 is already below \( 10^{-40} \) relative; the error estimate is
 * the difference of the two orders plus a rounding floor \( 10^{5-\text{digits}} \times \) scale.
 * <ul>
 *   <li>\( K = \frac{|w||v|}{\pi}\oint s_w s_v \cos\varphi\cos(\varphi-\theta)\,d\varphi \)</li>
 *   <li>\( \nabla_w K = \frac{|v|}{\pi}\oint s_w s_v \cos(\varphi-\theta)(\cos\varphi\, e_1 + \sin\varphi\, e_2)\,d\varphi \)</li>
 *   <li>\( \nabla^2_{wv} K = \frac1\pi\oint s_w s_v\, u u^T d\varphi + \frac1{2\pi}\oint s_w s_v\, d\varphi\,
 *       (I - e_1e_1^T - e_2e_2^T) \), \( u = \cos\varphi\, e_1 + \sin\varphi\, e_2 \)</li>
 *   <li>\( \nabla^2_{ww} K = (1-\alpha)E[\delta(w\cdot x)\sigma(v\cdot x) x x^T] \): the delta is taken exactly as
 *       the 1-D Gaussian integral over the line \( w\cdot x = 0 \) (density \( 1/(|w|\sqrt{2\pi}) \)), on which
 *       \( v\cdot x = |v|\sin\theta\, x_2 \); that line is split at its kink \( x_2 = 0 \) into two rays whose radial
 *       moments are exact, so this block has no truncation error, only the working-precision rounding.</li>
 * </ul>
 * Measured (tests): agreement with the arc-cosine kernel, the linear kernel and the identities of MATH.md section 2
 * to \( 10^{-37} \) relative (tested at \( 10^{-30} \)), for \( \theta \in \{0, 10^{-12}, 10^{-8}, 0.3, \pi/2, 2,
 * \pi - 10^{-8}, \pi\} \) and norms \( 10^{-6}..10^{6} \); derivative blocks agree with 45-digit central differences
 * of the reference's own gradient and value to \( 10^{-24} \) (step \( 2^{-40}|w| \)). Cost: 96 nodes (192
 * high-precision sines and cosines) per pair, about 4 ms.
 * Source: MATH.md sections 2 and 3. Immutable; safe to share between threads.
 */
public final class QuadratureReference {
    /** Default working precision in decimal digits. */
    public static final int DEFAULT_DIGITS = 45;
    /** Default lower Gauss-Legendre order per arc. */
    public static final int DEFAULT_LOW_ORDER = 20;
    /** Default higher Gauss-Legendre order per arc (the returned values use this one). */
    public static final int DEFAULT_HIGH_ORDER = 28;

    private static final int N_ANGULAR = 6;

    private final double alpha;
    private final int digits;
    private final DfpField field;
    private final Dfp alphaHp;
    private final GaussLegendreRule low;
    private final GaussLegendreRule high;

    /** Reference at slope {@code alpha} with the default precision and orders. */
    public QuadratureReference(double alpha) {
        this(alpha, DEFAULT_DIGITS, DEFAULT_LOW_ORDER, DEFAULT_HIGH_ORDER);
    }

    /**
     * @param alpha     leaky slope, finite
     * @param digits    working precision in decimal digits, 20..200
     * @param lowOrder  Gauss-Legendre order for the error estimate, at least 2
     * @param highOrder Gauss-Legendre order of the returned values, greater than {@code lowOrder}
     */
    public QuadratureReference(double alpha, int digits, int lowOrder, int highOrder) {
        this.alpha = Require.finite(alpha, "alpha");
        if (digits < 20 || digits > 200) {
            throw new InvalidInputException("quadrature digits must be in 20..200, got " + digits);
        }
        if (lowOrder < 2 || highOrder <= lowOrder) {
            throw new InvalidInputException("quadrature orders must satisfy 2 <= low < high, got " + lowOrder
                    + " and " + highOrder);
        }
        this.digits = digits;
        this.field = new DfpField(digits);
        this.alphaHp = HighPrecision.toDfp(field, HighPrecision.exact(alpha));
        this.low = new GaussLegendreRule(field, lowOrder);
        this.high = new GaussLegendreRule(field, highOrder);
    }

    /** @return the leaky slope */
    public double alpha() {
        return alpha;
    }

    /** @return the working precision in decimal digits */
    public int digits() {
        return digits;
    }

    /**
     * Kernel value and all derivative blocks at one pair.
     *
     * @param w read; non-zero, finite
     * @param v read; non-zero, finite, same length as w
     * @return the reference values, correctly rounded, with error estimates
     */
    public KernelReference kernel(double[] w, double[] v) {
        checkPair(w, v);
        if (isZero(w) || isZero(v)) {
            throw new InvalidInputException("kernel derivatives need w != 0 and v != 0: use value(w, v) for zeros");
        }
        HpKernel h = compute(w, v);
        return new KernelReference(HighPrecision.toDouble(h.value), HighPrecision.toDouble(h.gradient),
                HighPrecision.toDouble(h.hessianWW), HighPrecision.toDouble(h.hessianWV),
                HighPrecision.toDouble(h.theta), h.valueError, h.gradientError, h.hessianWWError, h.hessianWVError);
    }

    /** @return \( K_\alpha(w, v) \), correctly rounded; 0 if either argument is 0 (read w, v) */
    public double value(double[] w, double[] v) {
        checkPair(w, v);
        if (isZero(w) || isZero(v)) {
            return 0.0;
        }
        return HighPrecision.toDouble(compute(w, v).value);
    }

    /**
     * Loss, gradient and Hessian of the network, assembled in high precision from pair references:
     * \( \nabla_{w_i}L = \sum_l \nabla_w K(w_i,w_l) - \sum_j \nabla_w K(w_i,v_j) \) (the term l = i is
     * \( \nabla\tfrac12 K(w,w) = \nabla_w K(w,v)|_{v=w} \)),
     * \( H_{ii} = \nabla^2_{ww}K(w_i,w_i) + \nabla^2_{wv}K(w_i,w_i) + \sum_{l\ne i}\nabla^2_{ww}K(w_i,w_l)
     * - \sum_j \nabla^2_{ww}K(w_i,v_j) \), \( H_{il} = \nabla^2_{wv}K(w_i,w_l) \) for \( l \ne i \).
     * Cost: \( k^2 + kn + n(n+1)/2 \) pair quadratures.
     *
     * @param W student, k x d, read; every row non-zero
     * @param V teacher, n x d, read; zero rows allowed (they contribute nothing)
     * @return the reference
     */
    public LossReference loss(double[][] W, double[][] V) {
        int d = checkNetwork(W, V);
        int k = W.length;
        for (int i = 0; i < k; i++) {
            if (isZero(W[i])) {
                throw new InvalidInputException("student row " + i + " is zero (dead neuron): the loss has no gradient"
                        + " or Hessian there; use lossValue(W, V)");
            }
        }
        int kd = k * d;
        java.util.Map<PairKey, HpKernel> cache = new java.util.HashMap<>();
        HpValue lossHp = lossValueHp(W, V, cache);
        Dfp[] g = HighPrecision.zeros(field, kd);
        Dfp[] hess = HighPrecision.zeros(field, kd * kd);
        double gErr = 0;
        double hErr = 0;
        for (int i = 0; i < k; i++) {
            double gi = 0;
            double hi = 0;
            for (int l = 0; l < k; l++) {
                HpKernel p = shared(W[i], W[l], cache);
                addBlock(g, i * d, p.gradient, 1);
                gi += p.gradientError;
                addMatrix(hess, kd, i, i, d, p.hessianWW, 1);
                addMatrix(hess, kd, i, l, d, p.hessianWV, 1);
                hi += p.hessianWWError + p.hessianWVError;
            }
            for (double[] vj : V) {
                if (isZero(vj)) {
                    continue;
                }
                HpKernel p = shared(W[i], vj, cache);
                addBlock(g, i * d, p.gradient, -1);
                addMatrix(hess, kd, i, i, d, p.hessianWW, -1);
                gi += p.gradientError;
                hi += p.hessianWWError;
            }
            gErr = Math.max(gErr, gi);
            hErr = Math.max(hErr, hi);
        }
        return new LossReference(k, d, HighPrecision.toDouble(lossHp.value), HighPrecision.toDouble(g),
                HighPrecision.toDouble(hess), lossHp.error, gErr, hErr);
    }

    /** @return \( L(W; V) \), correctly rounded; dead neurons allowed (read W, V) */
    public double lossValue(double[][] W, double[][] V) {
        checkNetwork(W, V);
        return HighPrecision.toDouble(lossValueHp(W, V, new java.util.HashMap<>()).value);
    }

    /** @return a (slow) {@link KernelEvaluator} backed by this reference */
    public KernelEvaluator asKernelEvaluator() {
        return new KernelEvaluator() {
            @Override
            public double alpha() {
                return alpha;
            }

            @Override
            public double value(double[] w, double[] v) {
                return QuadratureReference.this.value(w, v);
            }

            @Override
            public void gradientW(double[] w, double[] v, double[] out) {
                System.arraycopy(kernel(w, v).gradientW(), 0, out, 0, w.length);
            }

            @Override
            public void hessianWW(double[] w, double[] v, double[] out) {
                System.arraycopy(kernel(w, v).hessianWW(), 0, out, 0, w.length * w.length);
            }

            @Override
            public void hessianWV(double[] w, double[] v, double[] out) {
                System.arraycopy(kernel(w, v).hessianWV(), 0, out, 0, w.length * w.length);
            }
        };
    }

    /** @return a (slow) {@link LossEvaluator} for teacher {@code V} (copied) backed by this reference */
    public LossEvaluator asLossEvaluator(double[][] V) {
        double[][] teacher = copy(V);
        return new LossEvaluator() {
            @Override
            public double loss(double[][] W) {
                return lossValue(W, teacher);
            }

            @Override
            public void gradient(double[][] W, double[] out) {
                double[] g = QuadratureReference.this.loss(W, teacher).gradient();
                System.arraycopy(g, 0, out, 0, g.length);
            }

            @Override
            public void hessian(double[][] W, double[] out) {
                double[] h = QuadratureReference.this.loss(W, teacher).hessian();
                System.arraycopy(h, 0, out, 0, h.length);
            }
        };
    }

    // ---------------------------------------------------------------- high-precision core

    /** The working field (package-private: tests compare in high precision). */
    DfpField field() {
        return field;
    }

    /** High-precision \( K \) at exact double inputs, both non-zero (package-private: tests). */
    Dfp valueHighPrecision(double[] w, double[] v) {
        return compute(w, v).value;
    }

    /** High-precision \( \nabla_w K \) (package-private: tests). */
    Dfp[] gradientHighPrecision(double[] w, double[] v) {
        return compute(w, v).gradient.clone();
    }

    /** High-precision \( \nabla^2_{ww} K \) (package-private: tests). */
    Dfp[] hessianWWHighPrecision(double[] w, double[] v) {
        return compute(w, v).hessianWW.clone();
    }

    /** High-precision \( \nabla^2_{wv} K \) (package-private: tests). */
    Dfp[] hessianWVHighPrecision(double[] w, double[] v) {
        return compute(w, v).hessianWV.clone();
    }

    /** High-precision pair result; errors are absolute. */
    private record HpKernel(Dfp value, Dfp[] gradient, Dfp[] hessianWW, Dfp[] hessianWV, Dfp theta,
                            double valueError, double gradientError, double hessianWWError,
                            double hessianWVError) {
    }

    /** A high-precision value with its absolute error estimate. */
    private record HpValue(Dfp value, double error) {
    }

    private HpValue lossValueHp(double[][] W, double[][] V, java.util.Map<PairKey, HpKernel> cache) {
        Dfp sum = field.getZero();
        double err = 0;
        for (int i = 0; i < W.length; i++) {
            for (int l = i; l < W.length; l++) {
                HpValue kv = pairValue(W[i], W[l], cache);
                sum = sum.add(l == i ? kv.value.divide(2) : kv.value);
                err += kv.error;
            }
            for (double[] vj : V) {
                HpValue kv = pairValue(W[i], vj, cache);
                sum = sum.subtract(kv.value);
                err += kv.error;
            }
        }
        for (int j = 0; j < V.length; j++) {
            for (int m = j; m < V.length; m++) {
                HpValue kv = pairValue(V[j], V[m], cache);
                sum = sum.add(m == j ? kv.value.divide(2) : kv.value);
                err += kv.error;
            }
        }
        return new HpValue(sum, err);
    }

    private HpValue pairValue(double[] w, double[] v, java.util.Map<PairKey, HpKernel> cache) {
        if (isZero(w) || isZero(v)) {
            return new HpValue(field.getZero(), 0);
        }
        HpKernel h = shared(w, v, cache);
        return new HpValue(h.value, h.valueError);
    }

    /** Exact coordinates of a pair after sorting the coordinates by (w_c, v_c): the key of its permutation class. */
    private static final class PairKey {
        private final long[] bits;
        private final int hash;

        PairKey(double[] w, double[] v) {
            bits = new long[2 * w.length];
            for (int c = 0; c < w.length; c++) {
                bits[2 * c] = Double.doubleToLongBits(w[c]);
                bits[2 * c + 1] = Double.doubleToLongBits(v[c]);
            }
            hash = java.util.Arrays.hashCode(bits);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PairKey p && java.util.Arrays.equals(bits, p.bits);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The pair reference through a cache shared by one network evaluation. The kernel is invariant under a common
     * permutation P of the coordinates, \( K(Pw, Pv) = K(w, v) \) (x ~ N(0, I) is), so
     * \( \nabla_w K(w,v)_{p(j)} = \nabla K(Pw,Pv)_j \) and \( H_{p(a)p(b)} = H(Pw,Pv)_{ab} \): the quadrature runs once
     * per class of pairs equal up to a coordinate permutation (with exactly equal doubles), which at symmetric
     * points such as \( \Delta(S_{k-1} \times S_1) \) minima is a handful of classes instead of \( k^2 \) pairs.
     */
    private HpKernel shared(double[] w, double[] v, java.util.Map<PairKey, HpKernel> cache) {
        int d = w.length;
        Integer[] order = new Integer[d];
        for (int c = 0; c < d; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int x = Double.compare(w[a], w[b]);
            return x != 0 ? x : Double.compare(v[a], v[b]);
        });
        double[] cw = new double[d];
        double[] cv = new double[d];
        boolean identity = true;
        for (int j = 0; j < d; j++) {
            cw[j] = w[order[j]];
            cv[j] = v[order[j]];
            identity &= order[j] == j;
        }
        HpKernel c = cache.computeIfAbsent(new PairKey(cw, cv), key -> compute(cw, cv));
        if (identity) {
            return c;
        }
        Dfp[] g = new Dfp[d];
        Dfp[] hww = new Dfp[d * d];
        Dfp[] hwv = new Dfp[d * d];
        for (int a = 0; a < d; a++) {
            g[order[a]] = c.gradient[a];
            for (int b = 0; b < d; b++) {
                hww[order[a] * d + order[b]] = c.hessianWW[a * d + b];
                hwv[order[a] * d + order[b]] = c.hessianWV[a * d + b];
            }
        }
        return new HpKernel(c.value, g, hww, hwv, c.theta, c.valueError, c.gradientError, c.hessianWWError,
                c.hessianWVError);
    }

    private HpKernel compute(double[] w, double[] v) {
        int d = w.length;
        PlaneFrame f = new PlaneFrame(field, w, v);
        Dfp halfPi = field.getPi().divide(2);
        Dfp kink = f.theta.subtract(halfPi);
        Dfp p1 = alphaHp.multiply(2);
        Dfp p2 = field.getOne().add(alphaHp.multiply(alphaHp));
        Dfp[] jHigh = angular(f, halfPi.negate(), kink, halfPi, p1, p2, high);
        Dfp[] jLow = angular(f, halfPi.negate(), kink, halfPi, p1, p2, low);
        double[] dj = new double[N_ANGULAR];
        for (int m = 0; m < N_ANGULAR; m++) {
            dj[m] = Math.abs(jHigh[m].subtract(jLow[m]).toDouble());
        }
        Dfp pi = field.getPi();
        double floor = Math.pow(10, 5 - digits) * (1 + alpha * alpha);
        double nw = f.normW.toDouble();
        double nv = f.normV.toDouble();

        Dfp value = f.normW.multiply(f.normV).multiply(jHigh[0]).divide(pi);
        double valueErr = nw * nv * (dj[0] / Math.PI + floor);

        Dfp gScale = f.normV.divide(pi);
        Dfp[] grad = new Dfp[d];
        for (int c = 0; c < d; c++) {
            grad[c] = gScale.multiply(jHigh[0].multiply(f.e1[c]).add(jHigh[1].multiply(f.e2[c])));
        }
        double gradErr = nv * ((dj[0] + dj[1]) / Math.PI + floor);

        Dfp[] hwv = new Dfp[d * d];
        Dfp perp = jHigh[5].divide(pi.multiply(2));
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                Dfp e11 = f.e1[r].multiply(f.e1[c]);
                Dfp e22 = f.e2[r].multiply(f.e2[c]);
                Dfp e12 = f.e1[r].multiply(f.e2[c]).add(f.e2[r].multiply(f.e1[c]));
                Dfp inPlane = jHigh[2].multiply(e11).add(jHigh[3].multiply(e12)).add(jHigh[4].multiply(e22))
                        .divide(pi);
                Dfp id = r == c ? field.getOne() : field.getZero();
                hwv[r * d + c] = inPlane.add(perp.multiply(id.subtract(e11).subtract(e22)));
            }
        }
        double hwvErr = (dj[2] + 2 * dj[3] + dj[4]) / Math.PI + dj[5] / (2 * Math.PI) + floor;

        Dfp[] hww = deltaLine(f, pi);
        double hwwErr = floor * nv / nw;
        return new HpKernel(value, grad, hww, hwv, f.theta, valueErr, gradErr, hwwErr, hwvErr);
    }

    /**
     * The angular integrals \( J_m = p_1\int_a^b g_m + p_2\int_b^c g_m \) for
     * \( g = (\cos\varphi\cos(\varphi-\theta), \sin\varphi\cos(\varphi-\theta), \cos^2\varphi,
     * \cos\varphi\sin\varphi, \sin^2\varphi, 1) \).
     */
    private Dfp[] angular(PlaneFrame f, Dfp a, Dfp b, Dfp c, Dfp p1, Dfp p2, GaussLegendreRule rule) {
        Dfp[] first = arc(f, a, b, rule);
        Dfp[] second = arc(f, b, c, rule);
        Dfp[] j = new Dfp[N_ANGULAR];
        for (int m = 0; m < N_ANGULAR; m++) {
            j[m] = p1.multiply(first[m]).add(p2.multiply(second[m]));
        }
        return j;
    }

    private Dfp[] arc(PlaneFrame f, Dfp a, Dfp b, GaussLegendreRule rule) {
        Dfp[] s = HighPrecision.zeros(field, N_ANGULAR);
        Dfp half = b.subtract(a).divide(2);
        if (half.isZero()) {
            return s;
        }
        Dfp mid = a.add(b).divide(2);
        for (int q = 0; q < rule.nodes.length; q++) {
            Dfp phi = mid.add(half.multiply(rule.nodes[q]));
            Dfp wq = half.multiply(rule.weights[q]);
            Dfp cp = phi.cos();
            Dfp sp = phi.sin();
            Dfp cv = cp.multiply(f.cosTheta).add(sp.multiply(f.sinTheta));
            Dfp wcv = wq.multiply(cv);
            s[0] = s[0].add(wcv.multiply(cp));
            s[1] = s[1].add(wcv.multiply(sp));
            Dfp wc = wq.multiply(cp);
            s[2] = s[2].add(wc.multiply(cp));
            s[3] = s[3].add(wc.multiply(sp));
            s[4] = s[4].add(wq.multiply(sp).multiply(sp));
            s[5] = s[5].add(wq);
        }
        return s;
    }

    /**
     * \( \nabla^2_{ww}K = \frac{1-\alpha}{|w|\sqrt{2\pi}} E_{x_2, x_\perp}[\sigma(|v|\sin\theta\,x_2)\,
     * (x_2 e_2 + x_\perp)(x_2 e_2 + x_\perp)^T] \), with the 1-D Gaussian integral over \( x_2 \) split into the two
     * rays \( x_2 = \epsilon r \), \( \epsilon = \pm1 \), on which \( \sigma(|v|\sin\theta\,\epsilon r) =
     * |v|\sin\theta\, r\, \epsilon\, s(\epsilon) \) (slope \( s(+) = 1, s(-) = \alpha \)); radial moments
     * \( \int_0^\infty r^m e^{-r^2/2} dr/\sqrt{2\pi} \) are exact (1/sqrt(2 pi) for m = 1, 2/sqrt(2 pi) for m = 3).
     */
    private Dfp[] deltaLine(PlaneFrame f, Dfp pi) {
        int d = f.e1.length;
        Dfp rays = field.getZero();
        for (int eps = 1; eps >= -1; eps -= 2) {
            Dfp slope = eps > 0 ? field.getOne() : alphaHp;
            rays = rays.add(slope.multiply(eps));
        }
        Dfp twoPi = pi.multiply(2);
        Dfp common = field.getOne().subtract(alphaHp).divide(f.normW).multiply(f.normV).multiply(f.sinTheta)
                .multiply(rays).divide(twoPi);
        Dfp onE2 = common.multiply(2);
        Dfp onPerp = common;
        Dfp[] h = new Dfp[d * d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                Dfp e11 = f.e1[r].multiply(f.e1[c]);
                Dfp e22 = f.e2[r].multiply(f.e2[c]);
                Dfp id = r == c ? field.getOne() : field.getZero();
                h[r * d + c] = onE2.multiply(e22).add(onPerp.multiply(id.subtract(e11).subtract(e22)));
            }
        }
        return h;
    }

    // ---------------------------------------------------------------- helpers

    private static void addBlock(Dfp[] g, int offset, Dfp[] x, int sign) {
        for (int c = 0; c < x.length; c++) {
            g[offset + c] = sign > 0 ? g[offset + c].add(x[c]) : g[offset + c].subtract(x[c]);
        }
    }

    private static void addMatrix(Dfp[] h, int kd, int bi, int bl, int d, Dfp[] block, int sign) {
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                int idx = (bi * d + r) * kd + bl * d + c;
                Dfp x = block[r * d + c];
                h[idx] = sign > 0 ? h[idx].add(x) : h[idx].subtract(x);
            }
        }
    }

    static boolean isZero(double[] x) {
        for (double xi : x) {
            if (xi != 0) {
                return false;
            }
        }
        return true;
    }

    private static void checkPair(double[] w, double[] v) {
        Require.finite(Require.nonNull(w, "w"), "w");
        Require.finite(Require.nonNull(v, "v"), "v");
        Require.sameLength(w.length, v.length, "v must have the length of w");
        Require.positive(w.length, "dimension d");
    }

    private static int checkNetwork(double[][] W, double[][] V) {
        Require.nonNull(W, "student W");
        Require.nonNull(V, "teacher V");
        Require.positive(W.length, "number of student rows k");
        int d = Require.positive(W[0].length, "input dimension d");
        for (double[] row : W) {
            Require.sameLength(d, Require.finite(row, "student row").length, "student row");
        }
        for (double[] row : V) {
            Require.sameLength(d, Require.finite(row, "teacher row").length, "teacher row (same d as student)");
        }
        return d;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
