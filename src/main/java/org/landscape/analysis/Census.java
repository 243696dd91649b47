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
 * or the step limit, then Newton ({@link CriticalPointSearch}, full space; it gives up once its residual has not
 * halved in {@link #DENSE_STALL} steps). A start fails when Newton does not converge or a neuron dies (reasons are
 * counted). Each worker evaluates its start serially ({@code Models.serialLoss}): the census is parallel over starts. Converged points are merged up to symmetry
 * ({@link CensusMerging}); each distinct point gets its isotropy and Hessian spectrum once ({@link HessianSpectra}:
 * orbit-reduced at block-structured points, dense symmetry-adapted otherwise).
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
        List<CensusPoint> out = describeAll(pts, settings.alpha(), v, threads);
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
            NetworkLoss loss = Models.serialLoss(s.alpha(), v);
            CriticalPoint[] polished = new CriticalPoint[1];
            w = descend(s, w, loss, cancelled, (x, gn) -> {
                polished[0] = snap(x, v, s.alpha(), gn).orElse(null);
                return polished[0] != null;
            });
            if (w == null) {
                return null;
            }
            if (polished[0] == null) {
                polished[0] = snap(w, v, s.alpha(), gradientNorm(loss, w)).orElse(null);
            }
            if (polished[0] != null) {
                return new Outcome(polished[0].w(), null);
            }
            CriticalPoint c = CriticalPointSearch.newton(w, v, s.alpha(), java.util.Optional.empty(),
                    CriticalPointSearch.DEFAULT_SETTINGS.withStallIterations(DENSE_STALL), false);
            NewtonResult r = c.newton();
            if (!r.status().converged()) {
                return new Outcome(null, "Newton " + r.status());
            }
            return new Outcome(c.w(), null);
        } catch (LandscapeException e) {
            return new Outcome(null, "dead neuron or invalid point");
        }
    }

    /**
     * The dense Newton fallback gives up ({@code Newton STAGNATED}) once its residual has not halved in this many
     * steps. At k = 20 (seed 1, 1000 starts) every dense polish that converged did so in 3-6 steps, and the 10 that
     * did not kept a flat residual of 3e-4 to 4e-4 (to two digits) through all 60 steps, about 1 s each at kd = 400
     * and seconds per step at kd = 2500: they now stop after 10 steps, with the same failure count.
     */
    static final int DENSE_STALL = 10;

    /** Detection tolerances tried, in order, for the orbit-reduced polish of a descent end point. */
    static final double[] SNAP_TOLERANCES = {1e-6, 1e-4, 1e-3};
    /**
     * A reduced polish is accepted when the descent end point lies within this many Newton radii
     * \( \|\nabla L(W)\| / \lambda_{\min}(W^*) \) of the minimum \( W^* \) found (the distance of a quadratic's
     * point from its minimum is at most one radius).
     */
    static final double SNAP_RADII = 10;

    /**
     * The Newton polish at block-structured end points, orbit-reduced: the end point W of the descent is usually
     * close to a symmetric minimum; its block structure is detected at a loose tolerance ({@link #SNAP_TOLERANCES}),
     * Newton runs on the orbit values (cost independent of k), and the result \( W^* \) is accepted only when it is
     * a non-degenerate minimum (every isotypic block positive) with \( \|W - W^*\|_F \le \) {@link #SNAP_RADII}
     * \( \|\nabla L(W)\| / \lambda_{\min}(W^*) \), so that the descent would have converged to it. Otherwise the
     * caller polishes densely. Structures with more than {@link HessianSpectra#REDUCED_MAX_FACTORS} factors are not
     * tried even where kd is beyond the dense spectra (there {@link HessianSpectra#worthReducing} accepts them): at
     * k = 50 a loose tolerance found barely symmetric structures whose orbit-reduced Newton had hundreds of unknowns
     * and whose isotypic blocks took minutes, for a polish attempt the descent can do without.
     */
    static java.util.Optional<CriticalPoint> snap(double[][] w, double[][] v, double alpha, double gn) {
        List<org.landscape.reduced.YoungStructure> tried = new ArrayList<>();
        for (double tol : SNAP_TOLERANCES) {
            java.util.Optional<org.landscape.reduced.BlockStructureDetection.Detected> det =
                    org.landscape.reduced.BlockStructureDetection.detect(w, v, tol);
            if (det.isEmpty() || !HessianSpectra.worthReducing(det.get().structure())
                    || det.get().structure().shape().factors() > HessianSpectra.REDUCED_MAX_FACTORS) {
                continue;
            }
            org.landscape.reduced.YoungStructure h = det.get().structure();
            // the polish depends on W only through h (Newton starts at h.pattern(W)): a structure already tried at
            // a tighter tolerance gives the same rejected point again
            if (tried.stream().anyMatch(t -> sameBlocks(t, h))) {
                continue;
            }
            tried.add(h);
            CriticalPoint c = CriticalPointSearch.reduced(h, w, v, alpha, CriticalPointSearch.DEFAULT_SETTINGS,
                    "census polish", "orbit-reduced polish", false);
            if (!c.converged()) {
                continue;
            }
            double[] x = c.pattern().orElseThrow();
            HessianSpectrum sp = ReducedSpectra.of(h, x, h.teacherPattern(v), alpha,
                    HessianSpectra.detectionEvidence(det.get()));
            double lambda = sp.smallestEigenvalue();
            if (!(lambda > sp.errorBound()) || sp.index() != 0) {
                continue;
            }
            double[][] ws = c.w();
            double dist = 0;
            for (int i = 0; i < w.length; i++) {
                for (int col = 0; col < w[i].length; col++) {
                    double e = w[i][col] - ws[i][col];
                    dist += e * e;
                }
            }
            if (Math.sqrt(dist) <= SNAP_RADII * gn / lambda) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /** @return true when a and b have the same parts (kind, factor, size) with the same indices */
    static boolean sameBlocks(org.landscape.reduced.YoungStructure a, org.landscape.reduced.YoungStructure b) {
        org.landscape.reduced.YoungShape sa = a.shape();
        org.landscape.reduced.YoungShape sb = b.shape();
        if (sa.parts() != sb.parts() || !java.util.Arrays.equals(sa.sizes(), sb.sizes())) {
            return false;
        }
        for (int p = 0; p < sa.parts(); p++) {
            if (sa.kind(p) != sb.kind(p) || sa.factor(p) != sb.factor(p)
                    || !java.util.Arrays.equals(a.indices(p), b.indices(p))) {
                return false;
            }
        }
        return true;
    }

    private static double gradientNorm(NetworkLoss loss, double[][] w) {
        double[] g = new double[w.length * w[0].length];
        loss.gradient(w, g);
        double gn = 0;
        for (double x : g) {
            gn += x * x;
        }
        return Math.sqrt(gn);
    }

    /** Called during the descent with the iterate and its gradient norm; true ends the descent (polished). */
    @FunctionalInterface
    interface Finisher {
        boolean tryFinish(double[][] w, double gradientNorm);
    }

    /** Below this gradient norm the descent tries the orbit-reduced polish every {@link #SNAP_EVERY} steps. */
    static final double SNAP_FROM = 1e-2;
    /** Steps between two polish attempts. */
    static final int SNAP_EVERY = 100;
    /**
     * After this many rejected polish attempts in one descent the gap between attempts doubles after each further
     * rejection. At k = 20 (seed 1, the first 200 starts) 190 starts were polished within 1-8 attempts of a few ms
     * each; most of the other 10 approach a degenerate or non-symmetric point and were tried up to 45 times (0.6-1.7 s
     * of polish for such a start, up to 3x its descent). A later polish of a start that does converge to a
     * symmetric minimum lands on the same minimum (the descent iterate is only closer to it), so the census is the
     * same; bench/census-bench.sh checks it on whole censuses.
     */
    static final int SNAP_STEADY = 8;

    /** Gradient descent with Armijo backtracking; returns the last iterate, or {@code null} once cancelled. */
    static double[][] descend(CensusSettings s, double[][] w, NetworkLoss loss, BooleanSupplier cancelled) {
        return descend(s, w, loss, cancelled, (x, gn) -> false);
    }

    /**
     * Gradient descent with Armijo backtracking (step doubled after each accepted step, halved until
     * \( L(W - \eta g) \le L(W) - \tfrac12 \eta \|g\|^2 \)); from \( \|g\| < \) {@link #SNAP_FROM} on, every
     * {@link #SNAP_EVERY} steps {@code finisher} may end it (an accepted polish); after {@link #SNAP_STEADY}
     * rejections the gap doubles with each further rejection.
     *
     * @return the last iterate, or {@code null} once {@code cancelled} turned true
     */
    static double[][] descend(CensusSettings s, double[][] w, NetworkLoss loss, BooleanSupplier cancelled,
                              Finisher finisher) {
        int k = s.k();
        int d = s.d();
        double[] g = new double[k * d];
        double eta = 1.0 / (k + s.n());
        double l = loss.loss(w);
        double[][] trial = new double[k][d];
        int rejected = 0;
        long nextSnap = 0;
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
            if (step > 0 && step % SNAP_EVERY == 0 && step >= nextSnap && Math.sqrt(g2) < SNAP_FROM) {
                if (finisher.tryFinish(w, Math.sqrt(g2))) {
                    break;
                }
                rejected++;
                if (rejected >= SNAP_STEADY) {
                    nextSnap = step + ((long) SNAP_EVERY << Math.min(20, rejected - SNAP_STEADY + 1));
                }
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

    /**
     * {@link #describe} for every merged point, on {@code threads} threads; the i-th result describes the i-th
     * point whatever the scheduling (each description depends only on its point).
     */
    static List<CensusPoint> describeAll(List<CensusPoint> pts, double alpha, double[][] v, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, pts.size())), r -> {
            Thread t = new Thread(r, "census-describe");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CensusPoint>> futures = new ArrayList<>();
            for (CensusPoint p : pts) {
                futures.add(pool.submit(() -> describe(p, alpha, v)));
            }
            List<CensusPoint> out = new ArrayList<>();
            for (Future<CensusPoint> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("census interrupted while describing its points", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
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
        HessianSpectrum s = HessianSpectra.of(w, v, alpha);
        return new CensusPoint(w, loss.loss(w), Math.sqrt(gn), s.index(), s.nullity(), s.smallestEigenvalue(),
                s.errorBound(),
                s.isotropy().structure(), s.isotropy().order().toString(), p.count());
    }
}
