package org.landscape.analysis;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.model.Models;
import org.landscape.model.ProfileKernel;

/**
 * The Hessian of \( L(W; I_k, \alpha) \) (k = n = d) at a \( \Delta S_k \)-symmetric point
 * \( W = a I + b (J - I) \), as a Hessian-vector product in \( O(k^3) = O(k^2 d) \) without the \( k^2 \times k^2 \)
 * matrix.
 *
 * <p>H commutes with \( U \mapsto P U P^T \), so its \( k \times k \) blocks are \( H_{ii} = P_\sigma H_{00} P_\sigma^T \)
 * and \( H_{il} = P_\sigma H_{01} P_\sigma^T \) for any \( \sigma \) with \( \sigma(0) = i, \sigma(1) = l \);
 * \( H_{00} \) is invariant under the stabiliser of 0 (5 distinct entries) and \( H_{01} \) under that of 0 and 1
 * (10 entries). The two blocks come from the kernel (MATH.md section 3):
 * \( H_{00} = \tfrac{1+\alpha^2}{2} I + \sum_{l \ne 0} \nabla^2_{ww} K(w_0, w_l) - \sum_j \nabla^2_{ww} K(w_0, v_j) \),
 * \( H_{01} = \nabla^2_{wv} K(w_0, w_1) \) (public kernel blocks of {@link ProfileKernel}, \( O(k d^2) \) once).
 * Then \( (HU)_{i,r} \) needs only the entries \( U_{l,i}, U_{l,l}, U_{l,r} \) and the row sums of U: \( O(k^2 d) \).
 * Needs \( k \ge 4 \) and every \( w_i \ne 0 \).
 */
public final class DeltaSymmetricHessian implements HessianVectorProduct {
    private final int k;
    /** H00 classes: [00, 0x, x0, xx, xy]. */
    private final double[] d0 = new double[5];
    /** H01 classes: rows/cols 0, 1, x (x = 2), plus xy. */
    private final double[][] c = new double[3][3];
    private double cxy;
    private final double asymmetry;

    /**
     * @param alpha leaky slope
     * @param k     width (k = n = d, teacher \( I_k \)), at least 4
     * @param a     diagonal entry of W
     * @param b     off-diagonal entry of W
     */
    public DeltaSymmetricHessian(double alpha, int k, double a, double b) {
        Require.finite(alpha, "alpha");
        Require.finite(a, "diagonal entry a");
        Require.finite(b, "off-diagonal entry b");
        if (k < 4) {
            throw new InvalidInputException("the Delta S_k block spectrum needs k >= 4, got " + k
                    + "; use the dense symmetry-adapted spectrum for small k");
        }
        if (a == 0 && b == 0) {
            throw new InvalidInputException("W = 0: every neuron is dead; the Hessian does not exist there");
        }
        this.k = k;
        double[] w0 = row(k, 0, a, b);
        double[] w1 = row(k, 1, a, b);
        ProfileKernel kernel = Models.kernel(alpha);
        double[] h00 = new double[k * k];
        double[] blk = new double[k * k];
        for (int l = 1; l < k; l++) {
            kernel.hessianWW(w0, row(k, l, a, b), blk);
            add(h00, blk, 1);
        }
        for (int j = 0; j < k; j++) {
            double[] v = new double[k];
            v[j] = 1;
            kernel.hessianWW(w0, v, blk);
            add(h00, blk, -1);
        }
        double self = (1 + alpha * alpha) / 2;
        for (int r = 0; r < k; r++) {
            h00[r * k + r] += self;
        }
        double[] h01 = new double[k * k];
        kernel.hessianWV(w0, w1, h01);
        d0[0] = h00[0];
        d0[1] = h00[1];
        d0[2] = h00[k];
        d0[3] = h00[k + 1];
        d0[4] = h00[k + 2];
        int[] rep = {0, 1, 2};
        for (int r = 0; r < 3; r++) {
            for (int s = 0; s < 3; s++) {
                c[r][s] = h01[rep[r] * k + rep[s]];
            }
        }
        cxy = h01[2 * k + 3];
        double dev = 0;
        for (int r = 0; r < k; r++) {
            for (int s = 0; s < k; s++) {
                dev = Math.max(dev, Math.abs(h00[r * k + s] - d0[cls0(r, s)]));
                dev = Math.max(dev, Math.abs(h01[r * k + s] - coefficient01(r, s, 0, 1)));
            }
        }
        asymmetry = dev;
    }

    private static double[] row(int k, int i, double a, double b) {
        double[] w = new double[k];
        java.util.Arrays.fill(w, b);
        w[i] = a;
        return w;
    }

    private static void add(double[] acc, double[] x, double f) {
        for (int q = 0; q < acc.length; q++) {
            acc[q] += f * x[q];
        }
    }

    private static int cls0(int r, int s) {
        if (r == 0) {
            return s == 0 ? 0 : 1;
        }
        if (s == 0) {
            return 2;
        }
        return r == s ? 3 : 4;
    }

    private double coefficient01(int r, int s, int i, int l) {
        int cr = r == i ? 0 : r == l ? 1 : 2;
        int cs = s == i ? 0 : s == l ? 1 : 2;
        if (cr == 2 && cs == 2 && r != s) {
            return cxy;
        }
        return c[cr][cs];
    }

    /** @return the largest deviation of the computed blocks from their assumed invariant pattern (0 ideally) */
    public double patternDeviation() {
        return asymmetry;
    }

    /** @return kd = k^2 */
    public int dimension() {
        return k * k;
    }

    @Override
    public void times(double[] u, double[] out) {
        int n = k;
        double[] rowSum = new double[n];
        for (int l = 0; l < n; l++) {
            double s = 0;
            for (int q = 0; q < n; q++) {
                s += u[l * n + q];
            }
            rowSum[l] = s;
        }
        for (int i = 0; i < n; i++) {
            int oi = i * n;
            double uii = u[oi + i];
            double restI = rowSum[i] - uii;
            for (int r = 0; r < n; r++) {
                double v;
                if (r == i) {
                    v = d0[0] * uii + d0[1] * restI;
                } else {
                    double uir = u[oi + r];
                    v = d0[2] * uii + d0[3] * uir + d0[4] * (restI - uir);
                }
                out[oi + r] = v;
            }
            for (int l = 0; l < n; l++) {
                if (l == i) {
                    continue;
                }
                int ol = l * n;
                double uli = u[ol + i];
                double ull = u[ol + l];
                double rest = rowSum[l] - uli - ull;
                // r = i and r = l
                out[oi + i] += c[0][0] * uli + c[0][1] * ull + c[0][2] * rest;
                out[oi + l] += c[1][0] * uli + c[1][1] * ull + c[1][2] * rest;
                double base = c[2][0] * uli + c[2][1] * ull + cxy * rest;
                double diag = c[2][2] - cxy;
                for (int r = 0; r < n; r++) {
                    if (r != i && r != l) {
                        out[oi + r] += base + diag * u[ol + r];
                    }
                }
            }
        }
    }
}
