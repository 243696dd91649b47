package org.landscape.solve;

import java.util.List;

/**
 * A pluggable event detector (STYLE 10, after BifurcationKit's {@code Event} and Hipparchus'
 * {@code ODEEventDetector}): it owns a test function, examines each accepted step of a continuation, and returns
 * the events it located in it (possibly none). Built-in detectors: {@link #FOLDS}, {@link #CROSSINGS},
 * {@link #TOUCHES}, {@link #DETERMINANT}; {@link #standard()} returns all four.
 */
@FunctionalInterface
public interface EventDetector {

    /**
     * @param step the step just accepted (with access to re-corrected points between its ends and, for detectors
     *             that need three samples, to the previous step)
     * @return the located events
     */
    List<SpecialPoint> detect(BranchSegment step);

    /** Folds: \( \dot p \) changes sign; localised by Brent on \( \dot p \) along the branch. */
    EventDetector FOLDS = Events::folds;

    /** Crossings: a block's negative count changes; each crossing eigenvalue is localised by Brent. */
    EventDetector CROSSINGS = Events::crossings;

    /** Touches: a block's smallest \( |\lambda| \) has a local minimum \( \le \) the touch tolerance. */
    EventDetector TOUCHES = Events::touches;

    /**
     * The classical branch-point test \( \det J \) (LU): fires only when \( \det J \) changes sign while the blocks'
     * negative counts change by an even total, i.e. for a crossing the supplied blocks do not see (a block missing
     * from {@link SpectralBlocks}); component {@code "det"}, located by Brent on \( \det J \).
     */
    EventDetector DETERMINANT = Events::determinant;

    /** @return folds, crossings, touches and the determinant check */
    static List<EventDetector> standard() {
        return List.of(FOLDS, CROSSINGS, TOUCHES, DETERMINANT);
    }
}
