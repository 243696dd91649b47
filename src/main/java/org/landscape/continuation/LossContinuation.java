package org.landscape.continuation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.HessianSpectra;
import org.landscape.analysis.Isotropies;
import org.landscape.analysis.SymmetricStart;
import org.landscape.analysis.YoungIsotropy;
import org.landscape.reduced.BlockStructureDetection;
import org.landscape.reduced.YoungStructure;
import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.base.NotConvergedException;
import org.landscape.base.Require;
import org.landscape.degree.EquivariantDegrees;
import org.landscape.group.PermutationGroup;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.WeightMatrixAction;
import org.landscape.solve.Branch;
import org.landscape.solve.BranchPoint;
import org.landscape.solve.BranchStatus;
import org.landscape.solve.ContinuationRun;
import org.landscape.solve.ContinuationSettings;
import org.landscape.solve.Direction;
import org.landscape.solve.EventDetector;
import org.landscape.solve.EventKind;
import org.landscape.solve.Newton;
import org.landscape.solve.NewtonResult;
import org.landscape.solve.NewtonSettings;
import org.landscape.solve.NewtonStatus;
import org.landscape.solve.PalcContinuation;
import org.landscape.solve.SpecialPoint;

/**
 * Continuation in alpha of a critical point of the loss (MATH.md section 6, issue 7): damped Newton at the start
 * alpha, then Keller's pseudo-arclength continuation ({@link PalcContinuation}) of \( \nabla_W L(W, \alpha) = 0 \)
 * in \( \mathrm{Fix}(H) \) (with {@code --fix H}) or in M(k,d), with the isotypic blocks of the full Hessian under
 * the symmetry group G ({@link IsotypicTestFunctions}; G = H with a fixed subgroup) as test functions. Each sign
 * change of a block eigenvalue is located to the precision reported by {@code solve} (about 1e-13 where the
 * conditioning allows); at each crossing omega and its maximal orbit types come from the degree package, and with
 * switching on, {@link EquivariantSwitching} follows a branch inside \( \mathrm{Fix}(K) \) for every predicted K.
 *
 * <p>Usage: {@code LossBranch b = new LossContinuation().run(V, W0, Optional.of(Groups.parse("DeltaS5")),
 * LossContinuationSettings.of(0, 2), Progress.SILENT);}
 */
public final class LossContinuation {
    /** Largest number of points (k + d) of a group for the dense isotypic test functions and the degree package. */
    static final int DENSE_MAX_POINTS = org.landscape.group.ElementTable.MAX_DEGREE;

    /** Progress and cancellation (STYLE 15): messages for stderr, and a flag polled after every step. */
    public interface Progress {
        /** Silent, never stops. */
        Progress SILENT = new Progress() {
        };

        /**
         * @param lines receives each progress line
         * @param stop  asked before each step whether the caller wants the run to end now
         * @return a progress that passes the lines on and stops when {@code stop} says so
         */
        static Progress of(java.util.function.Consumer<String> lines, java.util.function.BooleanSupplier stop) {
            return new Progress() {
                @Override
                public void message(String line) {
                    lines.accept(line);
                }

                @Override
                public boolean stopRequested() {
                    return stop.getAsBoolean();
                }
            };
        }

        /** @param line one progress line */
        default void message(String line) {
        }

        /** @return true when the caller wants the run to end now, keeping what was computed */
        default boolean stopRequested() {
            return Thread.currentThread().isInterrupted();
        }

        /**
         * Drives a continuation run to its end: every event is reported, every 20th step as
         * {@code continue: step N <parameter> = P index I}; a stop request ends the run as INTERRUPTED.
         *
         * @param run       the started run
         * @param parameter the continuation parameter's name in the progress lines ("alpha", "k")
         * @return the branch computed (up to the stop)
         */
        default Branch follow(ContinuationRun run, String parameter) {
            int step = 0;
            while (run.hasNext()) {
                if (stopRequested()) {
                    run.stop(BranchStatus.INTERRUPTED);
                    break;
                }
                BranchPoint pt = run.next();
                for (SpecialPoint e : run.lastEvents()) {
                    message("continue: " + e);
                }
                if (step % 20 == 0) {
                    message(String.format("continue: step %d %s = %.6f index %d", step, parameter, pt.p(), pt.index()));
                }
                step++;
            }
            return run.branch();
        }
    }

