package org.landscape.solve;

/** Why a Newton iteration stopped (STYLE 9: not converging is a result, not an exception). */
public enum NewtonStatus {
    /** \( \|G\| \le \) residual tolerance and the last step \( \le \) step tolerance \( (1 + \|y\|) \). */
    CONVERGED,
    /** The line search could not decrease \( \|G\| \) (a local minimum of \( \|G\|^2 \), or a singular direction). */
    STAGNATED,
    /** The linear system was singular and not even a finite pseudo-inverse step existed. */
    SINGULAR_JACOBIAN,
    /** The iteration limit was reached before convergence. */
    MAX_ITERATIONS,
    /** The residual became non-finite, or grew past {@link Newton#DIVERGENCE_FACTOR} times its start value. */
    DIVERGED;

    /** @return true for {@link #CONVERGED} */
    public boolean converged() {
        return this == CONVERGED;
    }
}
