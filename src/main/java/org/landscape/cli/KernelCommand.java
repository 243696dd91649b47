package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.io.MatrixReader;
import org.landscape.base.Require;
import org.landscape.io.Output;
import org.landscape.model.Models;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code landscape kernel}: the Gaussian leaky-ReLU kernel K_alpha(w, v) at one pair. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Evaluate K_alpha(w,v) = E[sigma(w.x) sigma(v.x)], x ~ N(0, I_d).")
final class KernelCommand implements Callable<Integer> {
    @Option(names = "--alpha", required = true, paramLabel = "A", description = "leaky slope (finite real)")
    String alpha;

    @Option(names = "--w", required = true, paramLabel = "x1,x2,...", description = "first vector")
    String w;

    @Option(names = "--v", required = true, paramLabel = "y1,y2,...", description = "second vector")
    String v;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        double a = ModelOptions.parseAlpha(alpha);
        double[] x = MatrixReader.vector(w, "--w");
        double[] y = MatrixReader.vector(v, "--v");
        double value = Require.finiteResult(Models.kernel(a).value(x, y), "K_alpha(w, v)");
        if (json) {
            ObjectNode o = Output.object();
            o.put("value", value);
            o.put("alpha", a);
            o.put("evaluator", Models.provenance());
            spec.commandLine().getOut().println(Output.json(o));
        } else {
            spec.commandLine().getOut().println("K_alpha(w, v) = " + value + "   (alpha = " + a + ")");
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
