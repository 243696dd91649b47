package org.landscape.model;

/**
 * The numeric switches of the {@code model} package, each with the measurement that set it
 * (STYLE convention 11). Benchmarks: {@code bench/} ({@code EvaluatorBenchmark}), results in
 * {@code bench/RESULTS.md}, section "Evaluators (issue 3)".
 */
public final class ModelThresholds {
    private ModelThresholds() {
    }

    /**
     * A loop over neuron rows runs on the common fork-join pool only when its estimated work is at
     * least this many flops; below it runs serially on pre-allocated scratch. Benchmark:
     * {@code bench/.../ParallelThresholdBenchmark} (forced parallel vs forced serial, k = n = d = 8..48) and
     * {@code MinTimes}; {@code bench/RESULTS.md}, "Evaluators (issue 3)". Provisional: during the measuring
     * session the 2-core machine ran at load 4-14 (other engineers' builds), so neither path could show its
     * unloaded speed and the crossover was not resolved; 1e6 flops (about 0.1-0.3 ms of serial work, against a
     * fork-join split of tens of microseconds) is the conservative value kept until an unloaded run.
     * Results do not depend on it (rows are independent; parallel equals serial bit for bit).
     * The system property {@code landscape.parallelMinFlops} overrides it (read once at class loading;
     * the benchmarks use it to force either path).
     */
    public static final double PARALLEL_MIN_FLOPS = Double.parseDouble(
            System.getProperty("landscape.parallelMinFlops", "1e6"));

    /**
     * The pair angles of an axis teacher (unit rows \( \pm e_a \), as the census teacher) take the running-sum path of
     * {@code StudentPairs} only from this input dimension d on; below it the general four-pair loop is faster.
     * Results do not depend on it (both paths give the same bits). Benchmark: {@code bench/.../InterleavedDescent}
     * (census descent steps, thread CPU time, against the build without the path, alternating in one JVM),
     * {@code bench/RESULTS.md}, "Census speed, third pass": at k = n = d = 20 the path cost 4-9% per step, at 30
     * and 40 it was within the spread (+-3%), at 50 it saved a further 3-5% beyond the axis gradient rows.
     */
    public static final int AXIS_ANGLES_MIN_D = 40;
}