    /**
     * @param teacher  V (n x d), read
     * @param start    the start guess W (k x d), read; it must lie in Fix(H) when H is given (see the overload)
     * @param fix      the subgroup H (acting on M(k,d) via {@link WeightMatrixAction#mkk} for k = d, else
     *                 {@link WeightMatrixAction#of}); it must be a symmetry of the loss (Isotropies.requireSymmetry).
     *                 Empty: Newton in the full space, then G = \( \Delta S_k \) and continuation in Fix(G) when
     *                 V = I_k and the Newton point is \( \Delta S_k \)-fixed, else the full space without blocks
     * @param settings settings
     * @param progress progress and cancellation
     * @return the branch and its events, whatever stopped it
     */
    public LossBranch run(double[][] teacher, double[][] start, Optional<PermutationGroup> fix,
            LossContinuationSettings settings, Progress progress) {
        return run(teacher, start, fix, settings, progress, CriticalPointSearch.StartPolicy.REQUIRE_IN_FIX);
    }

    /**
     * As {@link #run(double[][], double[][], Optional, LossContinuationSettings, Progress)}, with what to do when the
     * start is not in Fix(H) ({@link SymmetricStart}: refused with its distance, permuted into Fix(H) when its own
     * isotropy is a conjugate of H, projected only under {@code PROJECT}). Groups on more than
     * {@value #DENSE_MAX_POINTS} points, and block-structured starts beyond that size without {@code fix}, take the
     * orbit-reduced route ({@link ReducedContinuation}: no omega, no switching, branch symmetries predicted by the
     * equivariant branching lemma).
     */
    public LossBranch run(double[][] teacher, double[][] start, Optional<PermutationGroup> fix,
            LossContinuationSettings settings, Progress progress, CriticalPointSearch.StartPolicy policy) {
        Require.nonNull(settings, "settings");
        Require.nonNull(progress, "progress");
        int k = start.length;
        int d = start[0].length;
        if (teacher[0].length != d) {
            throw new InvalidInputException(ContinuationMessages.DIMENSION_MISMATCH.format(d, teacher[0].length));
        }
        double[] w0 = new double[k * d];
        for (int i = 0; i < k; i++) {
            Require.sameLength(d, start[i].length, "row " + i + " of the student");
            System.arraycopy(start[i], 0, w0, i * d, d);
        }
        Require.finite(w0, "`student`");
        if (fix.isPresent()) {
            WeightMatrixAction act = Symmetry.checked(fix.get(), teacher, k, d, settings.alphaStart());
            SymmetricStart.Resolved r = SymmetricStart.resolve(act, start, teacher, policy);
            if (!r.note().isEmpty()) {
                progress.message("continue: " + r.note());
            }
            start = r.start();
            if (r.young().isPresent() && fix.get().degree() > DENSE_MAX_POINTS) {
                return ReducedContinuation.run(r.young().get(), fix.get().name(), teacher, start, settings, progress,
                        "H acts on " + fix.get().degree() + " points, beyond the dense isotypic test functions");
            }
            for (int i = 0; i < k; i++) {
                System.arraycopy(start[i], 0, w0, i * d, d);
            }
        } else if (k + d > DENSE_MAX_POINTS) {
            Optional<BlockStructureDetection.Detected> det = BlockStructureDetection.detect(start, teacher,
                    Isotropies.DEFAULT_RELATIVE_TOLERANCE);
            if (det.isPresent() && HessianSpectra.worthReducing(det.get().structure())) {
                YoungStructure y = det.get().structure();
                String name = YoungIsotropy.of(y, HessianSpectra.detectionEvidence(det.get())).structure();
                return ReducedContinuation.run(y, name, teacher, start, settings, progress, "the start's isotropy "
                        + name + " detected by colour refinement; k + d = " + (k + d) + " points");
            }
        }
        Symmetry sym = fix.isPresent() ? Symmetry.fixed(fix.get(), teacher, k, d, settings.alphaStart())
                : Symmetry.none(k, d);
        LossOnSubspace problem = LossOnSubspace.of(teacher, k, sym.basis);
        double a0 = settings.alphaStart();
        NewtonResult nr = new Newton().solve(problem, problem.project(w0), a0, NewtonSettings.DEFAULT);
        if (nr.status() != NewtonStatus.CONVERGED) {
            throw new NotConvergedException(ContinuationMessages.START_NOT_CRITICAL.format(a0, nr.status(),
                    nr.residual()));
        }
        progress.message(String.format("continue: Newton at alpha = %s converged, |grad| = %.2e, %d steps", a0,
                nr.residual(), nr.iterations()));
        double[] x0 = nr.x();
        if (fix.isEmpty()) {
            double[] w = problem.lift(nr.x());
            sym = Symmetry.detect(w, teacher, k, d);
            if (sym.action.isPresent()) {
                // continue inside Fix(G): the branch stays there by symmetry, and in the full space J would be
                // singular at every crossing of a non-trivial block (ill-conditioned re-corrections)
                problem = LossOnSubspace.of(teacher, k, sym.basis);
                x0 = problem.project(w);
            }
        }
        Optional<IsotypicTestFunctions> tf = sym.action.map(IsotypicTestFunctions::of);
        LossOnSubspace withBlocks = tf.isEmpty() ? problem : problem.withBlocks(tf.get().blocksFor(problem));
        List<String> labels = tf.map(IsotypicTestFunctions::labels).orElse(List.of("all"));
        progress.message("continue: symmetry group " + sym.groupName + ", blocks " + labels + ", "
                + sym.subspace + " of dimension " + sym.basis.length);

        double lo = Math.min(a0, settings.alphaEnd());
        double hi = Math.max(a0, settings.alphaEnd());
        ContinuationSettings cs = ContinuationSettings.of(lo, hi)
                .withDirection(settings.alphaEnd() > a0 ? Direction.INCREASING_P : Direction.DECREASING_P)
                .withSteps(Math.min(ContinuationThresholds.INITIAL_STEP, settings.maxStep()),
                        ContinuationThresholds.MIN_STEP, settings.maxStep())
                .withMaxSteps(settings.maxSteps()).withMaxNorm(settings.maxNorm());
        ContinuationRun run = new PalcContinuation().start(withBlocks, x0, a0, Optional.empty(), cs,
                EventDetector.standard());
        Branch branch = progress.follow(run, "alpha");
        List<BranchSample> samples = new ArrayList<>();
        for (BranchPoint pt : branch.points()) {
            samples.add(sample(withBlocks, pt));
        }
        List<LossEvent> events = new ArrayList<>();
        Optional<EquivariantSwitching> switching = tf.map(t -> new EquivariantSwitching(withBlocks, t, cs, settings));
        for (SpecialPoint e : branch.events()) {
            boolean doSwitch = settings.switchBranches() && !progress.stopRequested();
            events.add(event(withBlocks, e, branch, tf, switching, doSwitch, progress));
        }
        Evidence ev = new Evidence("damped Newton at alpha = " + a0 + ", then pseudo-arclength continuation (Keller "
                + "1977) with isotypic-block test functions; events located by the solve package", Double.NaN,
                branch.points().size() + " points, " + branch.events().size() + " events; " + branch.evidence()
                        .detail());
        return new LossBranch(sym.groupName, sym.subspace, sym.basis.length, labels, samples, events,
                branch.status(), nr.evidence(), ev);
    }

