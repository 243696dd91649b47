package org.landscape.cli;

import org.landscape.base.InvalidInputException;
import org.landscape.dynamics.GdStability;
import org.landscape.dynamics.StabilityReport;
import org.landscape.dynamics.StabilitySettings;
import org.landscape.io.DynamicsJson;
import org.landscape.io.Output;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code landscape stability}: gradient-descent stability at a minimum (Mulayoff and Stich). */
@Command(name = "stability", mixinStandardHelpOptions = true,
        description = {"Gradient-descent stability at a minimum: eta* = 2/lambda_max and the flip coefficient",
                "beta = (t^T H^-1 t - L4/3)/lambda_max from third and fourth derivatives along the top eigenvector,",
                "confirmed by GD runs at (1 -/+ delta) eta*. Says why when the criterion does not apply (e.g. W = V: not C^3);",
                "a point that is not critical is refused (exit code 2)."})
final class StabilityCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Option(names = "--delta", paramLabel = "D", defaultValue = "0.01",
            description = "relative offset of the confirming runs (default ${DEFAULT-VALUE})")
    double delta;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "20000", description = "GD steps per run (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        double a = model.alpha();
        double[][][] wv = model.studentAndTeacher();
        StabilityReport r = GdStability.analyse(a, wv[0], wv[1], new StabilitySettings(delta, steps));
        if (!r.atCriticalPoint()) {
            throw new InvalidInputException("the stability criterion does not apply here: " + r.reason());
        }
        spec.commandLine().getOut().println(json ? Output.json(DynamicsJson.stability(a, r)) : DynamicsJson.stabilityText(r));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
