package org.landscape.dynamics;

import org.landscape.base.InvalidInputException;

/**
 * Settings of {@link EscapeTest}.
 *
 * @param maxEvaluations    budget of evaluations of D for the branch-and-bound certificate (at least 1000)
 * @param localStarts       seeded random starts of the Riemannian descent on the sphere (at least 1)
 * @param bracketTolerance  the search stops once the certified lower bound is within this times the Lipschitz
 *                          constant of D of the best value (> 0; relative, so the cost does not depend on the scale of W, V)
 * @param seed              seed of the random starts
 */
public record EscapeSettings(int maxEvaluations, int localStarts, double bracketTolerance, long seed) {
    /** Validates the ranges. */
    public EscapeSettings {
        if (maxEvaluations < 1000) {
            throw new InvalidInputException(DynamicsMessages.ESCAPE_BUDGET.format(maxEvaluations));
        }
        if (localStarts < 1) {
            throw new InvalidInputException(DynamicsMessages.ESCAPE_STARTS.format(localStarts));
        }
        if (!(bracketTolerance > 0) || !Double.isFinite(bracketTolerance)) {
            throw new InvalidInputException(DynamicsMessages.ESCAPE_TOLERANCE.format(bracketTolerance));
        }
    }

    /** @return 2 million evaluations, 32 starts, relative tolerance 1e-4, seed 1 */
    public static EscapeSettings defaults() {
        return new EscapeSettings(2_000_000, 32, 1e-4, 1L);
    }

    /** @return a copy with another evaluation budget */
    public EscapeSettings withMaxEvaluations(int n) {
        return new EscapeSettings(n, localStarts, bracketTolerance, seed);
    }
}
