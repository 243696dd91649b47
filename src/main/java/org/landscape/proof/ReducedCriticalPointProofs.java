package org.landscape.proof;

import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.interval.Interval;
import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.YoungRefinement;
import org.landscape.reduced.YoungShape;
import org.landscape.reduced.YoungStructure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Computer-assisted proofs about a critical point of the loss at a block-structured point of any width, in
 * \( \mathrm{Fix}(H) \) for a Young-type group H (a {@code reduced.YoungStructure}), at a cost independent of k:
 * <ol>
 *   <li>existence and uniqueness: {@link Krawczyk} on the orbit values, \( F_o(x) = DL[E_o] \) with the exact orbit
 *       indicators \( E_o \) ({@link ReducedLossMap}); H is an exact symmetry of L (the teacher is checked to lie
 *       exactly in its fixed space), so a zero of F is a critical point of L (symmetric criticality);</li>
 *   <li>the loss by the mean-value form;</li>
 *   <li>the Morse index and eigenvalue enclosures per isotypic component over the box that contains the zero
 *       ({@link ReducedSpectrumProofs}: exact multiplicity spaces in fixed spaces of point stabilisers, Sylvester's
 *       law), without the kd x kd Hessian.</li>
 * </ol>
 * The certificate is orbit-reduced ({@link Certificate.Reduced}): H and the point stabilisers as permutations of
 * rows and columns. Refused in principle: a dead neuron, a singular Hessian. Cost at k = 100, two blocks: one
 * 40-digit gradient, a few orbit-sum Hessian enclosures, about a second.
 */
public final class ReducedCriticalPointProofs {
    private ReducedCriticalPointProofs() {
    }

    /**
     * @param structure the Young structure of H (W and V in Fix(H))
     * @param pattern   the numerical critical point's values on the student orbits of H (read)
     * @param teacher   V, n x d (read; must lie exactly in Fix(H))
     * @param alpha     the slope interval
     * @param name      H's name for the output, e.g. {@code Delta(S94xS6)}
     * @param settings  settings (the Krawczyk settings are used)
     * @return the proof outcome; never throws for a point that is not critical (that is "not proved")
     */
    public static CriticalPointProof prove(YoungStructure structure, double[] pattern, double[][] teacher,
                                           Interval alpha, String name, CriticalPointProofs.Settings settings) {
        long t0 = System.nanoTime();
        YoungShape shape = structure.shape();
        if (pattern.length != shape.studentOrbits()) {
            throw new InvalidInputException("the pattern has " + pattern.length + " values, Fix(" + name + ") has "
                    + shape.studentOrbits() + " orbits");
        }
        String subspace = "Fix(" + name + "), dimension " + pattern.length + " (orbit values, exact orbit indicators)";
        double[] center = pattern.clone();
        double[] tp = structure.teacherPattern(teacher);
        Certificate.Reduced reduced = reducedForm(structure);
        if (structure.teacherDistance(teacher) != 0) {
            return failed(Verdict.impossible("the teacher does not lie exactly in Fix(" + name + "): H is no exact "
                    + "symmetry of L, so symmetric criticality does not apply"), subspace, center, t0, alpha, teacher,
                    structure, reduced);
        }
        for (int p : shape.rowParts()) {
            if (shape.kind(p) != YoungShape.PartKind.STUDENT) {
                continue;
            }
            boolean dead = true;
            for (int o = 0; o < shape.studentOrbits(); o++) {
                dead &= shape.studentOrbit(o)[0] != p || center[o] == 0;
            }
            if (dead) {
                return failed(Verdict.impossible("the neurons of student block " + p + " are dead (zero rows): L has "
                        + "only one-sided derivatives there, so it is no zero of a gradient; use 'escape' for the "
                        + "directional test"), subspace, center, t0, alpha, teacher, structure, reduced);
            }
        }
        ReducedLossMap map = new ReducedLossMap(shape, tp, alpha);
        Krawczyk.Result kr;
        try {
            kr = Krawczyk.prove(map, center, settings.krawczyk());
        } catch (InvalidInputException e) {
            return failed(Verdict.notProved("the box around the point contains a dead neuron: " + e.getMessage()),
                    subspace, center, t0, alpha, teacher, structure, reduced);
        }
        if (!kr.proved()) {
            Verdict v = CriticalPointProofs.existenceFailure(kr);
            return new CriticalPointProof(v, Verdict.notProved("existence not proved"), subspace, kr, List.of(),
                    Interval.ENTIRE, Optional.empty(), "", seconds(t0), evidence(kr, Interval.ENTIRE, null),
                    certificate(alpha, teacher, structure, center, kr.radius(), Interval.ENTIRE, -1, Interval.ENTIRE,
                            reduced));
        }
        Interval[] enclosure = kr.enclosure().toArray(new Interval[0]);
        Interval loss = map.lossAt(center, enclosure);
        ReducedSpectrumProofs.Result spectrum = ReducedSpectrumProofs.of(structure, tp, alpha, enclosure);
        Verdict index;
        if (spectrum.proved()) {
            index = Verdict.PROVED;
        } else if (!spectrum.spectrum().straddlingZero().isEmpty() && spectrum.blocks().stream()
                .allMatch(b -> b.result().enclosed())) {
            SpectrumEnclosures.Cluster c = spectrum.spectrum().straddlingZero().get(0);
            index = Verdict.notProved(String.format(Locale.ROOT, "%d Hessian eigenvalue(s) (%s) enclosed in %s, which "
                    + "contains 0: the Hessian may be singular there (a degenerate critical point) or the enclosure is "
                    + "too wide", c.count(), String.join(", ", c.blocks()), c.enclosure()));
        } else {
            index = Verdict.notProved(spectrum.reason());
        }
        long morse = index.proved() ? spectrum.index() : -1;
        List<Interval> point = lift(structure, enclosure);
        return new CriticalPointProof(Verdict.PROVED, index, subspace, kr, point, loss,
                Optional.of(spectrum.spectrum()), "exact isotypic subspaces: integer bases of the multiplicity spaces "
                + "in the fixed spaces of point stabilisers (orbit sums, cost independent of k); attribution exact",
                seconds(t0), evidence(kr, loss, spectrum.spectrum()),
                certificate(alpha, teacher, structure, center, kr.radius(), loss, (int) morse,
                        index.proved() ? spectrum.spectrum().smallest() : Interval.ENTIRE, reduced));
    }

