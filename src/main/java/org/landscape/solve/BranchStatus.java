package org.landscape.solve;

/** Why a continuation run ended. */
public enum BranchStatus {
    /** The last point lies on the boundary \( p = p_{min} \) or \( p = p_{max} \). */
    REACHED_PARAMETER_LIMIT,
    /** The step limit was reached. */
    MAX_STEPS,
    /** \( \|x\|_2 \) exceeded the norm limit at the last point. */
    NORM_LIMIT,
    /** The corrector failed even at the minimum step size. */
    STEP_TOO_SMALL,
    /** A {@link ContinuationListener} returned {@link ContinuationListener.Decision#STOP}. */
    STOPPED_BY_LISTENER,
    /** The thread was interrupted; the points computed so far are kept. */
    INTERRUPTED,
    /** A snapshot of a {@link ContinuationRun} that has not ended. */
    IN_PROGRESS,
    /** Newton did not converge at the start point; the branch is empty. */
    START_NOT_CONVERGED
}