    /**
     * @param tf        the isotypic test functions of G, empty without a symmetry group (then no omega)
     * @param switching branch switching in G, present exactly when {@code tf} is
     */
    private static LossEvent event(LossOnSubspace problem, SpecialPoint e, Branch branch,
            Optional<IsotypicTestFunctions> tf, Optional<EquivariantSwitching> switching, boolean doSwitch,
            Progress progress) {
        BranchPoint before = null;
        BranchPoint after = null;
        for (BranchPoint pt : branch.points()) {
            if (pt.arclength() <= e.arclength()) {
                before = pt;
            } else if (after == null) {
                after = pt;
            }
        }
        boolean increasing = before != null && after != null ? after.p() >= before.p() : true;
        BranchPoint lower = increasing ? before : after;
        BranchPoint upper = increasing ? after : before;
        int idxLow = increasing ? e.indexBefore() : e.indexAfter();
        int idxHigh = increasing ? e.indexAfter() : e.indexBefore();
        String omega = "";
        List<String> orbitTypes = List.of();
        List<SwitchedBranch> branches = List.of();
        double alpha = e.p();
        double precision = e.precision();
        double bracketLow = e.pLow();
        double bracketHigh = e.pHigh();
        org.landscape.base.Evidence evidence = e.evidence();
        if (e.kind() == EventKind.TOUCH) {
            omega = "0";
            Optional<TouchRefinement.Result> r = before == null ? Optional.empty()
                    : TouchRefinement.refine(problem, e, before.x());
            if (r.isPresent()) {
                alpha = r.get().alpha();
                precision = r.get().precision();
                bracketLow = alpha - precision;
                bracketHigh = alpha + precision;
                evidence = r.get().evidence();
            }
        } else if (e.kind() == EventKind.BRANCH_POINT && tf.isPresent() && switching.isPresent() && lower != null
                && upper != null) {
            IsotypicTestFunctions g = tf.get();
            EquivariantDegrees.BifurcationInvariant inv = g.invariant(copies(lower, g), copies(upper, g));
            omega = inv.omega().toString();
            List<String> names = new ArrayList<>();
            for (int c : inv.predicted()) {
                names.add(g.ring().name(c));
            }
            orbitTypes = names;
            if (doSwitch) {
                progress.message("continue: switching at alpha = " + e.p() + " into Fix(K) for K in " + names);
                branches = switching.get().switchAll(e, inv);
            }
        }
        return new LossEvent(e.kind(), alpha, e.component(), e.multiplicity(), precision, bracketLow,
                bracketHigh, idxLow, idxHigh, omega, orbitTypes, branches, evidence);
    }

