package org.landscape.solve;

/** Stability of a solution in the convention of {@link SmoothProblem}: stable iff the index is 0. */
public enum Stability {
    /** No eigenvalue with negative real part (a local minimum when \( F = \nabla L \)). */
    STABLE,
    /** At least one eigenvalue with negative real part (a saddle or maximum when \( F = \nabla L \)). */
    UNSTABLE,
    /** Not known: no point was computed (e.g. a branch-switching half whose first correction failed). */
    UNDETERMINED
}