    /** @return the enclosure of W in M(k,d), flat \( i d + c \): the orbit value of each entry */
    private static List<Interval> lift(YoungStructure s, Interval[] x) {
        List<Interval> out = new ArrayList<>(s.k() * s.d());
        for (int i = 0; i < s.k(); i++) {
            for (int c = 0; c < s.d(); c++) {
                out.add(x[s.studentOrbit(i, c)]);
            }
        }
        return out;
    }

    /**
     * @return H's generators, one coordinate per orbit of H, and the generators of every distinct point stabiliser of
     *         the isotypic components, all as permutations of the k + d rows and columns
     */
    static Certificate.Reduced reducedForm(YoungStructure s) {
        int[] unknowns = new int[s.shape().studentOrbits()];
        java.util.Arrays.fill(unknowns, -1);
        for (int i = 0; i < s.k(); i++) {
            for (int c = 0; c < s.d(); c++) {
                int o = s.studentOrbit(i, c);
                if (unknowns[o] < 0) {
                    unknowns[o] = i * s.d() + c;
                }
            }
        }
        Map<String, List<int[]>> stabilisers = new LinkedHashMap<>();
        for (IsotypicComponents.Component c : IsotypicComponents.of(s.shape())) {
            YoungRefinement k = c.refinement();
            stabilisers.computeIfAbsent(java.util.Arrays.toString(k.split()), key -> refined(s, k).generators());
        }
        return new Certificate.Reduced(s.generators(), unknowns, new ArrayList<>(stabilisers.values()));
    }

    /** @return the point stabiliser K on the concrete indices of s: rest positions and single positions per part */
    static YoungStructure refined(YoungStructure s, YoungRefinement k) {
        YoungShape fine = k.shape();
        int[] split = k.split();
        int[][] idx = new int[fine.parts()][];
        for (int p = 0; p < fine.parts(); p++) {
            int q = k.basePart(p);
            int[] all = s.indices(q);
            int piece = k.piece(p);
            idx[p] = piece < 0 ? java.util.Arrays.copyOfRange(all, split[s.shape().factor(q)], all.length)
                    : new int[] {all[piece]};
        }
        return new YoungStructure(fine, idx);
    }

    private static CriticalPointProof failed(Verdict v, String subspace, double[] center, long t0, Interval alpha,
                                             double[][] teacher, YoungStructure s, Certificate.Reduced reduced) {
        Krawczyk.Result none = new Krawczyk.Result(Krawczyk.Status.NOT_CONTRACTING, center, 0, List.of(),
                Double.POSITIVE_INFINITY, 0, Krawczyk.DEFAULT_SETTINGS);
        return new CriticalPointProof(v, Verdict.notProved("existence not proved"), subspace, none, List.of(),
                Interval.ENTIRE, Optional.empty(), "", seconds(t0), evidence(none, Interval.ENTIRE, null),
                certificate(alpha, teacher, s, center, 0, Interval.ENTIRE, -1, Interval.ENTIRE, reduced));
    }

    private static Certificate certificate(Interval alpha, double[][] teacher, YoungStructure s, double[] center,
                                           double radius, Interval loss, int morse, Interval smallest,
                                           Certificate.Reduced reduced) {
        return new Certificate(Certificate.CRITICAL_POINT, alpha, teacher, s.k(), Optional.empty(), List.of(), center,
                radius, loss, morse, smallest, Optional.of(reduced));
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Evidence evidence(Krawczyk.Result kr, Interval loss, EnclosedSpectrum s) {
        String detail = String.format(Locale.ROOT, "box radius %.3g (%d attempts, |I - CJ| <= %.3g), zero enclosed "
                        + "within %.3g of the center; loss width %.3g%s", kr.radius(), kr.attempts(), kr.contraction(),
                kr.proved() ? kr.enclosureRadius() : Double.NaN, loss.width(),
                s == null ? "" : String.format(Locale.ROOT, "; smallest eigenvalue width %.3g, widest cluster %.3g",
                        s.smallest().width(), s.widestCluster()));
        return new Evidence("interval arithmetic on orbit sums (outward-rounded doubles, 40-digit residual, generated "
                + "interval kernel in the embedding of each representative pair): Krawczyk operator in Fix(H), "
                + "mean-value loss, Sylvester counts on exact isotypic subspaces", kr.radius(), detail);
    }
}
