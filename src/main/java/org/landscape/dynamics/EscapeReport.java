package org.landscape.dynamics;

import java.util.List;

/**
 * Result of {@link EscapeTest}: the point's loss, the stationarity of its live neurons and one
 * {@link NeuronEscape} per dead neuron.
 *
 * @param alpha             leaky slope
 * @param loss              \( L = \tfrac12 E[(f_W - f_V)^2] \)
 * @param liveGradientNorm  Euclidean norm of the gradient in the live rows (the loss is differentiable there)
 * @param neurons           one entry per dead neuron
 * @param classification    overall reading (see {@link PointClass})
 * @param settings          the settings used
 */
public record EscapeReport(double alpha, double loss, double liveGradientNorm, List<NeuronEscape> neurons,
                           PointClass classification, EscapeSettings settings) {
    /** Copies the list. */
    public EscapeReport {
        neurons = List.copyOf(neurons);
    }

    /** Overall reading of a point with dead neurons. */
    public enum PointClass {
        /** Some dead neuron has an escape direction: a saddle (no local minimum). */
        SADDLE_ESCAPE,
        /** The live gradient is not zero: not a stationary point. */
        NOT_STATIONARY,
        /** Stationary in the live rows and certified no first-order escape: the necessary condition for a local minimum holds. */
        NO_FIRST_ORDER_ESCAPE,
        /** The test could not decide (a zero minimum of D, or the budget ran out). */
        UNDECIDED
    }
}
