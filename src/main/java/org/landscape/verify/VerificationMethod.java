package org.landscape.verify;

/** The three independent ways a formula is checked. */
public enum VerificationMethod {
    /** Against the 45-digit polar quadrature ({@link QuadratureReference}); measure: relative error with floor. */
    QUADRATURE("quadrature", "rel"),
    /** Against central differences of the evaluator's own lower derivative ({@link FiniteDifferences}). */
    FINITE_DIFFERENCES("finite_differences", "rel"),
    /** Against seeded Monte Carlo ({@link MonteCarloReference}); measure: |z|. */
    MONTE_CARLO("monte_carlo", "|z|");

    private final String label;
    private final String measure;

    VerificationMethod(String label, String measure) {
        this.label = label;
        this.measure = measure;
    }

    /** @return the snake-case label */
    public String label() {
        return label;
    }

    /** @return what {@link Check#maxError()} measures for this method */
    public String measure() {
        return measure;
    }
}
