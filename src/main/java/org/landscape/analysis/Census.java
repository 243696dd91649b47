package org.landscape.analysis;

import org.landscape.base.LandscapeException;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.solve.Newton;
import org.landscape.solve.NewtonResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * A census of critical points reached from random starts (Safran and Shamir 2018, section 4, use the same
 * recipe: many random initialisations, a first-order method, then a check of the point found).
 *
 * <p>Start j (\( 0 \le j < \) inits; this shard runs \( j \equiv \) shard mod shards) draws the rows of \( W_0 \)
 * i.i.d. from \( N(0, I_d / d) \) with {@code new SplittableRandom(seed).split()} taken j times: the starts do not
 * depend on the sharding. Then gradient descent with Armijo backtracking (step doubled after each accepted step,
 * halved until \( L(W - \eta g) \le L(W) - \tfrac12 \eta \|g\|^2 \)) until \( \|\nabla L\| < \) the descent tolerance
 * or the step limit, then Newton ({@link CriticalPointSearch}, full space). A start fails when Newton does not
 * converge or a neuron dies (reasons are counted). Converged points are merged up to symmetry
 * ({@link CensusMerging}); each distinct point gets its isotropy and symmetry-adapted spectrum once.
 *
 * <p>Runs on all available processors; {@code progress} receives the number of finished starts; when
 * {@code cancelled} turns true no new start begins and the result says {@code interrupted}.
 */
public final class Census {
    private Census() {
    }

    /**
     * @param settings  the census
     * @param progress  called with the number of finished starts (from worker threads)
     * @param cancelled polled before each start
     * @return distinct points with counts, failures by reason
     */
    public static CensusResult run(CensusSettings settings, LongConsumer progress, BooleanSupplier cancelled) {
        List<Integer> mine = new ArrayList<>();
        for (int j = settings.shard(); j < settings.inits(); j += settings.shards()) {
            mine.add(j);
        }
        long[] seeds = startSeeds(settings);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "census");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int j : mine) {
            futures.add(pool.submit(() -> {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                Outcome o = oneStart(settings, seeds[j], cancelled);
                if (o == null) {
                    return null;
                }
                if (o.failure() == null) {
                    // canonical form in the worker: d! column permutations per point (40320 at d = 8)
                    o = new Outcome(CensusMerging.canonical(o.w(), settings.n()), null);
                }
                progress.accept(done.incrementAndGet());
                return o;
            }));
        }
        pool.shutdown();
        List<double[][]> found = new ArrayList<>();
        Map<String, Long> failures = new TreeMap<>();
        boolean interrupted = false;
        for (Future<Outcome> f : futures) {
            Outcome o;
            try {
                o = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                interrupted = true;
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                failures.merge("error: " + e.getCause().getClass().getSimpleName(), 1L, Long::sum);
                continue;
            }
            if (o == null) {
                interrupted = true;
            } else if (o.failure() != null) {
                failures.merge(o.failure(), 1L, Long::sum);
            } else {
                found.add(o.w());
            }
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double[][] v = settings.teacher();
        List<CensusPoint> pts = new ArrayList<>();
        NetworkLoss loss = Models.loss(settings.alpha(), v);
        for (double[][] c : found) {
            CensusPoint p = new CensusPoint(c, loss.loss(c), 0, 0, 0, 0, 0, "", "", 1);
            CensusMerging.add(pts, p);
        }
        List<CensusPoint> out = new ArrayList<>();
        for (CensusPoint p : pts) {
            out.add(describe(p, settings.alpha(), v));
        }
        out.sort((a, b) -> Double.compare(a.loss(), b.loss()));
        long starts = found.size() + failures.values().stream().mapToLong(Long::longValue).sum();
        return new CensusResult(settings, out, starts, failures, interrupted);
    }

    /** The seeds of all starts, independent of the sharding. */
    static long[] startSeeds(CensusSettings s) {
        SplittableRandom master = new SplittableRandom(s.seed());
        long[] seeds = new long[s.inits()];
        for (int j = 0; j < seeds.length; j++) {
            seeds[j] = master.nextLong();
        }
        return seeds;
    }

    /** The start W_0 for one seed: rows i.i.d. N(0, I_d / d). */
    static double[][] start(CensusSettings s, long seed) {
        java.util.Random g = new java.util.Random(seed);
        double[][] w = new double[s.k()][s.d()];
        double sd = 1 / Math.sqrt(s.d());
        for (double[] row : w) {
            for (int c = 0; c < row.length; c++) {
                row[c] = sd * g.nextGaussian();
            }
        }
        return w;
    }

    record Outcome(double[][] w, String failure) {
    }

    /** @return the outcome of one start, or {@code null} if {@code cancelled} turned true during the descent */
    static Outcome oneStart(CensusSettings s, long seed, BooleanSupplier cancelled) {
        double[][] v = s.teacher();
        double[][] w = start(s, seed);
        try {
            w = descend(s, w, Models.loss(s.alpha(), v), cancelled);
            if (w == null) {
                return null;
            }
            CriticalPoint c = CriticalPointSearch.newton(w, v, s.alpha(), java.util.Optional.empty(),
                    CriticalPointSearch.DEFAULT_SETTINGS, false);
            NewtonResult r = c.newton();
            if (!r.status().converged()) {
                return new Outcome(null, "Newton " + r.status());
            }
            return new Outcome(c.w(), null);
        } catch (LandscapeException e) {
            return new Outcome(null, "dead neuron or invalid point");
        }
    }

    /** Gradient descent with Armijo backtracking; returns the last iterate, or {@code null} once cancelled. */
    static double[][] descend(CensusSettings s, double[][] w, NetworkLoss loss, BooleanSupplier cancelled) {
        int k = s.k();
        int d = s.d();
        double[] g = new double[k * d];
        double eta = 1.0 / (k + s.n());
        double l = loss.loss(w);
        double[][] trial = new double[k][d];
        for (int step = 0; step < s.maxDescentSteps(); step++) {
            if (step % 64 == 63 && cancelled.getAsBoolean()) {
                return null;
            }
            loss.gradient(w, g);
            double g2 = 0;
            for (double x : g) {
                g2 += x * x;
            }
            if (Math.sqrt(g2) < s.descentTolerance()) {
                break;
            }
            while (true) {
                for (int i = 0; i < k; i++) {
                    for (int c = 0; c < d; c++) {
                        trial[i][c] = w[i][c] - eta * g[i * d + c];
                    }
                }
                double lt = loss.loss(trial);
                if (lt <= l - 0.5 * eta * g2) {
                    l = lt;
                    double[][] tmp = w;
                    w = trial;
                    trial = tmp;
                    eta *= 2;
                    break;
                }
                eta *= 0.5;
                if (eta < 1e-14) {
                    return w;
                }
            }
        }
        return w;
    }

    /** Isotropy and spectrum of a merged point. */
    static CensusPoint describe(CensusPoint p, double alpha, double[][] v) {
        double[][] w = p.w();
        NetworkLoss loss = Models.loss(alpha, v);
        double[] g = new double[w.length * w[0].length];
        loss.gradient(w, g);
        double gn = 0;
        for (double x : g) {
            gn += x * x;
        }
        HessianSpectrum s = SymmetryAdaptedSpectra.of(w, v, alpha);
        return new CensusPoint(w, loss.loss(w), Math.sqrt(gn), s.index(), s.nullity(), s.smallestEigenvalue(),
                s.errorBound(),
                s.isotropy().structure(), s.isotropy().order().toString(), p.count());
    }
}
