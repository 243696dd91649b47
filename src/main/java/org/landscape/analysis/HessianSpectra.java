package org.landscape.analysis;

import org.landscape.base.Evidence;
import org.landscape.group.PermutationGroup;
import org.landscape.model.Matrices;
import org.landscape.model.NetworkLoss;
import org.landscape.reduced.BlockStructureDetection;
import org.landscape.reduced.YoungStructure;

import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.solve.SymmetricSpectrum;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Chooses how to compute a Hessian spectrum (STYLE 4; the choice and the reason are named in the result's
 * evidence):
 * <ol>
 *   <li>when the point is block-structured ({@link BlockStructureDetection}: its isotropy is a non-trivial product of
 *       symmetric groups on blocks of rows and columns), the orbit-reduced isotypic blocks ({@link ReducedSpectra}),
 *       at any width; for \( kd \le \) {@link #DENSE_CHECK} the dense spectrum is computed as well and the
 *       difference reported;</li>
 *   <li>otherwise the dense symmetry-adapted spectrum ({@link SymmetryAdaptedSpectra}, \( kd \le \)
 *       {@link SymmetryAdaptedSpectra#MAX_DENSE}), whose isotropy may be any finite group.</li>
 * </ol>
 * {@link #dense} is the symmetry-blind route, for callers that classify many points along a trajectory (the
 * dynamics package) and need no isotypic splitting.
 */
public final class HessianSpectra {
    /** Up to this kd the reduced spectrum is also checked against the dense one (bench/RESULTS.md: under 50 ms). */
    static final int DENSE_CHECK = 400;
    /**
     * The orbit-reduced route costs about \( P^4 \) for P parts (pairs of parts times the embedding dimension squared):
     * with more than this many factors (barely symmetric points) the dense route is cheaper as long as kd allows it
     * (bench/RESULTS.md, issue 16: 16 factors 10 ms, 31 factors 240 ms, dense 400 x 400 about 30 ms).
     */
    static final int REDUCED_MAX_FACTORS = 16;

    private HessianSpectra() {
    }

    /**
     * @param w       student (read)
     * @param teacher teacher (read)
     * @param alpha   leaky slope
     * @return the spectrum at W: orbit-reduced when W is block-structured, dense symmetry-adapted otherwise
     */
    public static HessianSpectrum of(double[][] w, double[][] teacher, double alpha) {
        Matrices.checkRectangular(w, "student W");
        Matrices.checkRectangular(teacher, "teacher V");
        if (teacher[0].length != w[0].length) {
            throw AnalysisMessages.DIMENSION_MISMATCH.invalid(w[0].length, teacher[0].length);
        }
        Optional<BlockStructureDetection.Detected> det = BlockStructureDetection.detect(w, teacher,
                Isotropies.DEFAULT_RELATIVE_TOLERANCE);
        if (det.isPresent() && worthReducing(det.get().structure())) {
            return reduced(det.get(), w, teacher, alpha);
        }
        return SymmetryAdaptedSpectra.of(w, teacher, alpha);
    }

    /**
     * @return true when the orbit-reduced route should be used for this structure: a non-trivial group, and at most
     *         {@link #REDUCED_MAX_FACTORS} factors unless kd is beyond the dense route
     */
    public static boolean worthReducing(YoungStructure s) {
        return s.order().compareTo(BigInteger.ONE) > 0 && (s.shape().factors() <= REDUCED_MAX_FACTORS
                || (long) s.k() * s.d() > SymmetryAdaptedSpectra.MAX_DENSE);
    }

    /** The reduced route at the projection of W onto Fix(H), with the dense check for small kd. */
    static HessianSpectrum reduced(BlockStructureDetection.Detected det, double[][] w, double[][] teacher, double alpha) {
        YoungStructure s = det.structure();
        HessianSpectrum r = withCanonical(ReducedSpectra.of(s, s.pattern(w), s.teacherPattern(teacher), alpha,
                detectionEvidence(det)), w, teacher);
        int kd = s.k() * s.d();
        if (kd > DENSE_CHECK) {
            return r;
        }
        double[] dense = SymmetryAdaptedSpectra.denseEigenvalues(w, teacher, alpha);
        double[] mine = expanded(r);
        double diff = 0;
        for (int i = 0; i < dense.length; i++) {
            diff = Math.max(diff, Math.abs(dense[i] - mine[i]));
        }
        return new HessianSpectrum(r.isotropy(), r.blocks(), r.index(), r.nullity(), r.smallestModulus(),
                r.errorBound(), diff, r.evidence());
    }

    /** @return the spectrum with the canonical isotropy attached where it can be formed (small d, unit teacher) */
    static HessianSpectrum withCanonical(HessianSpectrum r, double[][] w, double[][] teacher) {
        IsotropySubgroup iso = Isotropies.withCanonical(r.isotropy(), w, teacher);
        return iso == r.isotropy() ? r : new HessianSpectrum(iso, r.blocks(), r.index(), r.nullity(),
                r.smallestModulus(), r.errorBound(), r.denseDifference(), r.evidence());
    }

    /** @return how a detected structure was found, for the isotropy's evidence */
    public static Evidence detectionEvidence(BlockStructureDetection.Detected det) {
        return new Evidence("colour refinement of [W; V] into blocks of rows and columns (Young-type isotropy, no "
                + "element enumeration)", det.tolerance(), "entries equal within " + det.tolerance()
                + "; W is " + det.distance() + " from Fix(H) (max entry); the spectrum is taken at the projection");
    }

    /** @return all eigenvalues of a block spectrum with multiplicity, ascending */
    static double[] expanded(HessianSpectrum s) {
        return s.eigenvalues();
    }

    /**
     * The dense spectrum without symmetry (one block "all", trivial isotropy): the model Hessian at W and its
     * eigenvalues from the spectrum factory ({@link SymmetricEigenvalues#spectrum}). The error bound is the factory's
     * backward error bound \( 10\, kd\, \epsilon \|H\|_F \) (the Weyl bound of the symmetry-adapted route with no
     * off-block coupling); eigenvalues within it of 0 count as zero (nullity), those below its negative as the index.
     * Needs every row of W non-zero. Cost \( O(k(k+n)d^2 + (kd)^3) \).
     *
     * @param loss the loss (its teacher and alpha)
     * @param w    student (read)
     * @return the spectrum, its evidence naming the eigensolver route that ran
     */
    public static HessianSpectrum dense(NetworkLoss loss, double[][] w) {
        Matrices.checkRectangular(w, "student W");
        int k = w.length;
        int d = w[0].length;
        int kd = k * d;
        double[] h = new double[kd * kd];
        loss.hessian(w, h);
        SymmetricSpectrum sp = SymmetricEigenvalues.spectrum(h, kd);
        double[] ev = sp.values();
        double bound = sp.backwardErrorBound();
        int[] mult = new int[kd];
        java.util.Arrays.fill(mult, 1);
        int index = 0;
        int nullity = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (double e : ev) {
            smallest = Math.min(smallest, Math.abs(e));
            if (e < -bound) {
                index++;
            } else if (e <= bound) {
                nullity++;
            }
        }
        IsotropySubgroup trivial = new IsotropySubgroup(PermutationGroup.generatedBy("1", k + d, List.of()), k, d,
                BigInteger.ONE, "1", new Evidence("not searched: the dense spectrum uses no symmetry", Double.NaN, ""),
                Optional.empty());
        Evidence evidence = new Evidence("dense Hessian spectrum: " + sp.route().description(), bound,
                "accuracy = 10 kd eps |H|_F (Weyl bound of a backward-stable eigensolver), kd = " + kd);
        return new HessianSpectrum(trivial, List.of(new IsotypicBlock("all", 1, kd, ev, mult, 0)), index, nullity,
                smallest, bound, 0, evidence);
    }
}
