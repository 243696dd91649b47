package org.landscape.cli;

import org.landscape.analysis.HessianSpectrum;
import org.landscape.analysis.HessianSpectra;
import org.landscape.io.Output;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code landscape spectrum}: isotropy of W and the Hessian spectrum per isotypic block. */
@Command(name = "spectrum", mixinStandardHelpOptions = true,
        description = "Isotropy subgroup of W in S_k x Stab(V) and the Hessian eigenvalues per isotypic block "
                + "(with multiplicities), Morse index, smallest |eigenvalue| with a Weyl error bound.")
final class SpectrumCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        double a = model.alpha();
        double[][][] wv = model.studentAndTeacher();
        HessianSpectrum s = HessianSpectra.of(wv[0], wv[1], a);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Output.json(CriticalJson.spectrum(s)));
        } else {
            CriticalJson.printSpectrum(out, s);
        }
        out.flush();
        return 0;
    }
}
