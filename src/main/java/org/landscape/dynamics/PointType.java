package org.landscape.dynamics;

import org.landscape.analysis.HessianSpectrum;
/** Reading of a point of the landscape from its gradient, Hessian index and dead neurons. */
public enum PointType {
    /** Gradient norm above the stationarity threshold. */
    NOT_STATIONARY,
    /** A negative Hessian eigenvalue, or a dead neuron with an escape direction. */
    SADDLE,
    /** Positive definite Hessian (and no escape): a strict local minimum. */
    STRICT_MINIMUM,
    /** Positive semi-definite with zero eigenvalues, or an undecided escape test: second-order test inconclusive. */
    DEGENERATE,
    /** A neuron is zero: the Hessian does not exist; use the escape test. */
    DEAD_NEURON;

    /** @return the reading from a gradient norm and a Hessian spectrum */
    static PointType of(double gradientNorm, HessianSpectrum s) {
        return gradientNorm > DynamicsThresholds.STATIONARY_GRADIENT ? NOT_STATIONARY
                : s.index() > 0 ? SADDLE : s.nullity() > 0 ? DEGENERATE : STRICT_MINIMUM;
    }
}
