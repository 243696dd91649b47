package org.landscape.proof;

import org.landscape.base.Evidence;
import org.landscape.interval.Interval;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link CriticalPointProofs#prove}: each claim proved or not, with the reason.
 *
 * <ul>
 *   <li>existence: F has exactly one zero in the box \( \tilde y + [-r, r]^m \) of the unknowns (Krawczyk), it lies
 *       in {@link #point()} (in M(k,d), flat);</li>
 *   <li>loss: \( L \) at that zero lies in {@link #loss()} (mean-value form);</li>
 *   <li>Morse index: the Hessian at that zero has exactly {@link #morseIndex()} negative eigenvalues and none zero,
 *       with the eigenvalue enclosures of {@link #spectrum()}.</li>
 * </ul>
 *
 * @param existence    the existence claim
 * @param index        the Morse-index claim (not attempted when existence fails)
 * @param subspace     "M(k,d)" or "Fix(H)" with its dimension
 * @param krawczyk     the Krawczyk result
 * @param point        the enclosure of the critical point in M(k,d), flat (empty unless existence is proved)
 * @param loss         the enclosure of the loss there (ENTIRE unless existence is proved)
 * @param spectrum     eigenvalue enclosures of the Hessian there (empty unless computed)
 * @param blocksMethod how the blocks of the spectrum were obtained
 * @param seconds      wall time
 * @param evidence     method and the widths reached
 * @param certificate  what an independent checker needs to re-check the proof
 */
public record CriticalPointProof(Verdict existence, Verdict index, String subspace, Krawczyk.Result krawczyk,
                                 List<Interval> point, Interval loss, Optional<EnclosedSpectrum> spectrum,
                                 String blocksMethod, double seconds, Evidence evidence, Certificate certificate) {
    public CriticalPointProof {
        point = List.copyOf(point);
    }

    /** @return true if existence and the Morse index are proved */
    public boolean proved() {
        return existence.proved() && index.proved();
    }

    /** @return the proved Morse index, if proved */
    public java.util.OptionalInt morseIndex() {
        return index.proved() && spectrum.isPresent() ? java.util.OptionalInt.of(spectrum.get().negative())
                : java.util.OptionalInt.empty();
    }

    /** @return the radius of the uniqueness box in the unknowns */
    public double boxRadius() {
        return krawczyk.radius();
    }

    /** @return the largest distance from the given point to the enclosure of the critical point (in M(k,d)) */
    public double enclosureRadius(double[] center) {
        double r = 0;
        for (int a = 0; a < point.size(); a++) {
            r = Math.max(r, Math.max(Math.abs(point.get(a).lo() - center[a]), Math.abs(point.get(a).hi() - center[a])));
        }
        return r;
    }
}
