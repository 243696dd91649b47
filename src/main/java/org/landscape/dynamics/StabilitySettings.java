package org.landscape.dynamics;

import org.landscape.base.InvalidInputException;

/**
 * Settings of {@link GdStability}.
 *
 * @param delta relative offset of the two confirming runs, \( \eta = (1 \pm \delta)\eta^* \), in (0, 0.5)
 * @param steps gradient-descent steps per run (at least 100)
 */
public record StabilitySettings(double delta, int steps) {
    /** Validates the ranges. */
    public StabilitySettings {
        if (!(delta > 0 && delta < 0.5)) {
            throw new InvalidInputException(DynamicsMessages.STABILITY_DELTA.format(delta));
        }
        if (steps < 100) {
            throw new InvalidInputException(DynamicsMessages.STABILITY_STEPS.format(steps));
        }
    }

    /** @return delta 0.01, 20000 steps */
    public static StabilitySettings defaults() {
        return new StabilitySettings(0.01, 20000);
    }
}
