package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.dynamics.FlowResult;
import org.landscape.dynamics.FlowSettings;
import org.landscape.dynamics.GradientFlow;
import org.landscape.io.DynamicsJson;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code landscape flow}: gradient flow in W, optionally with the overlap flow in (Q, M) beside it. */
@Command(name = "flow", mixinStandardHelpOptions = true,
        description = {"Gradient flow dW/dt = -grad L(W) (Dormand-Prince 8(5,3), stops on convergence or a dead neuron);",
                "--overlaps also integrates dQ/dt = -(G W^T + W G^T), dM/dt = -G V^T in (Q, M) = (W W^T, W V^T) and compares.",
                "--out DIR writes trajectory.csv, loss.svg and summary.json."})
final class FlowCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Option(names = "--time", required = true, paramLabel = "T", description = "final time T")
    double time;

    @Option(names = "--overlaps", description = "integrate the overlap flow too and compare")
    boolean overlaps;

    @Option(names = "--out", paramLabel = "DIR", description = "directory for trajectory.csv, loss.svg, summary.json")
    Path out;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "300", description = "output times (default ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--json", description = "print the summary as one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        double a = model.alpha();
        double[][][] wv = model.studentAndTeacher();
        java.util.Optional<OutputFolder> folder = java.util.Optional.ofNullable(out).map(OutputFolder::prepare);
        FlowResult r = GradientFlow.integrate(a, wv[0], wv[1], FlowSettings.until(time).withSamples(samples), overlaps);
        ObjectNode summary = DynamicsJson.flow(a, r);
        if (folder.isPresent()) {
            folder.get().put("trajectory.csv", DynamicsJson.flowCsv(r)).put("loss.svg", DynamicsJson.flowPlot(a, r)
                    .svg(900, 600)).put("summary.json", Output.json(summary) + "\n").commit();
        }
        spec.commandLine().getOut().println(json ? Output.json(summary) : DynamicsJson.flowText(r, out));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
