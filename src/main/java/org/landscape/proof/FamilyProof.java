package org.landscape.proof;

import org.landscape.interval.Interval;

import java.util.List;

/**
 * The outcome of {@link ValidatedContinuation#run}: a chain of proved tubes covering an interval of alpha, on each
 * of which the family (a branch of critical points in Fix(G)) exists, is unique in the tube and continuous across
 * tubes, with the Hessian's eigenvalues enclosed: either none is 0 (the Morse index is constant and proved), or one
 * simple eigenvalue crosses 0 exactly once (a transversal crossing; its critical number then enclosed tightly).
 *
 * @param from      the start alpha
 * @param reached   the last alpha covered (equals the target when {@link #verdict()} is proved)
 * @param target    the requested end
 * @param segments  the tubes, in the order of continuation
 * @param crossings the proved critical numbers of the crossing tubes
 * @param verdict   proved (the whole interval covered) or not, with the reason (where it stopped)
 * @param seconds   wall time
 */
public record FamilyProof(double from, double reached, double target, List<Segment> segments,
                          List<CriticalNumberProof> crossings, Verdict verdict, double seconds) {
    public FamilyProof {
        segments = List.copyOf(segments);
        crossings = List.copyOf(crossings);
    }

    /** What a tube proves. */
    public enum Kind {
        /** No Hessian eigenvalue vanishes on the tube: the index is constant. */
        REGULAR,
        /** Exactly one simple eigenvalue (of one isotypic block) crosses 0 on the tube, transversally. */
        CROSSING
    }

    /**
     * One proved tube.
     *
     * @param alpha      the alpha interval
     * @param kind       regular or crossing
     * @param indexLow   the Morse index at the lower end of alpha
     * @param indexHigh  the Morse index at the upper end (equal for a regular tube)
     * @param component  the crossing block's label ("" for a regular tube)
     * @param smallest   an enclosure of the smallest Hessian eigenvalue at the tube's centre (reported only)
     * @param blocksLow  per isotypic component (label), the negative eigenvalues of its multiplicity block at the
     *                   lower end (the isotypic Morse index \( m_i^- \)); empty when the blocks were not separated
     * @param blocksHigh the same at the upper end
     */
    public record Segment(Interval alpha, Kind kind, int indexLow, int indexHigh, String component,
                          Interval smallest, java.util.Map<String, Integer> blocksLow,
                          java.util.Map<String, Integer> blocksHigh) {
        public Segment {
            blocksLow = java.util.Map.copyOf(blocksLow);
            blocksHigh = java.util.Map.copyOf(blocksHigh);
        }
    }

    /** @return true if the whole interval was covered */
    public boolean proved() {
        return verdict.proved();
    }

    /** @return the tubes that meet [lo, hi] */
    public List<Segment> within(double lo, double hi) {
        return segments.stream().filter(s -> s.alpha().hi() >= lo && s.alpha().lo() <= hi).toList();
    }
}
