package org.landscape.dynamics;

/** Every tolerance of this package in one place (STYLE 11), with the reason for its value. */
final class DynamicsThresholds {
    private DynamicsThresholds() {
    }

    /** A gradient norm at or below this counts as stationary (double-precision gradients of O(1) weights reach 1e-13). */
    static final double STATIONARY_GRADIENT = 1e-7;
    /** Relative rank tolerance of the span of \( \{w_l, v_j\} \) in the escape reduction. */
    static final double SPAN_RANK = 1e-12;
    /**
     * GD stability: a Hessian eigenvalue within this of 0 (relative to the largest |eigenvalue|) makes the minimum
     * degenerate. (Index and nullity of reported spectra use the error bound of {@code analysis.HessianSpectrum}.)
     */
    static final double ZERO_EIGENVALUE = 1e-9;
    /** A pair with \( \sin\theta \) below this is parallel or antiparallel: L is not C^3 there (MATH.md section 3). */
    static final double PARALLEL_SIN = 1e-6;
    /** Above this sphere dimension the covering is skipped once an escape is found (2 million boxes reach only r ~ 0.1 at m = 6). */
    static final int CERTIFIED_SPHERE_DIMENSION = 4;
    /** Above this sphere dimension no covering is tried at all (one refinement makes 2^(m-1) boxes). */
    static final int MAX_COVERING_DIMENSION = 8;
    /** Relative floating-point slack added to every certified bound (rounding of D and of the projection). */
    static final double ROUNDING_SLACK = 1e-12;
}
