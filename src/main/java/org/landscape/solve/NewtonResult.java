package org.landscape.solve;

import org.landscape.base.Evidence;

/**
 * Outcome of {@link Newton#solve}: the last iterate (the solution when {@code status} is CONVERGED).
 *
 * @param x               the last iterate, copied
 * @param p               the (fixed) parameter
 * @param status          why the iteration stopped
 * @param iterations      Newton steps taken
 * @param residualHistory \( \|F(x_k, p)\|_2 \) for \( k = 0 .. \) iterations, copied
 * @param settings        the settings used
 * @param evidence        method and achieved residual
 */
public record NewtonResult(double[] x, double p, NewtonStatus status, int iterations, double[] residualHistory,
        NewtonSettings settings, Evidence evidence) {

    public NewtonResult {
        x = x.clone();
        residualHistory = residualHistory.clone();
    }

    /** @return a copy of the last iterate */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the residual history */
    @Override
    public double[] residualHistory() {
        return residualHistory.clone();
    }

    /** @return the final residual norm */
    public double residual() {
        return residualHistory[residualHistory.length - 1];
    }
}
