package org.landscape.bench;

import org.landscape.compile.generated.LeakyKernelProfiles;
import org.landscape.model.ProfileKernel;

import java.util.Random;

/**
 * A load-robust companion to {@link KernelHessianBenchmark} for a shared machine: times batches of
 * 200,000 kernel Hessians, alternating compiled and hand-written on the same 64 pairs, 60 rounds after a
 * 20-round warm-up, and reports the minimum and median ns/call of each (the minimum is the least
 * disturbed by other processes). Run: {@code java -cp ... org.landscape.bench.InterleavedRatio}.
 */
public final class InterleavedRatio {
    private InterleavedRatio() {
    }

    public static void main(String[] args) {
        int pairs = 64;
        double alpha = 0.3;
        double[][] w = new double[pairs][3];
        double[][] v = new double[pairs][3];
        Random rnd = new Random(1);
        for (int p = 0; p < pairs; p++) {
            double theta;
            do {
                for (int c = 0; c < 3; c++) {
                    w[p][c] = rnd.nextGaussian();
                    v[p][c] = rnd.nextGaussian();
                }
                double dot = w[p][0] * v[p][0] + w[p][1] * v[p][1] + w[p][2] * v[p][2];
                double nw = Math.sqrt(w[p][0] * w[p][0] + w[p][1] * w[p][1] + w[p][2] * w[p][2]);
                double nv = Math.sqrt(v[p][0] * v[p][0] + v[p][1] * v[p][1] + v[p][2] * v[p][2]);
                theta = Math.acos(dot / (nw * nv));
            } while (theta < 0.6 || theta > Math.PI - 0.6);
        }
        ProfileKernel compiled = new ProfileKernel(alpha, new LeakyKernelProfiles());
        double[] out = new double[9];
        int batch = 200_000;
        int rounds = 80;
        double[] tc = new double[rounds];
        double[] th = new double[rounds];
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                int p = i & (pairs - 1);
                compiled.hessianWW(w[p], v[p], out);
                sink += out[4];
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                int p = i & (pairs - 1);
                KernelHessianBenchmark.handWrittenHessianWW(alpha, w[p], v[p], out);
                sink += out[4];
            }
            long t2 = System.nanoTime();
            tc[r] = (t1 - t0) / (double) batch;
            th[r] = (t2 - t1) / (double) batch;
        }
        double[] c = java.util.Arrays.copyOfRange(tc, 20, rounds);
        double[] h = java.util.Arrays.copyOfRange(th, 20, rounds);
        java.util.Arrays.sort(c);
        java.util.Arrays.sort(h);
        System.out.printf("compiled     min %.1f ns  median %.1f ns%n", c[0], c[c.length / 2]);
        System.out.printf("hand-written min %.1f ns  median %.1f ns%n", h[0], h[h.length / 2]);
        System.out.printf("ratio of minima %.2f, of medians %.2f (sink %.3g)%n", c[0] / h[0],
                c[c.length / 2] / h[h.length / 2], sink);
    }
}
