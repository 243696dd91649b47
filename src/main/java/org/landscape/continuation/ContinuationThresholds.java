package org.landscape.continuation;

/**
 * The numerical thresholds of this package (STYLE 11), each with the test or measurement that constrains it.
 */
final class ContinuationThresholds {
    private ContinuationThresholds() {
    }

    /**
     * Relative tolerance (per entry, times max(1, max |W|)) of the isotropy of the first point of a switched half.
     * That point lies 0.02 (the switching offset) from the crossing along phi; symmetry-breaking entries are of that
     * order, rounding is 1e-14. SpuriousFamilyTest: every half gets its predicted isotropy.
     */
    static final double ISOTROPY_TOLERANCE = 1e-7;

    /**
     * Relative tolerance for "the Newton point is Delta S_k-fixed" (no --fix): Newton converges to a residual
     * of 1e-12, so a symmetric point is symmetric to about 1e-12 relative; a non-symmetric one differs in O(1) entries.
     */
    static final double SYMMETRY_DETECTION_TOLERANCE = 1e-9;

    /** First arclength step of the main branch (bounded by --max-step). */
    static final double INITIAL_STEP = 0.01;

    /** Smallest arclength step before the run ends with STEP_TOO_SMALL. */
    static final double MIN_STEP = 1e-8;

    /**
     * Sample spacing in alpha of {@link TouchRefinement}: truncation of the degree-4 vertex O(h^4) ~ 1e-12 against the
     * rounding bound eps |H| h / (2 c h^2) ~ 1e-12 at |H| ~ 10, c ~ 0.1 (GlobalMinimumContinuationTest: touches at
     * alpha = 1 within 1e-11 for k = 5; 1.2e-12 measured for k = 4..8).
     */
    static final double TOUCH_SAMPLE_SPACING = 1e-3;

    /** A stagnated Newton solve of TouchRefinement with a residual below this is accepted (gradient rounding floor). */
    static final double TOUCH_ACCEPTED_RESIDUAL = 1e-11;
}
