package org.landscape.analysis;

import org.landscape.base.Evidence;

import java.util.Optional;

/**
 * The end of a search with a gradient-descent warm start ({@link CriticalPointSearch#withDescent}): the point
 * reached, \( L \) and \( |\nabla L| \) there, the Hessian spectrum, how the search ended and the steps taken.
 *
 * @param W             the point reached (copy)
 * @param loss          \( L(W) \), normalisation \( \tfrac12 E[(f_W - f_V)^2] \)
 * @param gradientNorm  \( |\nabla L(W)| \) in the full space
 * @param spectrum      Hessian spectrum in the full space (absent at a dead neuron)
 * @param status        how the search ended
 * @param descentSteps  gradient-descent steps taken
 * @param newtonSteps   Newton steps taken
 * @param evidence      method and accuracy (the gradient norm)
 * @param settings      the warm start used
 */
public record DescentNewtonResult(double[][] W, double loss, double gradientNorm, Optional<HessianSpectrum> spectrum,
                                  Status status, int descentSteps, int newtonSteps, Evidence evidence,
                                  DescentWarmStart settings) {
    /** How the search ended. */
    public enum Status {
        /** The gradient norm fell below the tolerance. */
        CONVERGED,
        /** Steps exhausted first. */
        NOT_CONVERGED,
        /** A neuron reached zero (the gradient does not exist there). */
        DEAD_NEURON
    }
}
