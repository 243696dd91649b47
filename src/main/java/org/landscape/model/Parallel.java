package org.landscape.model;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Runs a loop over neuron rows {@code 0..k-1}, either serially on the caller's scratch or split into
 * chunks on the common {@link ForkJoinPool}, each chunk with its own scratch. Work per row is independent
 * and every row is written by exactly one chunk, so parallel results equal serial results bit for bit.
 */
final class Parallel {
    private Parallel() {
    }

    /** A loop body over rows {@code [from, to)} with its own scratch. */
    interface RowTask {
        void run(int from, int to, Scratch scratch);
    }

    /** Per-thread scratch: pair geometry, an 8-slot profile buffer and two length-d vectors. */
    static final class Scratch {
        final PairGeometry geo;
        final double[] prof = new double[8];
        final double[] angles = new double[8];
        final double[] x;
        final double[] y;

        /** Per-pair normals and coefficients of one Hessian row block (sized on first use). */
        double[][] dRows = new double[0][];
        double[] fij = new double[0];
        double[] fsj = new double[0];
        double[] ftj = new double[0];
        /** The two running sums of the axis-teacher angles of one student row ({@code StudentPairs}, sized on first use). */
        double[] axisPp = new double[0];
        double[] axisQq = new double[0];

        void ensureAxis(int n) {
            if (axisPp.length < n) {
                axisPp = new double[n];
                axisQq = new double[n];
            }
        }

        void ensureRows(int count, int d) {
            if (dRows.length < count) {
                dRows = new double[count][d];
                fij = new double[count];
                fsj = new double[count];
                ftj = new double[count];
            }
        }

        Scratch(int d) {
            geo = new PairGeometry(d);
            x = new double[d];
            y = new double[d];
        }
    }

    /**
     * @param work estimated flops of the whole loop; below {@link ModelThresholds#PARALLEL_MIN_FLOPS}
     *             (or on one core) the loop runs serially on {@code serial}
     */
    static void forRows(int k, double work, Scratch serial, RowTask task) {
        // the calling thread works too (invoke runs the root task), so on 2 cores the common pool's
        // parallelism of 1 still gives two workers
        int cores = Runtime.getRuntime().availableProcessors();
        if (work < ModelThresholds.PARALLEL_MIN_FLOPS || cores < 2 || k < 2) {
            task.run(0, k, serial);
            return;
        }
        int chunks = Math.min(k, 4 * cores);
        int d = serial.x.length;
        ForkJoinPool.commonPool().invoke(new Chunk(k, chunks, 0, chunks, d, task));
    }

    private static final class Chunk extends RecursiveAction {
        private final int k;
        private final int chunks;
        private final int lo;
        private final int hi;
        private final int d;
        private final RowTask task;

        Chunk(int k, int chunks, int lo, int hi, int d, RowTask task) {
            this.k = k;
            this.chunks = chunks;
            this.lo = lo;
            this.hi = hi;
            this.d = d;
            this.task = task;
        }

        @Override
        protected void compute() {
            if (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                invokeAll(new Chunk(k, chunks, lo, mid, d, task), new Chunk(k, chunks, mid, hi, d, task));
                return;
            }
            int from = (int) ((long) k * lo / chunks);
            int to = (int) ((long) k * hi / chunks);
            if (from < to) {
                task.run(from, to, new Scratch(d));
            }
        }
    }
}
