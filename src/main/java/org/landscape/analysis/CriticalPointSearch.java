package org.landscape.analysis;

import org.landscape.base.Evidence;
import org.landscape.base.Require;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.reduced.BlockStructureDetection;
import org.landscape.reduced.OrbitSums;
import org.landscape.reduced.YoungStructure;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.WeightMatrixAction;
import org.landscape.solve.Newton;
import org.landscape.solve.NewtonResult;
import org.landscape.solve.NewtonSettings;

import java.util.Optional;

/**
 * Newton's method for \( \nabla_W L(W; V, \alpha) = 0 \) with the exact Hessian and backtracking on
 * \( \|\nabla L\| \) ({@link Newton}), in \( M(k,d) \) or in \( \mathrm{Fix}(H) \) (MATH.md sections 4 and 6).
 *
 * <p>Routes (named in the result's evidence):
 * <ul>
 *   <li><b>orbit-reduced</b> ({@link ReducedLossProblem}) when H is of Young type ({@link YoungSubgroups}), or, without
 *       {@code --fix}, when the start is block-structured ({@link BlockStructureDetection}, tolerance
 *       {@link Isotropies#DEFAULT_RELATIVE_TOLERANCE}): unknowns are the values on the orbits, cost independent of
 *       k. Newton in \( M(k,d) \) from a point of \( \mathrm{Fix}(H) \) stays in \( \mathrm{Fix}(H) \)
 *       (equivariance), so the detected subspace loses nothing;</li>
 *   <li><b>dense in Fix(H)</b> ({@link LossProblem} with an orthonormal basis of Fix(H)) for other groups;</li>
 *   <li><b>dense in M(k,d)</b> otherwise.</li>
 * </ul>
 * A start given with {@code --fix H} must lie in \( \mathrm{Fix}(H) \) to {@link #START_TOLERANCE} (relative);
 * otherwise, when its own isotropy is a conjugate of H of Young type, H is conjugated to it (reported), and
 * otherwise the search is refused with the distance, unless projection is asked for explicitly. H must be a
 * symmetry of the loss (checked, {@link Isotropies#requireSymmetry}).
 *
 * <p>With a gradient-descent warm start ({@link #withDescent}, settings {@link DescentWarmStart}) the search first
 * descends, then takes full Newton steps in a given subspace, for starts far from a critical point.
 */
public final class CriticalPointSearch {
    /** Newton settings used by default: residual 1e-11, step 1e-10, 60 iterations, backtracking. */
    public static final NewtonSettings DEFAULT_SETTINGS = NewtonSettings.DEFAULT.withResidualTolerance(1e-11)
            .withMaxIterations(60);
    /** A start is in Fix(H) when every entry is within this times max |entry| of its orbit mean. */
    public static final double START_TOLERANCE = 1e-6;
    /**
     * Above this kd the final point of a reduced search is not materialised to re-detect its isotropy (colour
     * refinement costs O(kd log d): about 0.1 s at this size).
     */
    static final long REDETECT_LIMIT = 250_000L;

    private CriticalPointSearch() {
    }

    /** What to do with a start that is not in Fix(H). */
    public enum StartPolicy {
        /** refuse it (unless a conjugate of H is its isotropy) */
        REQUIRE_IN_FIX,
        /** project it orthogonally onto Fix(H), saying so in the result */
        PROJECT
    }

    /**
     * @param start    the start \( W_0 \), k x d (read)
     * @param teacher  V, n x d (read)
     * @param alpha    leaky slope (finite)
     * @param fix      the subgroup H to restrict to, acting on \( M(k,d) \); empty for the full space
     * @param settings Newton settings
     * @return the result whatever Newton's status; isotropy and spectrum only when converged
     */
    public static CriticalPoint newton(double[][] start, double[][] teacher, double alpha,
                                       Optional<WeightMatrixAction> fix, NewtonSettings settings) {
        return newton(start, teacher, alpha, fix, settings, StartPolicy.REQUIRE_IN_FIX, true);
    }

    /** As {@link #newton(double[][], double[][], double, Optional, NewtonSettings)} with a start policy. */
    public static CriticalPoint newton(double[][] start, double[][] teacher, double alpha,
                                       Optional<WeightMatrixAction> fix, NewtonSettings settings, StartPolicy policy) {
        return newton(start, teacher, alpha, fix, settings, policy, true);
    }

    /** As above; {@code describe = false} skips isotropy and spectrum (the census describes each distinct point once). */
    static CriticalPoint newton(double[][] start, double[][] teacher, double alpha, Optional<WeightMatrixAction> fix,
                                NewtonSettings settings, boolean describe) {
        return newton(start, teacher, alpha, fix, settings, StartPolicy.REQUIRE_IN_FIX, describe);
    }

