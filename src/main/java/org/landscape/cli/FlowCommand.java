package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.dynamics.FlowResult;
import org.landscape.dynamics.FlowSettings;
import org.landscape.dynamics.GradientFlow;
import org.landscape.io.DynamicsJson;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
import org.landscape.io.Plot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
        FlowSettings base = FlowSettings.until(time);
        FlowSettings settings = new FlowSettings(base.time(), samples, base.tolerance(), base.convergedGradient(), base.deadNorm());
        FlowResult r = GradientFlow.integrate(a, wv[0], wv[1], settings, overlaps);
        ObjectNode summary = DynamicsJson.flow(a, r);
        if (folder.isPresent()) {
            String csv = csv(r);
            String svg = new Plot("gradient flow, alpha = " + a, "t", "L = 1/2 E[(f_W - f_V)^2] and |grad L|")
                    .logarithmicY()
                    .add(new Plot.Series("loss", r.times(), r.losses(), false, false))
                    .add(new Plot.Series("|grad L|", r.times(), r.gradientNorms(), true, false))
                    .svg(900, 600);
            folder.get().put("trajectory.csv", csv).put("loss.svg", svg).put("summary.json", Output.json(summary) + "\n")
                    .commit();
        }
        spec.commandLine().getOut().println(json ? Output.json(summary) : DynamicsJson.flowText(r, out));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String csv(FlowResult r) {
        StringBuilder sb = new StringBuilder("t,loss,grad_norm");
        for (int i = 0; i < r.k(); i++) {
            for (int c = 0; c < r.d(); c++) {
                sb.append(",w").append(i).append('_').append(c);
            }
        }
        FlowResult.OverlapComparison cmp = r.overlaps().orElse(null);
        if (cmp != null) {
            for (int i = 0; i < r.k(); i++) {
                for (int l = i; l < r.k(); l++) {
                    sb.append(",q").append(i).append('_').append(l);
                }
            }
            for (int i = 0; i < r.k(); i++) {
                for (int j = 0; j < r.n(); j++) {
                    sb.append(",m").append(i).append('_').append(j);
                }
            }
        }
        sb.append('\n');
        for (int s = 0; s < r.times().length; s++) {
            sb.append(num(r.times()[s])).append(',').append(num(r.losses()[s])).append(',').append(num(r.gradientNorms()[s]));
            for (double x : r.states()[s]) {
                sb.append(',').append(num(x));
            }
            if (cmp != null && s < cmp.q().length) {
                for (double x : cmp.q()[s]) {
                    sb.append(',').append(num(x));
                }
                for (double x : cmp.m()[s]) {
                    sb.append(',').append(num(x));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.17g", x);
    }
}
