package org.landscape.verify;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;

import java.util.SplittableRandom;

/**
 * Seeded Monte Carlo estimates of Gaussian expectations, straight from their definitions (MATH.md sections 1-3),
 * with standard errors so that a checker can report z-scores. Samples \( x \sim N(0, I_d) \) come from
 * {@link SplittableRandom#nextGaussian()} seeded per call, so every estimate is reproducible.
 * <ul>
 *   <li>kernel: \( K = E[\sigma(w\cdot x)\sigma(v\cdot x)] \), \( \nabla_w K = E[\sigma'(w\cdot x)\sigma(v\cdot x)x] \),
 *       \( \nabla^2_{wv}K = E[\sigma'(w\cdot x)\sigma'(v\cdot x)xx^T] \);</li>
 *   <li>network: \( L = \tfrac12 E[(f_W - f_V)^2] \) and
 *       \( \nabla_{w_i}L = E[(f_W(x) - f_V(x))\sigma'(w_i\cdot x)x] \).</li>
 * </ul>
 * The delta-function block \( \nabla^2_{ww}K \) has no plain Monte Carlo estimator and is not offered. Accuracy:
 * standard error about \( \text{sd}/\sqrt{N} \), e.g. \( 10^{-3} |w||v| \) for the kernel at the default
 * \( N = 10^6 \). Cost: \( O(N d^2) \) per kernel pair, \( O(N (k+n) d) \) per network.
 */
public final class MonteCarloReference {
    /** Default sample size. */
    public static final int DEFAULT_SAMPLES = 1_000_000;

    private final double alpha;
    private final int samples;

    /** Reference with the default \( N = 10^6 \) samples. */
    public MonteCarloReference(double alpha) {
        this(alpha, DEFAULT_SAMPLES);
    }

    /**
     * @param alpha   leaky slope, finite
     * @param samples N, at least 2
     */
    public MonteCarloReference(double alpha, int samples) {
        this.alpha = Require.finite(alpha, "alpha");
        if (samples < 2) {
            throw new InvalidInputException("Monte Carlo needs at least 2 samples, got " + samples);
        }
        this.samples = samples;
    }

    /** @return the leaky slope */
    public double alpha() {
        return alpha;
    }

    /** @return N */
    public int samples() {
        return samples;
    }

    /**
     * Estimates of the kernel, its w-gradient and the mixed Hessian, packed as one vector
     * {@code [K, grad_0..grad_{d-1}, H_00 .. H_{d-1,d-1}]} (H row-major, {@code H[r*d+c]}).
     *
     * @param w    read
     * @param v    read, same length
     * @param seed the seed
     * @return the estimate (length {@code 1 + d + d*d})
     */
    public MonteCarloEstimate kernel(double[] w, double[] v, long seed) {
        Require.finite(w, "w");
        Require.finite(v, "v");
        Require.sameLength(w.length, v.length, "v must have the length of w");
        int d = w.length;
        int m = 1 + d + d * d;
        Welford acc = new Welford(m);
        double[] x = new double[d];
        double[] y = new double[m];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int s = 0; s < samples; s++) {
            double wx = 0;
            double vx = 0;
            for (int c = 0; c < d; c++) {
                x[c] = rnd.nextGaussian();
                wx += w[c] * x[c];
                vx += v[c] * x[c];
            }
            double dw = wx >= 0 ? 1 : alpha;
            double dv = vx >= 0 ? 1 : alpha;
            double sv = dv * vx;
            y[0] = dw * wx * sv;
            for (int c = 0; c < d; c++) {
                y[1 + c] = dw * sv * x[c];
                for (int r = 0; r < d; r++) {
                    y[1 + d + r * d + c] = dw * dv * x[r] * x[c];
                }
            }
            acc.add(y);
        }
        return acc.estimate(seed);
    }

    /**
     * Estimates of the loss and its gradient, packed as {@code [L, g_0 .. g_{kd-1}]} (gradient index i*d+c).
     *
     * @param W    student, k x d, read
     * @param V    teacher, n x d, read
     * @param seed the seed
     * @return the estimate (length {@code 1 + k*d})
     */
    public MonteCarloEstimate loss(double[][] W, double[][] V, long seed) {
        int k = W.length;
        int d = W[0].length;
        for (double[] row : W) {
            Require.sameLength(d, Require.finite(row, "student row").length, "student row");
        }
        for (double[] row : V) {
            Require.sameLength(d, Require.finite(row, "teacher row").length, "teacher row (same d as student)");
        }
        int m = 1 + k * d;
        Welford acc = new Welford(m);
        double[] x = new double[d];
        double[] slope = new double[k];
        double[] y = new double[m];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int s = 0; s < samples; s++) {
            for (int c = 0; c < d; c++) {
                x[c] = rnd.nextGaussian();
            }
            double residual = 0;
            for (int i = 0; i < k; i++) {
                double z = dot(W[i], x);
                slope[i] = z >= 0 ? 1 : alpha;
                residual += slope[i] * z;
            }
            for (double[] vj : V) {
                double z = dot(vj, x);
                residual -= z >= 0 ? z : alpha * z;
            }
            y[0] = 0.5 * residual * residual;
            for (int i = 0; i < k; i++) {
                double f = residual * slope[i];
                for (int c = 0; c < d; c++) {
                    y[1 + i * d + c] = f * x[c];
                }
            }
            acc.add(y);
        }
        return acc.estimate(seed);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int c = 0; c < a.length; c++) {
            s += a[c] * b[c];
        }
        return s;
    }

    /** Welford's running mean and sum of squared deviations, per entry. */
    private static final class Welford {
        private final double[] mean;
        private final double[] m2;
        private long n;

        Welford(int m) {
            mean = new double[m];
            m2 = new double[m];
        }

        void add(double[] y) {
            n++;
            for (int e = 0; e < y.length; e++) {
                double delta = y[e] - mean[e];
                mean[e] += delta / n;
                m2[e] += delta * (y[e] - mean[e]);
            }
        }

        MonteCarloEstimate estimate(long seed) {
            double[] se = new double[mean.length];
            for (int e = 0; e < se.length; e++) {
                se[e] = Math.sqrt(Math.max(m2[e], 0) / (n - 1) / n);
            }
            return new MonteCarloEstimate(mean, se, (int) n, seed);
        }
    }
}
