package org.landscape.dynamics;

import org.landscape.analysis.Linear;
import org.landscape.analysis.HessianSpectrum;
import org.landscape.base.Evidence;

import java.util.List;
import java.util.Optional;

/**
 * A gradient-flow trajectory \( \dot W = -\nabla L(W) \) and, optionally, the overlap flow beside it.
 *
 * @param k                  student width
 * @param n                  teacher width
 * @param d                  input dimension
 * @param times              output times
 * @param states             W(t) flattened (i*d + c) at each time
 * @param losses             L(W(t)), normalisation \( \tfrac12 E[(f_W - f_V)^2] \)
 * @param gradientNorms      \( |\nabla L(W(t))| \)
 * @param stop               why the integration ended
 * @param finalType          reading of the final point
 * @param finalSpectrum      Hessian spectrum at the final point (absent at a dead neuron)
 * @param overlaps           the overlap flow and its comparison (when requested)
 * @param evidence           integrator and tolerances
 * @param settings           the settings used
 */
public record FlowResult(int k, int n, int d, double[] times, double[][] states, double[] losses, double[] gradientNorms,
                         Stop stop, PointType finalType, Optional<HessianSpectrum> finalSpectrum,
                         Optional<OverlapComparison> overlaps, Evidence evidence,
                         FlowSettings settings) {

    /** Why the integration ended. */
    public enum Stop {
        /** t reached T. */
        TIME_REACHED,
        /** The gradient norm reached the convergence threshold (event). */
        CONVERGED,
        /** A neuron's norm reached the dead-neuron threshold (event). */
        DEAD_NEURON
    }

    /**
     * The overlap flow \( \dot Q = -(G W^T + W G^T) \), \( \dot M = -G V^T \) integrated on its own, with
     * \( G = A W + B V \) and A, B functions of (Q, M, P) only.
     *
     * @param times              output times (the same as the W flow's)
     * @param q                  Q(t) upper triangle, row by row
     * @param m                  M(t) row-major
     * @param maxDeviation       \( \max_t \max(|Q(t) - W W^T|, |M(t) - W V^T|) \) against the W flow (entrywise)
     * @param rowsSpan           whether the rows of V span R^d (then M determines W, and the overlap map is injective)
     * @param jacobianEigenvalues real parts of the eigenvalues of the linearised overlap field at the end (sorted)
     * @param unstableCount      eigenvalues with real part > tolerance
     * @param note               the correspondence between fixed points in (Q, M) and critical points in W
     */
    public record OverlapComparison(double[] times, double[][] q, double[][] m, double maxDeviation, boolean rowsSpan,
                                    double[] jacobianEigenvalues, int unstableCount, String note) {
    }

    /** @return the last state as a k x d matrix */
    public double[][] finalW() {
        return Linear.unflatten(states[states.length - 1], k, d);
    }
}
