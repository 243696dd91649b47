package org.landscape.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The fixed, seeded case list of the {@link VerificationSuite}.
 *
 * <p>Kernel cases: every angle \( \theta \in \{0, 10^{-12}, 10^{-8}, 0.3, \pi/2, 2, \pi - 10^{-8}, \pi\} \) with every
 * \( \alpha \in \{-1.3, -1, -0.5, 0, 0.2, 1, 1.7\} \) (56 cases), norms cycling through pairs from \( 10^{-6} \) to
 * \( 10^{6} \), dimension cycling through 2, 3, 4, in a random orthonormal frame; \( \theta = 0, \pi \) are exactly
 * (anti)parallel (v a power of two times w). Plus random cases with \( \alpha \in [-3, 3] \), one with d = 1, and
 * v = 3w, v = -0.7w rounded entrywise (parallel up to rounding). The reduced list takes every fifth of the 56 (still
 * every angle and every alpha), one random case and v = 3w.
 * Network cases: small random networks, near-parallel students (\( W = V + 10^{-8} \) noise), the global minimum
 * \( W = V \), near-antiparallel students, with k, n, d up to 4.
 */
public final class VerificationCases {
    /** The angles every full run covers. */
    public static final double[] ANGLES = {0, 1e-12, 1e-8, 0.3, Math.PI / 2, 2, Math.PI - 1e-8, Math.PI};
    /** The slopes every full run covers. */
    public static final double[] ALPHAS = {-1.3, -1, -0.5, 0, 0.2, 1, 1.7};
    private static final double[][] NORMS = {
            {1, 1}, {1e-6, 1}, {1e6, 1e-3}, {1e-3, 1e6}, {2.5, 0.4}, {1e6, 1e6}, {1e-6, 1e-6}, {1, 1e-6}};

    /** One kernel case; arrays are views (the suite copies before handing them out). */
    public record KernelCase(String label, double alpha, double[] w, double[] v) {
    }

    /** One network case; arrays are views. */
    public record NetworkCase(String label, double alpha, double[][] W, double[][] V) {
    }

    private VerificationCases() {
    }

    /** @return the kernel cases for {@code size}, reproducible from {@code seed} */
    public static List<KernelCase> kernelCases(VerificationSettings.Size size, long seed) {
        Random rnd = new Random(seed);
        List<KernelCase> all = new ArrayList<>();
        for (int ai = 0; ai < ALPHAS.length; ai++) {
            for (int ti = 0; ti < ANGLES.length; ti++) {
                int idx = ai * ANGLES.length + ti;
                double[] nm = NORMS[(ai + ti) % NORMS.length];
                all.add(planar(rnd, ALPHAS[ai], ANGLES[ti], nm[0], nm[1], 2 + idx % 3));
            }
        }
        List<KernelCase> out = new ArrayList<>();
        if (size == VerificationSettings.Size.FULL) {
            out.addAll(all);
            for (int r = 0; r < 5; r++) {
                double alpha = -3 + 6 * rnd.nextDouble();
                double theta = Math.PI * rnd.nextDouble();
                out.add(planar(rnd, alpha, theta, Math.pow(10, -3 + 6 * rnd.nextDouble()),
                        Math.pow(10, -3 + 6 * rnd.nextDouble()), 2 + r % 3));
            }
            out.add(new KernelCase("d=1 antiparallel alpha=-0.7", -0.7, new double[] {1.5}, new double[] {-0.7}));
            out.add(roundedMultiple(rnd, 0.2, 3.0, 3));
            out.add(roundedMultiple(rnd, -1.3, -0.7, 4));
        } else {
            for (int i = 0; i < all.size(); i += 5) {
                out.add(all.get(i));
            }
            out.add(planar(rnd, -2.6, 1.1, 3.0, 0.02, 3));
            out.add(roundedMultiple(rnd, 0.2, 3.0, 3));
        }
        return out;
    }

