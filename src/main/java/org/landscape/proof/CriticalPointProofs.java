package org.landscape.proof;

import org.landscape.analysis.CriticalPoint;
import org.landscape.analysis.YoungIsotropy;
import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.group.Permutation;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalMatrix;
import org.landscape.model.Matrices;
import org.landscape.reduced.YoungStructure;
import org.landscape.rep.WeightMatrixAction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Computer-assisted proofs about a numerically found critical point W of the loss (MATH.md section 3) at a slope
 * alpha (an interval: the proof holds for every alpha in it):
 * <ol>
 *   <li>existence and uniqueness of a critical point near W by {@link Krawczyk} on \( F = \nabla L \) in M(k,d),
 *       or on \( F_H = B^T\nabla L(By) \) in Fix(H) with the exact basis of {@link ExactFixedSubspace} (symmetric
 *       criticality: H is checked to be an exact symmetry of L);</li>
 *   <li>the loss at it by the mean-value form ({@link LossMap#lossAt});</li>
 *   <li>its Morse index and eigenvalue enclosures from the Hessian enclosed over the box that contains it
 *       ({@link SpectrumEnclosures}), blocks named by the isotypic components of the point's isotropy.</li>
 * </ol>
 * Refused in principle (not proved, reason stated): a dead neuron (L has only one-sided derivatives there), a
 * singular Hessian (a degenerate critical point is not isolated by a contraction argument). L is \( C^2 \) wherever
 * no neuron is dead, so points with parallel pairs (W = V) are within reach. Cost at k = d = n = 6: one thin
 * gradient and a few Hessian enclosures (about 0.1 s each) plus \( O((kd)^3) \) for the spectrum.
 */
public final class CriticalPointProofs {
    /**
     * Settings.
     *
     * @param krawczyk       the Krawczyk settings
     * @param symmetryBlocks use the symmetry-adapted basis of the isotropy for the eigenvalue enclosures
     */
    public record Settings(Krawczyk.Settings krawczyk, boolean symmetryBlocks) {
        public Settings {
            java.util.Objects.requireNonNull(krawczyk, "krawczyk settings");
        }
    }

    /** Default: {@link Krawczyk#DEFAULT_SETTINGS}, symmetry blocks on. */
    public static final Settings DEFAULT_SETTINGS = new Settings(Krawczyk.DEFAULT_SETTINGS, true);

    private CriticalPointProofs() {
    }

    /**
     * Largest kd proved with the dense Hessian: above it a block-structured point is proved orbit-reduced
     * ({@link ReducedCriticalPointProofs}). The dense route keeps the outputs of small widths; above this size the
     * independent re-checker cannot re-check a dense Morse index either ({@code CertificateChecker.MAX_DENSE}).
     */
    public static final int DENSE_LIMIT = 100;

    /** @return true if {@link #of} proves this point orbit-reduced (block-structured, kd above {@link #DENSE_LIMIT}) */
    public static boolean orbitReduced(CriticalPoint c) {
        return c.structure().isPresent() && c.pattern().isPresent() && (long) c.k() * c.d() > DENSE_LIMIT;
    }

    /**
     * Chooses the route and says which in the proof's evidence: orbit-reduced in Fix(H) when Newton ran orbit-reduced
     * (the point is block-structured, {@link CriticalPoint#structure()}) and kd exceeds {@link #DENSE_LIMIT}; else
     * dense ({@link #prove}) in M(k,d) or in Fix(h).
     *
     * @param c        the numerical critical point
     * @param teacher  V, n x d (read)
     * @param alpha    the slope interval
     * @param h        the subgroup given with {@code --fix}, or empty
     * @param settings settings
     * @return the proof outcome
     */
    public static CriticalPointProof of(CriticalPoint c, double[][] teacher, Interval alpha,
                                        Optional<WeightMatrixAction> h, Settings settings) {
        if (orbitReduced(c)) {
            YoungStructure s = c.structure().get();
            String name = YoungIsotropy.of(s, new Evidence("the structure Newton ran in", 0, "")).structure();
            return ReducedCriticalPointProofs.prove(s, c.pattern().get(), teacher, alpha, name, settings);
        }
        return prove(c.w(), teacher, alpha, h, settings);
    }

    /**
     * @param w        the numerical critical point, k x d (read)
     * @param teacher  V, n x d (read)
     * @param alpha    the slope interval
     * @param h        a subgroup to work in Fix(H), or empty for the full space
     * @param settings settings
     * @return the proof outcome; never throws for a point that is not critical (that is "not proved")
     */
    public static CriticalPointProof prove(double[][] w, double[][] teacher, Interval alpha,
                                           Optional<WeightMatrixAction> h, Settings settings) {
        long t0 = System.nanoTime();
        Matrices.checkRectangular(w, "student W");
        Matrices.checkRectangular(teacher, "teacher V");
        int k = w.length;
        int d = w[0].length;
        if (teacher[0].length != d) {
            throw new InvalidInputException("student has d = " + d + " columns but the teacher has "
                    + teacher[0].length);
        }
        double[] flat = new double[k * d];
        for (int i = 0; i < k; i++) {
            System.arraycopy(w[i], 0, flat, i * d, d);
        }
        Optional<ExactFixedSubspace> fix = h.map(a -> ExactFixedSubspace.of(a, teacher));
        List<int[]> generators = new ArrayList<>();
        h.ifPresent(a -> {
            for (Permutation g : a.group().generators()) {
                int[] t = new int[k * d];
                a.coordinateAction(g, t, new int[k * d]);
                generators.add(t);
            }
        });
        LossMap map = new LossMap(teacher, k, fix, alpha);
        double[] center = map.coordinates(flat);
        String subspace = fix.map(f -> "Fix(" + h.get().group().name() + "), dimension " + f.dimension())
                .orElse("M(" + k + "," + d + ")");
        for (int i = 0; i < k; i++) {
            boolean dead = true;
            double[] lifted = map.lift(center);
            for (int c = 0; c < d; c++) {
                dead &= lifted[i * d + c] == 0;
            }
            if (dead) {
                Verdict v = Verdict.impossible("neuron " + i + " is dead (w_" + i + " = 0): L has only one-sided "
                        + "derivatives there, so it is no zero of a gradient; use 'escape' for the directional test");
                return failed(v, subspace, center, map, t0, alpha, teacher, k, fix, generators);
            }
        }
        Krawczyk.Result kr;
        try {
            kr = Krawczyk.prove(map, center, settings.krawczyk());
        } catch (InvalidInputException e) {
            // a box row reached 0: a dead neuron inside the box
            return failed(Verdict.notProved("the box around the point contains a dead neuron: " + e.getMessage()),
                    subspace, center, map, t0, alpha, teacher, k, fix, generators);
        }
        if (!kr.proved()) {
            Verdict v = existenceFailure(kr);
            return new CriticalPointProof(v, Verdict.notProved("existence not proved"), subspace, kr, List.of(),
                    Interval.ENTIRE, Optional.empty(), "", seconds(t0), evidence(kr, Interval.ENTIRE, Optional.empty()),
                    certificate(alpha, teacher, k, fix, generators, center, kr.radius(), Interval.ENTIRE, -1,
                            Interval.ENTIRE));
        }
        Interval[] enclosure = kr.enclosure().toArray(new Interval[0]);
        Interval loss = map.lossAt(center, enclosure);
        IntervalMatrix hess = map.fullHessianOver(enclosure);
        double[][] mid = new double[k][d];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                mid[i][c] = map.lift(enclosure)[i * d + c].mid();
            }
        }
        SymmetryBlocks.Blocks blocks = settings.symmetryBlocks() ? SymmetryBlocks.of(mid, teacher, alpha.mid())
                : SymmetryBlocks.identity(k * d);
        EnclosedSpectrum spectrum = SpectrumEnclosures.of(hess, blocks.blocks());
        Verdict index;
        if (spectrum.inertiaProved()) {
            index = Verdict.PROVED;
        } else if (!(spectrum.orthogonalityDefect() < 1)) {
            index = Verdict.notProved("the approximate eigenbasis is not proved nonsingular");
        } else {
            SpectrumEnclosures.Cluster c = spectrum.straddlingZero().get(0);
            index = Verdict.notProved(String.format(Locale.ROOT, "%d Hessian eigenvalue(s) enclosed in %s, which "
                            + "contains 0: the Hessian may be singular there (a degenerate critical point) or the enclosure "
                            + "is too wide", c.count(), c.enclosure()));
        }
        int morse = index.proved() ? spectrum.negative() : -1;
        return new CriticalPointProof(Verdict.PROVED, index, subspace, kr, List.of(map.lift(enclosure)), loss,
                Optional.of(spectrum), blocks.method(), seconds(t0), evidence(kr, loss, Optional.of(spectrum)),
                certificate(alpha, teacher, k, fix, generators, center, kr.radius(), loss, morse,
                        index.proved() ? spectrum.smallest() : Interval.ENTIRE));
    }

    /** @return why a Krawczyk attempt did not prove existence */
    static Verdict existenceFailure(Krawczyk.Result kr) {
        return switch (kr.status()) {
            case SINGULAR_PRECONDITIONER -> Verdict.impossible("the Hessian at the point is singular: a degenerate "
                    + "critical point is not isolated by a contraction argument");
            default -> Verdict.notProved(String.format(Locale.ROOT, "no box up to radius %.1e contracts under the "
                    + "Krawczyk operator (last bound of |I - C J| = %.3g): %s", kr.radius(), kr.contraction(),
                    kr.contraction() < 1 ? "the point is too far from a critical point (|grad L| too large)"
                            : "the Hessian is singular or too ill-conditioned on the box"));
        };
    }

    private static CriticalPointProof failed(Verdict v, String subspace, double[] center, LossMap map, long t0,
                                             Interval alpha, double[][] teacher, int k,
                                             Optional<ExactFixedSubspace> fix, List<int[]> generators) {
        Krawczyk.Result none = new Krawczyk.Result(Krawczyk.Status.NOT_CONTRACTING, center, 0, List.of(),
                Double.POSITIVE_INFINITY, 0, Krawczyk.DEFAULT_SETTINGS);
        return new CriticalPointProof(v, Verdict.notProved("existence not proved"), subspace, none, List.of(),
                Interval.ENTIRE, Optional.empty(), "", seconds(t0), evidence(none, Interval.ENTIRE, Optional.empty()),
                certificate(alpha, teacher, k, fix, generators, center, 0, Interval.ENTIRE, -1, Interval.ENTIRE));
    }

    private static Certificate certificate(Interval alpha, double[][] teacher, int k, Optional<ExactFixedSubspace> fix,
                                           List<int[]> generators, double[] center, double radius, Interval loss,
                                           int morse, Interval smallest) {
        return new Certificate(Certificate.CRITICAL_POINT, alpha, teacher, k, fix.map(ExactFixedSubspace::basis),
                generators, center, radius, loss, morse, smallest);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Evidence evidence(Krawczyk.Result kr, Interval loss, Optional<EnclosedSpectrum> s) {
        String detail = String.format(Locale.ROOT, "box radius %.3g (%d attempts, |I - CJ| <= %.3g), zero enclosed "
                        + "within %.3g of the center; loss width %.3g%s", kr.radius(), kr.attempts(), kr.contraction(),
                kr.proved() ? kr.enclosureRadius() : Double.NaN, loss.width(),
                s.map(x -> String.format(Locale.ROOT, "; smallest eigenvalue width %.3g, widest cluster %.3g, "
                        + "|QQ^T - I| <= %.3g", x.smallest().width(), x.widestCluster(), x.orthogonalityDefect()))
                        .orElse(""));
        return new Evidence("interval arithmetic (outward-rounded doubles, generated interval evaluators): Krawczyk "
                + "operator, mean-value loss, Gershgorin + Ostrowski eigenvalue enclosures", kr.radius(), detail);
    }
}
