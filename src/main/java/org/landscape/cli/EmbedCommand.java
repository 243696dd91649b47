package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.DescentNewtonResult;
import org.landscape.analysis.DescentWarmStart;
import org.landscape.base.InvalidInputException;
import org.landscape.dynamics.EmbeddingReport;
import org.landscape.dynamics.EscapeSettings;
import org.landscape.dynamics.NetworkEmbedding;
import org.landscape.io.DynamicsJson;
import org.landscape.io.MatrixReader;
import org.landscape.io.Output;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code landscape embed}: width k to k+1 by splitting a neuron or adding a zero neuron. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Embed a width-k point into width k+1: split neuron I into (t w, (1-t) w), or add a zero neuron.",
                "Reports both losses (equal), gradient norms, Hessian indices, and for a zero neuron the escape test."})
final class EmbedCommand implements Callable<Integer> {
    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0",
            description = "leaky slope alpha (default ${DEFAULT-VALUE})")
    String alpha;

    @Option(names = "--student", required = true, paramLabel = "W",
            description = "width-k student W (k x d): identity:K, .json, .csv or inline [[...]]")
    String student;

    @Option(names = "--teacher", paramLabel = "V", defaultValue = "",
            description = "teacher V (n x d), same forms (default: identity:d)")
    String teacher;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @ArgGroup(exclusive = false)
        Split split;
        @Option(names = "--add-zero", required = true, description = "append a zero neuron")
        boolean addZero;
    }

    static final class Split {
        @Option(names = "--split", required = true, paramLabel = "I", description = "index of the neuron to split (0-based)")
        int neuron;
        @Option(names = "--ratio", required = true, paramLabel = "T", description = "ratio t in (0,1): w -> (t w, (1-t) w)")
        double ratio;
    }

    @Option(names = "--refine", description = "first polish W into a critical point (gradient descent + Newton)")
    boolean refine;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        double a = ModelOptions.parseAlpha(alpha);
        double[][] w = MatrixReader.read(student, "--student");
        double[][] v = teacher.isBlank() ? MatrixReader.read("identity:" + w[0].length, "--teacher")
                : MatrixReader.read(teacher, "--teacher");
        if (v[0].length != w[0].length) {
            throw new InvalidInputException("student has d = " + w[0].length + " but teacher has d = " + v[0].length
                    + ": rows of --student and --teacher must have the same length");
        }
        ObjectNode refined = null;
        if (refine) {
            DescentNewtonResult r = CriticalPointSearch.withDescent(w, v, a, new double[0][], DescentWarmStart.POLISH);
            if (r.status() != DescentNewtonResult.Status.CONVERGED) {
                throw new org.landscape.base.NotConvergedException("--refine: the search ended " + r.status()
                        + " with gradient norm " + r.gradientNorm() + "; give a start closer to a critical point");
            }
            w = r.W();
            refined = DynamicsJson.critical(r);
        }
        EmbeddingReport rep = mode.addZero
                ? NetworkEmbedding.analyseAddZero(a, w, v, EscapeSettings.defaults())
                : NetworkEmbedding.analyseSplit(a, w, v, mode.split.neuron, mode.split.ratio);
        ObjectNode o = DynamicsJson.embedding(a, rep);
        if (refined != null) {
            o.set("refinement", refined);
        }
        spec.commandLine().getOut().println(json ? Output.json(o) : DynamicsJson.embeddingText(rep, refined != null));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
