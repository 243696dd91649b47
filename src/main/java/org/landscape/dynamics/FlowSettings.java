package org.landscape.dynamics;

import org.landscape.base.InvalidInputException;

/**
 * Settings of {@link GradientFlow}.
 *
 * @param time              final time T (> 0)
 * @param samples           output times: 0 and then {@code samples} points geometrically spaced up to T (at least 2)
 * @param tolerance         absolute and relative tolerance of the Dormand-Prince 8(5,3) integrator (in (0, 1e-3])
 * @param convergedGradient the flow stops when the gradient norm falls to this (>= 0; 0 disables the event)
 * @param deadNorm          the flow stops when a neuron's norm falls to this (> 0): the gradient does not exist at 0
 */
public record FlowSettings(double time, int samples, double tolerance, double convergedGradient, double deadNorm) {
    /** Validates the ranges. */
    public FlowSettings {
        if (!(time > 0) || !Double.isFinite(time)) {
            throw new InvalidInputException(DynamicsMessages.FLOW_TIME.format(time));
        }
        if (samples < 2) {
            throw new InvalidInputException(DynamicsMessages.FLOW_SAMPLES.format(samples));
        }
        if (!(tolerance > 0 && tolerance <= 1e-3)) {
            throw new InvalidInputException(DynamicsMessages.FLOW_TOLERANCE.format(tolerance));
        }
        if (!(convergedGradient >= 0) || !(deadNorm > 0)) {
            throw new InvalidInputException(DynamicsMessages.FLOW_EVENTS.format(convergedGradient, deadNorm));
        }
    }

    /** @return T, 300 samples, tolerance 1e-11, stop at gradient 1e-10 or neuron norm 1e-8 */
    public static FlowSettings until(double time) {
        return new FlowSettings(time, 300, 1e-11, 1e-10, 1e-8);
    }

    /** @return these settings with {@code samples} output times */
    public FlowSettings withSamples(int samples) {
        return new FlowSettings(time, samples, tolerance, convergedGradient, deadNorm);
    }
}