    /** @return the network cases for {@code size}, reproducible from {@code seed} */
    public static List<NetworkCase> networkCases(VerificationSettings.Size size, long seed) {
        Random rnd = new Random(seed + 1);
        List<NetworkCase> out = new ArrayList<>();
        out.add(new NetworkCase("random k=2 n=3 d=2", -0.5, gaussian(rnd, 2, 2, 1), gaussian(rnd, 3, 2, 1)));
        double[][] eye3 = identity(3);
        out.add(new NetworkCase("near-parallel W=I+1e-8 k=n=d=3", 0.2, perturb(rnd, eye3, 1e-8), eye3));
        out.add(new NetworkCase("global minimum W=V k=n=d=2", 1.7, identity(2), identity(2)));
        if (size == VerificationSettings.Size.FULL) {
            out.add(new NetworkCase("random k=n=d=3", 0, gaussian(rnd, 3, 3, 1), gaussian(rnd, 3, 3, 1)));
            out.add(new NetworkCase("random k=3 n=2 d=4", 1.7, gaussian(rnd, 3, 4, 1), gaussian(rnd, 2, 4, 2)));
            out.add(new NetworkCase("global minimum W=V=I k=n=d=4", -1.3, identity(4), identity(4)));
            double[][] anti = gaussian(rnd, 2, 3, 1);
            anti[1] = new double[] {-0.5 * anti[0][0], -0.5 * anti[0][1] + 1e-9, -0.5 * anti[0][2]};
            out.add(new NetworkCase("near-antiparallel students k=2 n=3 d=3", -3 + 6 * rnd.nextDouble(), anti,
                    gaussian(rnd, 3, 3, 1)));
            out.add(new NetworkCase("random k=n=d=4 linear", 1, gaussian(rnd, 4, 4, 1), gaussian(rnd, 4, 4, 1)));
        }
        return out;
    }

    private static KernelCase planar(Random rnd, double alpha, double theta, double nw, double nv, int d) {
        double[] u1 = unit(rnd, d);
        double[] u2 = unit(rnd, d);
        double proj = 0;
        for (int c = 0; c < d; c++) {
            proj += u1[c] * u2[c];
        }
        double n2 = 0;
        for (int c = 0; c < d; c++) {
            u2[c] -= proj * u1[c];
            n2 += u2[c] * u2[c];
        }
        n2 = Math.sqrt(n2);
        double[] w = new double[d];
        double[] v = new double[d];
        double ratio = Math.scalb(1.0, (int) Math.round(Math.log(nv / nw) / Math.log(2)));
        for (int c = 0; c < d; c++) {
            w[c] = nw * u1[c];
        }
        for (int c = 0; c < d; c++) {
            if (theta == 0) {
                v[c] = ratio * w[c];
            } else if (theta == Math.PI) {
                v[c] = -ratio * w[c];
            } else {
                v[c] = nv * (Math.cos(theta) * u1[c] + Math.sin(theta) * u2[c] / n2);
            }
        }
        String label = String.format(java.util.Locale.ROOT, "alpha=%s theta=%s |w|=%.1g |v|=%.1g d=%d", alpha,
                angleLabel(theta), nw, nv, d);
        return new KernelCase(label, alpha, w, v);
    }

    /** v = factor * w rounded entrywise: parallel or antiparallel up to rounding (theta about 1e-16 or exactly 0). */
    private static KernelCase roundedMultiple(Random rnd, double alpha, double factor, int d) {
        double[] w = unit(rnd, d);
        double[] v = new double[d];
        for (int c = 0; c < d; c++) {
            v[c] = factor * w[c];
        }
        return new KernelCase(String.format(java.util.Locale.ROOT, "alpha=%s v=%s*w (rounded) d=%d", alpha, factor,
                d), alpha, w, v);
    }

    private static String angleLabel(double theta) {
        if (theta == 0) {
            return "0";
        } else if (theta == Math.PI) {
            return "pi";
        } else if (theta == Math.PI - 1e-8) {
            return "pi-1e-8";
        } else if (theta == Math.PI / 2) {
            return "pi/2";
        }
        return String.format(java.util.Locale.ROOT, "%.3g", theta);
    }

    private static double[] unit(Random rnd, int d) {
        double[] x = new double[d];
        double n = 0;
        for (int c = 0; c < d; c++) {
            x[c] = rnd.nextGaussian();
            n += x[c] * x[c];
        }
        n = Math.sqrt(n);
        for (int c = 0; c < d; c++) {
            x[c] /= n;
        }
        return x;
    }

    private static double[][] gaussian(Random rnd, int rows, int d, double scale) {
        double[][] m = new double[rows][d];
        for (double[] row : m) {
            for (int c = 0; c < d; c++) {
                row[c] = scale * rnd.nextGaussian();
            }
        }
        return m;
    }

    private static double[][] identity(int d) {
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[][] perturb(Random rnd, double[][] m, double eps) {
        double[][] p = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            p[i] = m[i].clone();
            for (int c = 0; c < p[i].length; c++) {
                p[i][c] += eps * rnd.nextGaussian();
            }
        }
        return p;
    }
}
