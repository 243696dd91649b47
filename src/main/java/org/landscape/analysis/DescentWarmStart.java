package org.landscape.analysis;

/**
 * Settings of the gradient-descent warm start of {@link CriticalPointSearch#withDescent}: at most
 * {@code maxDescentSteps} steps of gradient descent with an adaptive (Armijo) step, then Newton with the exact
 * Hessian until \( |\nabla L| < \) {@code gradientTolerance} (at most 50 Newton steps).
 *
 * @param maxDescentSteps    gradient-descent steps before Newton, 0..10^6 (0: Newton from the start)
 * @param gradientTolerance  Newton stops when \( |\nabla L| \) falls below this, in (0, 1)
 */
public record DescentWarmStart(int maxDescentSteps, double gradientTolerance) {
    /** The polish of a student given by hand: 2000 descent steps, then Newton to \( |\nabla L| < 10^{-12} \). */
    public static final DescentWarmStart POLISH = new DescentWarmStart(2000, 1e-12);

    public DescentWarmStart {
        if (maxDescentSteps < 0 || maxDescentSteps > 1_000_000) {
            throw AnalysisMessages.OUT_OF_RANGE.invalid("descent steps", maxDescentSteps, "0..10^6");
        }
        if (!(gradientTolerance > 0 && gradientTolerance < 1)) {
            throw AnalysisMessages.OUT_OF_RANGE.invalid("gradient tolerance", gradientTolerance, "(0, 1)");
        }
    }

    /** @return a copy with another descent budget */
    public DescentWarmStart withMaxDescentSteps(int steps) {
        return new DescentWarmStart(steps, gradientTolerance);
    }
}
