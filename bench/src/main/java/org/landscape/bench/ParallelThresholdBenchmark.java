package org.landscape.bench;

import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Sets {@code ModelThresholds.PARALLEL_MIN_FLOPS}: loss + gradient at k = n = d = size, every row loop
 * forced onto the fork-join pool ({@link #parallel}) or forced serial ({@link Serial}).
 * Work of the pair loop: 6 k (k/2 + n) d flops; of the gradient loop: 2 k (k+n) d flops.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dlandscape.parallelMinFlops=0"})
@State(Scope.Thread)
public class ParallelThresholdBenchmark {
    @Param({"8", "16", "24", "32", "48"})
    int size;
    double[][] w;
    double[] grad;
    NetworkLoss loss;

    @Setup
    public void setUp() {
        Random rnd = new Random(3);
        loss = Models.loss(0.3, NetworkBenchmark.gaussian(rnd, size, size));
        w = NetworkBenchmark.gaussian(rnd, size, size);
        grad = new double[size * size];
    }

    @Benchmark
    public double parallel() {
        return loss.lossAndGradient(w, grad);
    }

    /** The same loop on one thread. */
    @Fork(value = 1, jvmArgsAppend = {"-Dlandscape.parallelMinFlops=1e300"})
    public static class Serial extends ParallelThresholdBenchmark {
    }
}
