package org.landscape.analysis;


/**
 * Settings of a {@link Census}: teacher \( V = [I_n\ 0] \) (the first n unit rows of \( \mathbb{R}^d \), \( n \le d \)),
 * k student neurons, slope alpha, {@code inits} seeded random starts of which this shard runs those with
 * index \( j \equiv \) shard (mod shards).
 *
 * @param k                 student width, 1..64
 * @param n                 teacher width, 1..d
 * @param d                 input dimension, 1..64
 * @param alpha             leaky slope (finite)
 * @param inits             total number of starts over all shards, 1..10^7
 * @param seed              master seed
 * @param shard             this shard's index, 0..shards-1
 * @param shards            number of shards, 1..10^5
 * @param maxDescentSteps   gradient-descent steps before the Newton polish, 1..10^6
 * @param descentTolerance  gradient descent stops when \( \|\nabla L\| \) falls below this, in (0, 1)
 */
public record CensusSettings(int k, int n, int d, double alpha, int inits, long seed, int shard, int shards,
                             int maxDescentSteps, double descentTolerance) {
    /** Default descent: 5000 steps, stop at \( \|\nabla L\| < 10^{-4} \). */
    public static CensusSettings of(int k, int n, int d, double alpha, int inits, long seed, int shard, int shards) {
        return new CensusSettings(k, n, d, alpha, inits, seed, shard, shards, 5000, 1e-4);
    }

    public CensusSettings {
        check(k >= 1 && k <= 64, "`k`", k, "1..64");
        check(d >= 1 && d <= 64, "`d`", d, "1..64");
        check(n >= 1 && n <= d, "`n`", n, "1..d (teacher rows are the first n unit vectors of R^d)");
        check(Double.isFinite(alpha), "`alpha`", alpha, "a finite real");
        check(inits >= 1 && inits <= 10_000_000, "`inits`", inits, "1..10^7");
        check(shards >= 1 && shards <= 100_000, "number of shards", shards, "1..10^5");
        check(shard >= 0 && shard < shards, "shard index", shard, "0.." + (shards - 1));
        check(maxDescentSteps >= 1 && maxDescentSteps <= 1_000_000, "descent steps", maxDescentSteps, "1..10^6");
        check(descentTolerance > 0 && descentTolerance < 1, "descent tolerance", descentTolerance, "(0, 1)");
    }

    private static void check(boolean ok, String what, Object value, String range) {
        if (!ok) {
            throw AnalysisMessages.OUT_OF_RANGE.invalid(what, value, range);
        }
    }

    /** @return the teacher \( [I_n\ 0] \), n x d */
    public double[][] teacher() {
        double[][] v = new double[n][d];
        for (int j = 0; j < n; j++) {
            v[j][j] = 1;
        }
        return v;
    }
}