    /** @return the isotypic Morse indices (copies of each irreducible) at a point, in the order of tf.labels() */
    static long[] copies(BranchPoint pt, IsotypicTestFunctions tf) {
        List<String> labels = tf.labels();
        long[] m = new long[labels.size()];
        for (int c = 0; c < labels.size(); c++) {
            int dv = tf.irrepDimension(labels.get(c));
            m[c] = pt.block(labels.get(c)).map(b -> b.negativeCount()).orElse(0) / dv;
        }
        return m;
    }

    static BranchSample sample(LossOnSubspace problem, BranchPoint pt) {
        Map<String, double[]> blocks = new LinkedHashMap<>();
        pt.blocks().forEach(b -> blocks.put(b.label(), b.eigenvalues()));
        double[] w = problem.lift(pt.x());
        double n2 = 0;
        for (double x : w) {
            n2 += x * x;
        }
        return new BranchSample(pt.p(), problem.lossAt(pt.x(), pt.p()), Math.sqrt(n2), pt.index(), pt.index() == 0,
                pt.residual(), blocks, w);
    }

    /** The symmetry data of a run: group G, its action (empty without a group), and the continuation subspace. */
    static final class Symmetry {
        final String groupName;
        final Optional<WeightMatrixAction> action;
        final double[][] basis;
        final String subspace;

        private Symmetry(String groupName, Optional<WeightMatrixAction> action, double[][] basis, String subspace) {
            this.groupName = groupName;
            this.action = action;
            this.basis = basis;
            this.subspace = subspace;
        }

        static WeightMatrixAction actionOf(PermutationGroup h, int k, int d) {
            return WeightMatrixAction.of(h, k, d);
        }

        /** @return the action of h on M(k,d), checked to fit and to be a symmetry of the loss */
        static WeightMatrixAction checked(PermutationGroup h, double[][] teacher, int k, int d, double alpha) {
            WeightMatrixAction act = actionOf(h, k, d);
            if (act.rows() != k || act.columns() != d) {
                throw new InvalidInputException(ContinuationMessages.WRONG_SHAPE.format(h.name(), act.rows(),
                        act.columns(), k, d));
            }
            // issue 6's check: gradient equivariance at a seeded random point (exit 2 naming the generator)
            Isotropies.requireSymmetry(act, teacher, alpha);
            return act;
        }

        static Symmetry fixed(PermutationGroup h, double[][] teacher, int k, int d, double alpha) {
            WeightMatrixAction act = actionOf(h, k, d);
            FixedPointSubspace fix = FixedPointSubspace.of(act, h.generators());
            return new Symmetry(h.name(), Optional.of(act), fix.basis(), "Fix(" + h.name() + ")");
        }

        static Symmetry none(int k, int d) {
            double[][] id = new double[k * d][k * d];
            for (int a = 0; a < k * d; a++) {
                id[a][a] = 1;
            }
            return new Symmetry("1", Optional.empty(), id, "M(" + k + "," + d + ")");
        }

        /** G = Delta S_k, in Fix(G), when V = I_k and the point is fixed by it; else the full space, no symmetry. */
        static Symmetry detect(double[] w, double[][] teacher, int k, int d) {
            Symmetry none = none(k, d);
            if (k != d || teacher.length != k || k < 2 || k > 8) {
                return none;
            }
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < d; c++) {
                    if (teacher[i][c] != (i == c ? 1.0 : 0.0)) {
                        return none;
                    }
                }
            }
            PermutationGroup g = org.landscape.group.Groups.parse("DeltaS" + k);
            WeightMatrixAction act = WeightMatrixAction.mkk(g);
            double scale = 0;
            for (double x : w) {
                scale = Math.max(scale, Math.abs(x));
            }
            int[] t = new int[w.length];
            int[] s = new int[w.length];
            for (var p : g.generators()) {
                act.coordinateAction(p, t, s);
                for (int a = 0; a < w.length; a++) {
                    double tol = ContinuationThresholds.SYMMETRY_DETECTION_TOLERANCE * Math.max(1, scale);
                    if (Math.abs(s[a] * w[a] - w[t[a]]) > tol) {
                        return none;
                    }
                }
            }
            return new Symmetry(g.name(), Optional.of(act), FixedPointSubspace.of(act, g.generators()).basis(),
                    "Fix(" + g.name() + ")");
        }
    }
}
