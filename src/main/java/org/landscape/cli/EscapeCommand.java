package org.landscape.cli;

import org.landscape.dynamics.EscapeReport;
import org.landscape.dynamics.EscapeSettings;
import org.landscape.dynamics.EscapeTest;
import org.landscape.io.DynamicsJson;
import org.landscape.io.Output;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code landscape escape}: the one-sided escape test at dead neurons (Wu, Simsek, Ged). */
@Command(name = "escape", mixinStandardHelpOptions = true,
        description = {"Escape test at dead neurons w_i = 0: minimise D(u) = sum_{l!=i} K(u,w_l) - sum_j K(u,v_j) "
                + "over the unit sphere with a certified lower bound (branch and bound).",
                "D(u*) < 0: the neuron escapes along u* (saddle). Certified min D > 0: no first-order escape."})
final class EscapeCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "2000000",
            description = "evaluations of D for the certificate (default ${DEFAULT-VALUE})")
    int budget;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        double a = model.alpha();
        double[][][] wv = model.studentAndTeacher();
        EscapeReport r = EscapeTest.test(a, wv[0], wv[1], EscapeSettings.defaults().withMaxEvaluations(budget));
        spec.commandLine().getOut().println(json ? Output.json(DynamicsJson.escape(r)) : DynamicsJson.escapeText(r));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
