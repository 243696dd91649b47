package org.landscape.solve;

import org.landscape.base.Require;

/**
 * Settings of {@link Newton}.
 *
 * @param residualTolerance converged needs \( \|G(y)\|_2 \le \) this; in (0, 1]
 * @param stepTolerance     converged also needs the last step \( \|\delta\|_2 \le \) this \( \cdot (1 + \|y\|_2) \), unless
 *                          the residual is negligible (see {@link NewtonStatus#CONVERGED}); in (0, 1]
 * @param maxIterations     at most this many Newton steps; in [1, 10000]
 * @param lineSearch        globalisation
 * @param stallIterations   0 (off), or stop with {@link NewtonStatus#STAGNATED} once the residual has not fallen below
 *                          half its value of this many steps before (backtracking then keeps accepting steps that
 *                          barely reduce \( \|G\| \): a Newton iteration that converges halves it at every step near the
 *                          solution); in [0, 10000]
 */
public record NewtonSettings(double residualTolerance, double stepTolerance, int maxIterations,
        LineSearch lineSearch, int stallIterations) {

    /** Residual \( 10^{-12} \), step \( 10^{-10} \), 30 iterations, backtracking. */
    public static final NewtonSettings DEFAULT = new NewtonSettings(1e-12, 1e-10, 30, LineSearch.BACKTRACKING);

    public NewtonSettings {
        if (!(residualTolerance > 0 && residualTolerance <= 1)) {
            throw SolveMessages.OUT_OF_RANGE.invalid("Newton residualTolerance", residualTolerance, "(0, 1]");
        }
        if (!(stepTolerance > 0 && stepTolerance <= 1)) {
            throw SolveMessages.OUT_OF_RANGE.invalid("Newton stepTolerance", stepTolerance, "(0, 1]");
        }
        if (maxIterations < 1 || maxIterations > 10000) {
            throw SolveMessages.OUT_OF_RANGE.invalid("Newton maxIterations", maxIterations, "[1, 10000]");
        }
        Require.nonNull(lineSearch, "Newton lineSearch");
        if (stallIterations < 0 || stallIterations > 10000) {
            throw SolveMessages.OUT_OF_RANGE.invalid("Newton stallIterations", stallIterations, "[0, 10000]");
        }
    }

    /** Settings without the stall test ({@code stallIterations = 0}). */
    public NewtonSettings(double residualTolerance, double stepTolerance, int maxIterations, LineSearch lineSearch) {
        this(residualTolerance, stepTolerance, maxIterations, lineSearch, 0);
    }

    /** @return a copy with another stall window (0: off) */
    public NewtonSettings withStallIterations(int iterations) {
        return new NewtonSettings(residualTolerance, stepTolerance, maxIterations, lineSearch, iterations);
    }

    /** @return a copy with another residual tolerance */
    public NewtonSettings withResidualTolerance(double tol) {
        return new NewtonSettings(tol, stepTolerance, maxIterations, lineSearch, stallIterations);
    }

    /** @return a copy with another step tolerance */
    public NewtonSettings withStepTolerance(double tol) {
        return new NewtonSettings(residualTolerance, tol, maxIterations, lineSearch, stallIterations);
    }

    /** @return a copy with another iteration limit */
    public NewtonSettings withMaxIterations(int max) {
        return new NewtonSettings(residualTolerance, stepTolerance, max, lineSearch, stallIterations);
    }

    /** @return a copy with another line search */
    public NewtonSettings withLineSearch(LineSearch search) {
        return new NewtonSettings(residualTolerance, stepTolerance, maxIterations, search, stallIterations);
    }
}
