package org.landscape.bench;

import org.landscape.compile.generated.LeakyKernelProfiles;
import org.landscape.model.LossAtPoint;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.model.OverlapLoss;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * Load-robust companion to {@link NetworkBenchmark} and {@link MachineSpeedBenchmark} for a shared
 * machine: each operation is repeated in rounds (warm-up first) and the minimum and median time per call
 * are printed. The minimum is the least disturbed by other processes. Same inputs as the JMH classes.
 * Run twice: as is (parallel above the threshold) and with {@code -Dlandscape.parallelMinFlops=1e300}
 * (serial).
 */
public final class MinTimes {
    private MinTimes() {
    }

    private static double sink;

    private static void time(String name, int calls, int rounds, DoubleSupplier op) {
        double[] t = new double[rounds];
        for (int r = 0; r < rounds + 5; r++) {
            long t0 = System.nanoTime();
            for (int c = 0; c < calls; c++) {
                sink += op.getAsDouble();
            }
            double per = (System.nanoTime() - t0) / (double) calls;
            if (r >= 5) {
                t[r - 5] = per;
            }
        }
        Arrays.sort(t);
        System.out.printf("%-28s min %12.1f ns   median %12.1f ns%n", name, t[0], t[rounds / 2]);
    }

    public static void main(String[] args) {
        Random rnd = new Random(7);
        double[][] v100 = NetworkBenchmark.gaussian(rnd, 100, 100);
        double[][] w100 = NetworkBenchmark.gaussian(rnd, 100, 100);
        double[][] v50 = NetworkBenchmark.gaussian(rnd, 50, 50);
        double[][] w50 = NetworkBenchmark.gaussian(rnd, 50, 50);
        NetworkLoss loss100 = Models.loss(0.3, v100);
        OverlapLoss overlap100 = Models.overlapLoss(0.3, v100);
        NetworkLoss loss50 = Models.loss(0.3, v50);
        double[] grad = new double[10000];
        double[] hess = new double[2500 * 2500];
        double[] u = new double[2500];
        double[] hu = new double[2500];
        for (int r = 0; r < u.length; r++) {
            u[r] = rnd.nextGaussian();
        }
        LossAtPoint parts = loss100.atPoint(w100, false);
        double[] x = new double[1024];
        double[] y = new double[1024];
        for (int i = 0; i < 1024; i++) {
            x[i] = Math.sin(i);
            y[i] = Math.cos(i);
        }
        double[] a = {1e-9};
        double[] prof = new double[8];
        LeakyKernelProfiles generated = new LeakyKernelProfiles();
        System.out.println("parallelism " + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism()
                + ", landscape.parallelMinFlops=" + System.getProperty("landscape.parallelMinFlops", "default"));
        time("axpy1024 (2048 flops)", 20000, 30, () -> {
            a[0] = -a[0];
            double s = a[0];
            for (int i = 0; i < 1024; i++) {
                y[i] += s * x[i];
            }
            return y[7];
        });
        time("fill50MB", 3, 20, () -> {
            a[0] = -a[0];
            Arrays.fill(hess, a[0]);
            return hess[5];
        });
        time("profile call (8 profiles)", 100000, 30, () -> {
            a[0] = -a[0];
            generated.nearZero(0.7 + a[0], prof);
            return prof[4];
        });
        time("lossGradient100 direct", 5, 30, () -> loss100.lossAndGradient(w100, grad));
        time("lossGradient100 overlap", 5, 30, () -> overlap100.lossAndGradient(w100, grad));
        time("loss100 direct", 5, 30, () -> loss100.loss(w100));
        time("hessian50", 2, 20, () -> {
            loss50.hessian(w50, hess);
            return hess[17];
        });
        time("hessianTimes50", 10, 30, () -> {
            loss50.hessianTimes(w50, u, hu);
            return hu[3];
        });
        time("atPoint100 (no Hessian)", 2, 20, () -> loss100.atPoint(w100, false).loss(0.1));
        time("alpha step from parts100", 10000, 30, () -> {
            a[0] = -a[0];
            parts.gradient(0.3 + a[0], grad);
            return parts.loss(0.3 + a[0]);
        });
        System.out.println("(sink " + sink + ")");
    }
}