    private static CriticalPoint newton(double[][] start, double[][] teacher, double alpha,
                                        Optional<WeightMatrixAction> fix, NewtonSettings settings, StartPolicy policy,
                                        boolean describe) {
        Require.finite(alpha, "alpha");
        Matrices.checkRectangular(start, "start W");
        Matrices.checkRectangular(teacher, "teacher V");
        int k = start.length;
        int d = start[0].length;
        if (teacher[0].length != d) {
            throw AnalysisMessages.DIMENSION_MISMATCH.invalid(d, teacher[0].length);
        }
        for (double[] row : start) {
            Require.finite(row, "start W");
        }
        if (fix.isPresent()) {
            WeightMatrixAction action = fix.get();
            if (action.rows() != k || action.columns() != d) {
                throw AnalysisMessages.SUBGROUP_SHAPE.invalid(action.group().name(), action.rows(), action.columns(), k, d);
            }
            Isotropies.requireSymmetry(action, teacher, alpha);
            String name = action.group().name();
            SymmetricStart.Resolved r = SymmetricStart.resolve(action, start, teacher, policy);
            String note = r.note().isEmpty() ? "" : "; " + r.note();
            if (r.young().isPresent() && HessianSpectra.worthReducing(r.young().get())) {
                YoungStructure h = r.young().get();
                return reduced(h, r.start(), teacher, alpha, settings, "Fix(" + name + ")", "orbit-reduced in Fix("
                        + name + ") (a Young-type group: " + h.shape().studentOrbits() + " orbit values)" + note,
                        describe);
            }
            LossProblem problem = LossProblem.restricted(teacher, k, FixedPointSubspace.of(action).basis());
            return dense(problem, Linear.flatten(r.start()), teacher, alpha, settings, "Fix(" + name + ")", describe)
                    .withRoute("dense Newton in Fix(" + name + ") (H is not of Young type)" + note);
        }
        Optional<BlockStructureDetection.Detected> det = BlockStructureDetection.detect(start, teacher,
                Isotropies.DEFAULT_RELATIVE_TOLERANCE);
        if (det.isPresent() && HessianSpectra.worthReducing(det.get().structure())) {
            YoungStructure s = det.get().structure();
            String iso = YoungIsotropy.of(s, HessianSpectra.detectionEvidence(det.get())).structure();
            return reduced(s, start, teacher, alpha, settings, "Fix(" + iso + ")", "orbit-reduced in Fix(" + iso
                    + "), the start's isotropy detected by colour refinement (tolerance " + det.get().tolerance()
                    + "): Newton in M(" + k + "," + d + ") from it stays there", describe);
        }
        return dense(LossProblem.full(teacher, k), Linear.flatten(start), teacher, alpha, settings,
                "M(" + k + "," + d + ")", describe);
    }

    /**
     * The search with a gradient-descent warm start ({@link DescentWarmStart}, MATH.md section 4): descent with an
     * adaptive step, then Newton with the exact Hessian in the span of {@code basis} (\( B^T \nabla L \),
     * \( B^T \nabla^2 L\, B \)); for a student given by hand that is not yet near a critical point. No route choice,
     * isotropy or symmetry-adapted spectrum: the dense Hessian spectrum of the end point. Cost per Newton step
     * O((kd)^3).
     *
     * @param start     the start \( W_0 \), k x d (read)
     * @param teacher   V, n x d (read)
     * @param alpha     leaky slope
     * @param basis     orthonormal basis of the subspace, vectors flattened i*d+c (read), or empty for M(k,d)
     * @param warmStart descent steps and Newton tolerance
     * @return the point reached whatever the status
     */
    public static DescentNewtonResult withDescent(double[][] start, double[][] teacher, double alpha, double[][] basis,
                                                  DescentWarmStart warmStart) {
        return DescentNewton.search(alpha, teacher, start, basis, warmStart);
    }

    /** Newton on the orbit values of Fix(h), from the projection of the start. */
    static CriticalPoint reduced(YoungStructure h, double[][] start, double[][] teacher, double alpha,
                                 NewtonSettings settings, String subspace, String note, boolean describe) {
        ReducedLossProblem problem = new ReducedLossProblem(h.shape(), h.teacherPattern(teacher));
        return reducedFrom(h, problem, h.pattern(start), teacher, alpha, settings, subspace, note, describe);
    }

