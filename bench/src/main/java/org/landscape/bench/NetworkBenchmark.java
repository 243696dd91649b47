package org.landscape.bench;

import org.landscape.model.LossAtPoint;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.model.OverlapLoss;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Issue 3, benchmark 2: loss + gradient at k = n = d = 100 (direct Kahan-angle evaluator and overlap
 * form), Hessian assembly at k = n = d = 50 (a 2500 x 2500 matrix), the Hessian-vector product at the same
 * point, and the per-alpha cost of {@link LossAtPoint}. Same random Gaussian W and V (seed 7) for all.
 * This class runs with the default parallel threshold (both cores); {@link Serial} repeats it on one thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Thread)
public class NetworkBenchmark {
    double[][] w100;
    double[][] w50;
    NetworkLoss loss100;
    OverlapLoss overlap100;
    NetworkLoss loss50;
    LossAtPoint parts100;
    double[] grad100 = new double[100 * 100];
    double[] hess50 = new double[2500 * 2500];
    double[] u50 = new double[2500];
    double[] hu50 = new double[2500];
    double alpha;

    static double[][] gaussian(Random rnd, int k, int d) {
        double[][] m = new double[k][d];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                m[i][c] = rnd.nextGaussian();
            }
        }
        return m;
    }

    @Setup
    public void setUp() {
        Random rnd = new Random(7);
        double[][] v100 = gaussian(rnd, 100, 100);
        w100 = gaussian(rnd, 100, 100);
        double[][] v50 = gaussian(rnd, 50, 50);
        w50 = gaussian(rnd, 50, 50);
        loss100 = Models.loss(0.3, v100);
        overlap100 = Models.overlapLoss(0.3, v100);
        loss50 = Models.loss(0.3, v50);
        parts100 = loss100.atPoint(w100, false);
        for (int r = 0; r < u50.length; r++) {
            u50[r] = rnd.nextGaussian();
        }
    }

    @Benchmark
    public double lossGradient100() {
        return loss100.lossAndGradient(w100, grad100);
    }

    @Benchmark
    public double lossGradientOverlap100() {
        return overlap100.lossAndGradient(w100, grad100);
    }

    @Benchmark
    public double[] hessian50() {
        loss50.hessian(w50, hess50);
        return hess50;
    }

    @Benchmark
    public double[] hessianTimes50() {
        loss50.hessianTimes(w50, u50, hu50);
        return hu50;
    }

    /** One alpha of a sweep at a fixed point: loss and gradient from the stored parts. */
    @Benchmark
    public double alphaStepFromParts100() {
        alpha += 1e-3;
        parts100.gradient(alpha, grad100);
        return parts100.loss(alpha);
    }

    /** Building the parts (once per point of a sweep). */
    @Benchmark
    public LossAtPoint atPoint100() {
        return loss100.atPoint(w100, false);
    }

    /** The same benchmarks on one thread (parallel threshold set out of reach). */
    @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dlandscape.parallelMinFlops=1e300"})
    public static class Serial extends NetworkBenchmark {
    }
}
