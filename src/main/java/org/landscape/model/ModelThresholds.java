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
     * least this many flops; below it runs serially on pre-allocated scratch. Set from
     * {@code EvaluatorBenchmark.lossGradient} / {@code serialVsParallel} on the 2-core benchmark machine:
     * the parallel split (a fork-join submission, one scratch per chunk) costs about 20-40 us, which a
     * loop of 1e6 flops (about 0.3-0.5 ms serial) repays; at 1e5 flops it does not. The system property
     * {@code landscape.parallelMinFlops} overrides it (read once at class loading; the benchmark uses it to
     * force either path).
     */
    public static final double PARALLEL_MIN_FLOPS = Double.parseDouble(
            System.getProperty("landscape.parallelMinFlops", "1e6"));
}
