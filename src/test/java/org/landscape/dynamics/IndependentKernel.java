package org.landscape.dynamics;

/**
 * An independent closed form of the kernel for tests: with \( \sigma = a z + b|z| \), \( a = (1+\alpha)/2 \),
 * \( b = (1-\alpha)/2 \), the cross term vanishes by \( x \to -x \) and \( E|X||Y| = \frac{2}{\pi}(\sqrt{1-\rho^2}
 * + \rho \arcsin \rho) \) for unit normals with correlation \( \rho \) (MATH.md section 2), so
 * \( K = a^2 |w||v|\cos\theta + b^2 |w||v| \frac{2}{\pi}(\sin\theta + (\pi/2 - \theta)\cos\theta) \).
 * Not the code under test (which assembles compiled profiles of a Symja derivation).
 */
final class IndependentKernel {
    private IndependentKernel() {
    }

    static double k(double alpha, double[] w, double[] v) {
        double nw = 0;
        double nv = 0;
        double dot = 0;
        for (int i = 0; i < w.length; i++) {
            nw += w[i] * w[i];
            nv += v[i] * v[i];
            dot += w[i] * v[i];
        }
        nw = Math.sqrt(nw);
        nv = Math.sqrt(nv);
        if (nw == 0 || nv == 0) {
            return 0;
        }
        double rho = Math.max(-1, Math.min(1, dot / (nw * nv)));
        double a = (1 + alpha) / 2;
        double b = (1 - alpha) / 2;
        double e = 2 / Math.PI * (Math.sqrt(1 - rho * rho) + rho * Math.asin(rho));
        return nw * nv * (a * a * rho + b * b * e);
    }

    /** D(u) = sum_{live} K(u, w_l) - sum_j K(u, v_j). */
    static double directional(double alpha, double[][] w, double[][] v, double[] u) {
        double s = 0;
        for (double[] wl : w) {
            s += k(alpha, u, wl);
        }
        for (double[] vj : v) {
            s -= k(alpha, u, vj);
        }
        return s;
    }

    /** The loss 1/2 E[(f_W - f_V)^2] from the kernel. */
    static double loss(double alpha, double[][] w, double[][] v) {
        double s = 0;
        for (double[] a : w) {
            for (double[] b : w) {
                s += 0.5 * k(alpha, a, b);
            }
            for (double[] b : v) {
                s -= k(alpha, a, b);
            }
        }
        for (double[] a : v) {
            for (double[] b : v) {
                s += 0.5 * k(alpha, a, b);
            }
        }
        return s;
    }
}
