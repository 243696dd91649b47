package org.landscape.cli;

import picocli.CommandLine.Option;

/** The step budget of {@code continue} (both modes): steps, largest arclength step, steps per switched branch. */
final class ContinuationStepOptions {
    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "2000", description = "steps (default 2000)")
    int maxSteps;

    @Option(names = "--max-step", paramLabel = "DS", defaultValue = "0.05",
            description = "largest arclength step (default 0.05)")
    double maxStep;

    @Option(names = "--switch-steps", paramLabel = "N", defaultValue = "60",
            description = "steps per half of a switched branch (default 60)")
    int switchSteps;
}