    /**
     * Newton on the orbit values of Fix(h) from a pattern; no k x d matrix is formed unless {@code teacher} is given
     * and kd is at most {@link #REDETECT_LIMIT} (then the final point's isotropy is re-detected; otherwise it is h).
     *
     * @param teacher V (read), or null to skip the re-detection
     */
    static CriticalPoint reducedFrom(YoungStructure h, ReducedLossProblem problem, double[] pattern,
                                     double[][] teacher, double alpha, NewtonSettings settings, String subspace,
                                     String note, boolean describe) {
        NewtonResult r = new Newton().solve(problem, problem.coordinates(pattern), alpha, settings);
        double[] x = problem.pattern(r.x());
        OrbitSums sums = problem.sums(r.x(), alpha);
        double gn = sums.gradientNorm(h.shape());
        Optional<IsotropySubgroup> iso = Optional.empty();
        Optional<HessianSpectrum> spec = Optional.empty();
        YoungStructure s = h;
        double[] sx = x;
        if (describe && r.status().converged()) {
            Evidence found = new Evidence("the Young structure Newton ran in (" + subspace + ")", 0, note);
            double[][] w = null;
            if (teacher != null && (long) h.k() * h.d() <= REDETECT_LIMIT) {
                w = h.matrix(x);
                Optional<BlockStructureDetection.Detected> det = BlockStructureDetection.detect(w, teacher,
                        Isotropies.DEFAULT_RELATIVE_TOLERANCE);
                if (det.isPresent() && det.get().structure().order().compareTo(h.order()) >= 0) {
                    s = det.get().structure();
                    sx = s.pattern(w);
                    found = HessianSpectra.detectionEvidence(det.get());
                }
            }
            HessianSpectrum sp = ReducedSpectra.of(s, sx, s == h ? problem.teacher() : s.teacherPattern(teacher), alpha,
                    found);
            if (w != null) {
                sp = HessianSpectra.withCanonical(sp, w, teacher);
            }
            spec = Optional.of(sp);
            iso = Optional.of(sp.isotropy());
        }
        double gAbs = 0;
        double[] ga = sums.gradientAbs();
        for (int o = 0; o < ga.length; o++) {
            double e = ga[o] / Math.sqrt(h.shape().studentOrbitSize(o));
            gAbs += e * e;
        }
        Evidence ev = new Evidence("orbit-reduced gradient on Fix(H) (equal to the full gradient by equivariance) at "
                + "the final iterate", OrbitSums.TERM_ACCURACY * Math.sqrt(gAbs),
                "2-norm over all kd coordinates; " + note + "; Newton: " + r.evidence().method());
        return CriticalPoint.reduced(s, sx, alpha, sums.loss(), gn, r, subspace, iso, spec, ev,
                OrbitSums.TERM_ACCURACY * sums.lossAbs()).withRoute(note);
    }

    /** Dense Newton in the span of the problem's basis. */
    private static CriticalPoint dense(LossProblem problem, double[] flat, double[][] teacher, double alpha,
                                       NewtonSettings settings, String subspace, boolean describe) {
        int k = problem.width();
        int d = problem.inputDimension();
        double[] y0 = problem.project(flat);
        NewtonResult r = new Newton().solve(problem, y0, alpha, settings);
        double[][] w = problem.toMatrix(r.x());
        NetworkLoss loss = Models.loss(alpha, teacher);
        double value = loss.loss(w);
        double[] g = new double[k * d];
        loss.gradient(w, g);
        double gn = 0;
        for (double x : g) {
            gn += x * x;
        }
        gn = Math.sqrt(gn);
        Optional<IsotropySubgroup> iso = Optional.empty();
        Optional<HessianSpectrum> spec = Optional.empty();
        if (describe && r.status().converged()) {
            Optional<BlockStructureDetection.Detected> det = BlockStructureDetection.detect(w, teacher,
                    Isotropies.DEFAULT_RELATIVE_TOLERANCE);
            if (det.isPresent() && HessianSpectra.worthReducing(det.get().structure())) {
                HessianSpectrum s = HessianSpectra.reduced(det.get(), w, teacher, alpha);
                spec = Optional.of(s);
                iso = Optional.of(s.isotropy());
            } else {
                IsotropySubgroup is = Isotropies.of(w, teacher, Isotropies.DEFAULT_RELATIVE_TOLERANCE);
                iso = Optional.of(is);
                if (k * d <= SymmetryAdaptedSpectra.MAX_DENSE) {
                    spec = Optional.of(SymmetryAdaptedSpectra.of(w, teacher, alpha, is));
                }
            }
        }
        Evidence ev = new Evidence("compiled gradient (model.NetworkLoss) at the final iterate", 1e-14 * Math.max(1, gn),
                "2-norm over all kd coordinates; Newton: " + r.evidence().method());
        return new CriticalPoint(w, alpha, value, gn, r, subspace, problem.dimension(), iso, spec, ev);
    }
}
