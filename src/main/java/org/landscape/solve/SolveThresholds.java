package org.landscape.solve;

/**
 * Every threshold of this package in one place (STYLE 11). None was set by a benchmark; each was set by the
 * accuracy tests named beside it, which fail if it is moved far enough to matter.
 */
public final class SolveThresholds {

    /**
     * From this many unknowns on, Newton's linear solves use the row-major LU of EJML instead of Hipparchus'
     * (same partial pivoting, different rounding order). Measured in the census at k = 20 (400 unknowns) and 50
     * (2500): bench/RESULTS.md, "Census speed (issue 16)". Below it the Hipparchus path is kept, so small systems
     * (continuation, extended systems, orbit-reduced Newton) give the same bits as before.
     */
    public static final int ROW_MAJOR_LU_FROM = 200;

    /** Newton: the residual may grow at most by this factor over its start before DIVERGED (NewtonTest, arctan). */
    public static final double DIVERGENCE_FACTOR = 1e8;

    /** Newton: the iterate may grow at most by this factor over \( \max(1, \|y_0\|) \) before DIVERGED (NewtonTest). */
    public static final double ITERATE_GROWTH = 1e12;

    /**
     * Newton: a residual below this fraction of the residual tolerance counts as converged without the step test (at
     * a branch point Newton converges only linearly along the kernel while \( \|G\| \) is negligible; the kernel
     * coordinate is determined only to about \( \|G\|^{1/3} \) there). Set by RandomGradientProblemTest.
     */
    public static final double NEGLIGIBLE_RESIDUAL = 1e-6;

    /** Newton: at most this many step halvings in the Armijo line search. */
    public static final int MAX_HALVINGS = 30;

    /** Newton: the Armijo sufficient-decrease constant (Dennis and Schnabel, section 6.3). */
    public static final double ARMIJO = 1e-4;

    /** Linear solves: relative singular-value cut-off of the pseudo-inverse fallback (NewtonTest, touch at p = 1). */
    public static final double PSEUDO_INVERSE_CUTOFF = 1e-14;

    /** PALC: a correction with at most this many Newton iterations lets the step grow by 1.5. */
    public static final int FAST_CORRECTION = 3;

    /** PALC: a correction with at least this many Newton iterations halves the step. */
    public static final int SLOW_CORRECTION = 7;

    /**
     * Re-correction start guesses: samples closer than this times the squared knot spacing are interpolated
     * linearly, otherwise the cubic Hermite interpolant between the knots is used (RandomGradientProblemTest,
     * BranchSwitchingTest generic coordinates).
     */
    public static final double LINEAR_WINDOW = 1e-2;

    /** Events: \( |\dot p| \) below which a crossing is the eigenvalue of a fold, not a branch point (fold tests). */
    public static final double FOLD_TANGENT = 1e-6;

    /** Events: crossings of one block whose located chart coordinates agree to this (relative) are one event. */
    public static final double SAME_POINT = 1e-8;

    /** Events: relative half-width of the central difference giving the tangent at an event. */
    public static final double TANGENT_DELTA = 1e-3;

    /** Events: at most this many function evaluations per root or minimum search. */
    public static final int MAX_EVALUATIONS = 200;

    /**
     * Events: the rounding error of a test function is taken as this many ulps of \( \max(1, \|J\|_F) \) (4 ulps
     * underestimated the error of 1 of 800 planted crossings; 16 covers all: RandomGradientProblemTest).
     */
    public static final double ROUNDING_ULPS = 16;

    /**
     * Events: spacing of the five nodes used to polish a crossing, relative to the step's chart length; far enough
     * from the branch point for a regular corrector, close enough for quartic interpolation to be exact to rounding.
     */
    public static final double POLISH_WINDOW = 1e-5;

    /** Branch switching: a side \( \mathrm{sign}(p - p_0) \) needs \( |p - p_0| \) above this times (precision + 1e-14). */
    public static final double SIDE_MARGIN = 100;

    private SolveThresholds() {
    }
}
