package org.landscape.solve;

/**
 * Progress callback of {@link PalcContinuation} (STYLE 15): called after every accepted point and every located
 * event; returning {@link Decision#STOP} ends the run cleanly, keeping everything computed so far. Thread
 * interruption has the same effect (status {@link BranchStatus#INTERRUPTED}).
 */
public interface ContinuationListener {

    /** What the continuation should do next. */
    enum Decision {
        /** Go on. */
        CONTINUE,
        /** Stop now and return the branch computed so far. */
        STOP
    }

    /** A listener that never stops the run. */
    ContinuationListener NONE = (point, step) -> Decision.CONTINUE;

    /**
     * @param point the accepted point
     * @param step  its number (0 is the start point)
     * @return whether to go on
     */
    Decision onPoint(BranchPoint point, int step);

    /**
     * @param event a located event (reported before the point that completed its step)
     * @return whether to go on
     */
    default Decision onEvent(SpecialPoint event) {
        return Decision.CONTINUE;
    }
}
