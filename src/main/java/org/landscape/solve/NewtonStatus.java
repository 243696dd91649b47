package org.landscape.solve;

/** Why a Newton iteration stopped (STYLE 9: not converging is a result, not an exception). */
public enum NewtonStatus {
    /**
     * \( \|G\| \le \) residual tolerance and the last step \( \le \) step tolerance \( (1 + \|y\|) \); or
     * \( \|G\| \le \) {@link SolveThresholds#NEGLIGIBLE_RESIDUAL} times the residual tolerance; or the iteration limit was
     * reached with \( \|G\| \le \) residual tolerance (steps that stay large are then rounding noise amplified by a
     * nearly singular \( J \)).
     */
    CONVERGED,
    /** The line search could not decrease \( \|G\| \) (a local minimum of \( \|G\|^2 \), or a singular direction). */
    STAGNATED,
    /** The linear system was singular and the pseudo-inverse gave no finite, non-zero step. */
    SINGULAR_JACOBIAN,
    /** The iteration limit was reached before convergence. */
    MAX_ITERATIONS,
    /**
     * The residual or the iterate became non-finite, the residual grew past {@link SolveThresholds#DIVERGENCE_FACTOR}
     * times its start value, or the iterate past {@link SolveThresholds#ITERATE_GROWTH} times its start norm.
     */
    DIVERGED;

    /** @return true for {@link #CONVERGED} */
    public boolean converged() {
        return this == CONVERGED;
    }
}
