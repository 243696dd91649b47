package org.landscape.bench;

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

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * This machine's speed for the lower bounds of bench/RESULTS.md, measured with the same JVM:
 * the multiply-add rate of a vectorised Java axpy on L1-resident data (the best a plain Java kernel
 * reaches: 2 flops per element), the rate of a dot product (a reduction the JIT does not vectorise),
 * and the write bandwidth of filling a 2500 x 2500 double matrix (50 MB).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Thread)
public class MachineSpeedBenchmark {
    private final double[] x = new double[1024];
    private final double[] y = new double[1024];
    private final double[] big = new double[2500 * 2500];
    private double a = 1e-9;

    @Setup
    public void setUp() {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i);
            y[i] = Math.cos(i);
        }
    }

    /** y += a x over 1024 doubles: 2048 flops. */
    @Benchmark
    public double[] axpy1024() {
        double s = a;
        for (int i = 0; i < 1024; i++) {
            y[i] += s * x[i];
        }
        a = -a;
        return y;
    }

    /** x . y over 1024 doubles: 2048 flops, one accumulator. */
    @Benchmark
    public double dot1024() {
        double s = 0;
        for (int i = 0; i < 1024; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** Writes 50,000,000 bytes. */
    @Benchmark
    public double[] fill50MB() {
        a = -a;
        Arrays.fill(big, a);
        return big;
    }
}
