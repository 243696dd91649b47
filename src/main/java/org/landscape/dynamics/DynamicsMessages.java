package org.landscape.dynamics;

import org.landscape.base.MessagePattern;

/**
 * Every error message of the {@code dynamics} package: one parameterised format each ({@code {0}} placeholders),
 * naming the problem and the fix. {@code DynamicsMessagesTest} checks the placeholder counts.
 */
public enum DynamicsMessages implements MessagePattern {
    NO_DEAD_NEURON(0, "no row of the student is zero: the escape test applies at dead neurons (w_i = 0); set a row "
            + "to zeros, or use ''eval'' for a point where L is differentiable"),
    ESCAPE_BUDGET(1, "escape: maxEvaluations = {0} is too small; use at least 1000"),
    ESCAPE_STARTS(1, "escape: localStarts = {0}; use at least 1"),
    ESCAPE_TOLERANCE(1, "escape: bracketTolerance = {0}; give a positive number"),
    SPLIT_INDEX(2, "`neuron` {0} is not a neuron index: give 0..{1}"),
    SPLIT_RATIO(1, "`ratio` {0} is outside (0, 1): sigma(t z) = t sigma(z) needs t >= 0 and 1 - t >= 0 for the "
            + "function to be preserved (t = 0 or 1 is `addZero`)"),
    SPLIT_ZERO(1, "neuron {0} is zero: splitting it gives two zero neurons; use `addZero`"),
    STABILITY_DELTA(1, "stability: delta = {0} is outside (0, 0.5); use e.g. 0.01"),
    STABILITY_STEPS(1, "stability: steps = {0}; use at least 100"),
    FLOW_TIME(1, "`time` {0} must be a positive finite number, e.g. 100"),
    FLOW_SAMPLES(1, "flow: samples = {0}; use at least 2"),
    FLOW_TOLERANCE(1, "flow: tolerance = {0} is outside (0, 1e-3]; use e.g. 1e-10"),
    FLOW_EVENTS(2, "flow: convergedGradient must be >= 0 and deadNorm > 0, got {0} and {1}"),
    FLOW_DEAD_START(1, "neuron {0} of the start is zero: the gradient flow is not defined there; run ''escape'' to see "
            + "whether it leaves zero, or start it off zero");

    private final int arity;
    private final String pattern;

    DynamicsMessages(int arity, String pattern) {
        this.arity = arity;
        this.pattern = pattern;
    }

    @Override
    public int arity() {
        return arity;
    }

    @Override
    public String pattern() {
        return pattern;
    }
}
