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

    @Option(names = "--all-eigenvalues", description = "with --json: also list every eigenvalue with its "
            + "multiplicity written out (kd numbers, ascending) as all_eigenvalues")
    boolean all;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        double a = model.alpha();
        double[][][] wv = model.studentAndTeacher();
        HessianSpectrum s = HessianSpectra.of(wv[0], wv[1], a);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            com.fasterxml.jackson.databind.node.ObjectNode o = CriticalJson.spectrum(s);
            if (all) {
                com.fasterxml.jackson.databind.node.ArrayNode list = o.putArray("all_eigenvalues");
                for (HessianSpectrum.DistinctEigenvalue e : s.distinctEigenvalues()) {
                    for (long m = 0; m < e.multiplicity(); m++) {
                        list.add(e.value());
                    }
                }
            }
            out.println(Output.json(o));
        } else {
            CriticalJson.printSpectrum(out, s);
        }
        out.flush();
        return 0;
    }
}
