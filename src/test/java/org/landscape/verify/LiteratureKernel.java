package org.landscape.verify;

import org.landscape.model.KernelEvaluator;
import org.landscape.model.LossEvaluator;

/**
 * A double-precision evaluator built from closed forms in the literature, typed in the test tree only, to give the
 * suite a correct evaluator to pass: \( K_\alpha = a^2\, w\cdot v + b^2 E|w\cdot x||v\cdot x| \) with
 * \( E|w\cdot x||v\cdot x| = \frac2\pi |w||v| (\sin\theta + (\pi/2 - \theta)\cos\theta) \)
 * (the arc-cosine kernels of Cho and Saul 2009 through \( |z| = 2\,\mathrm{relu}(z) - z \)), and the derivative
 * template of STACK-NOTES with \( h(u) = a^2 u + B(\sqrt{1-u^2} + u \arcsin u) \), \( B = 2b^2/\pi \).
 */
class LiteratureKernel implements KernelEvaluator {
    final double alpha;
    final double a2;
    final double bB;

    LiteratureKernel(double alpha) {
        this.alpha = alpha;
        double a = (1 + alpha) / 2;
        double b = (1 - alpha) / 2;
        this.a2 = a * a;
        this.bB = 2 * b * b / Math.PI;
    }

    @Override
    public double alpha() {
        return alpha;
    }

    /** Geometry: norms, Kahan angle, unit w, and p = v_hat - cos(theta) w_hat = sin(theta) e2. */
    record Geometry(double nw, double nv, double theta, double s, double c, double[] e1, double[] p) {
        static Geometry of(double[] w, double[] v) {
            int d = w.length;
            double nw = norm(w);
            double nv = norm(v);
            double[] diff = new double[d];
            double[] sum = new double[d];
            for (int i = 0; i < d; i++) {
                diff[i] = nv * w[i] - nw * v[i];
                sum[i] = nv * w[i] + nw * v[i];
            }
            double theta = 2 * Math.atan2(norm(diff), norm(sum));
            double c = Math.cos(theta);
            double[] e1 = new double[d];
            double[] p = new double[d];
            for (int i = 0; i < d; i++) {
                e1[i] = w[i] / nw;
            }
            for (int i = 0; i < d; i++) {
                p[i] = v[i] / nv - c * e1[i];
            }
            return new Geometry(nw, nv, theta, Math.sin(theta), c, e1, p);
        }
    }

    static double norm(double[] x) {
        double s = 0;
        for (double xi : x) {
            s += xi * xi;
        }
        return Math.sqrt(s);
    }

    @Override
    public double value(double[] w, double[] v) {
        double nw = norm(w);
        double nv = norm(v);
        if (nw == 0 || nv == 0) {
            return 0;
        }
        Geometry g = Geometry.of(w, v);
        double dot = 0;
        for (int i = 0; i < w.length; i++) {
            dot += w[i] * v[i];
        }
        return a2 * dot + bB * nw * nv * (g.s + (Math.PI / 2 - g.theta) * g.c);
    }

    @Override
    public void gradientW(double[] w, double[] v, double[] out) {
        Geometry g = Geometry.of(w, v);
        for (int i = 0; i < w.length; i++) {
            out[i] = bB * g.nv * g.s * g.e1[i] + (a2 + bB * (Math.PI / 2 - g.theta)) * v[i];
        }
    }

    @Override
    public void hessianWW(double[] w, double[] v, double[] out) {
        Geometry g = Geometry.of(w, v);
        int d = w.length;
        double f = bB * g.nv / g.nw;
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                double id = r == c ? 1 : 0;
                double pp = g.s == 0 ? 0 : g.p[r] * g.p[c] / g.s;
                out[r * d + c] = f * (g.s * (id - g.e1[r] * g.e1[c]) + pp);
            }
        }
    }

    @Override
    public void hessianWV(double[] w, double[] v, double[] out) {
        Geometry g = Geometry.of(w, v);
        int d = w.length;
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                double id = r == c ? 1 : 0;
                double pp = g.s == 0 ? 0 : g.c * g.p[r] * g.p[c] / g.s;
                double t = g.c * g.s * g.e1[r] * g.e1[c] - pp + g.s * (g.e1[r] * g.p[c] + g.p[r] * g.e1[c]);
                out[r * d + c] = a2 * id + bB * ((Math.PI / 2 - g.theta) * id + t);
            }
        }
    }

    /** The loss assembled from this kernel, with the self terms from \( K(w,w) = (1+\alpha^2)|w|^2/2 \). */
    static LossEvaluator loss(KernelEvaluator kern, double[][] V) {
        double alpha = kern.alpha();
        return new LossEvaluator() {
            @Override
            public double loss(double[][] W) {
                double s = 0;
                for (int i = 0; i < W.length; i++) {
                    s += (1 + alpha * alpha) / 4 * norm(W[i]) * norm(W[i]);
                    for (int l = i + 1; l < W.length; l++) {
                        s += kern.value(W[i], W[l]);
                    }
                    for (double[] vj : V) {
                        s -= kern.value(W[i], vj);
                    }
                }
                for (int j = 0; j < V.length; j++) {
                    s += (1 + alpha * alpha) / 4 * norm(V[j]) * norm(V[j]);
                    for (int m = j + 1; m < V.length; m++) {
                        s += kern.value(V[j], V[m]);
                    }
                }
                return s;
            }

            @Override
            public void gradient(double[][] W, double[] out) {
                int d = W[0].length;
                double[] g = new double[d];
                for (int i = 0; i < W.length; i++) {
                    for (int c = 0; c < d; c++) {
                        out[i * d + c] = (1 + alpha * alpha) / 2 * W[i][c];
                    }
                    for (int l = 0; l < W.length; l++) {
                        if (l != i) {
                            kern.gradientW(W[i], W[l], g);
                            add(out, i * d, g, 1);
                        }
                    }
                    for (double[] vj : V) {
                        kern.gradientW(W[i], vj, g);
                        add(out, i * d, g, -1);
                    }
                }
            }

            @Override
            public void hessian(double[][] W, double[] out) {
                int k = W.length;
                int d = W[0].length;
                int kd = k * d;
                java.util.Arrays.fill(out, 0, kd * kd, 0.0);
                double[] h = new double[d * d];
                for (int i = 0; i < k; i++) {
                    for (int c = 0; c < d; c++) {
                        out[(i * d + c) * kd + i * d + c] += (1 + alpha * alpha) / 2;
                    }
                    for (int l = 0; l < k; l++) {
                        if (l != i) {
                            kern.hessianWW(W[i], W[l], h);
                            block(out, kd, i, i, d, h, 1);
                            kern.hessianWV(W[i], W[l], h);
                            block(out, kd, i, l, d, h, 1);
                        }
                    }
                    for (double[] vj : V) {
                        kern.hessianWW(W[i], vj, h);
                        block(out, kd, i, i, d, h, -1);
                    }
                }
            }
        };
    }

    private static void add(double[] out, int off, double[] g, int sign) {
        for (int c = 0; c < g.length; c++) {
            out[off + c] += sign * g[c];
        }
    }

    private static void block(double[] out, int kd, int bi, int bl, int d, double[] h, int sign) {
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                out[(bi * d + r) * kd + bl * d + c] += sign * h[r * d + c];
            }
        }
    }
}
