package org.landscape.cli;

import org.landscape.analysis.HessianSpectrum;
import org.landscape.analysis.HessianSpectra;
import org.landscape.interval.Interval;
import org.landscape.io.CriticalJson;
import org.landscape.io.Output;
import org.landscape.io.ProofJson;
import org.landscape.proof.EnclosedSpectrum;
import org.landscape.proof.SpectrumProofs;
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

    @Option(names = "--certify", description = "prove the eigenvalue enclosures and the inertia of the Hessian at W "
            + "(interval arithmetic; says nothing about whether W is critical: use 'critical --certify' for that)")
    boolean certify;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        double a = model.alpha();
        double[][][] wv = model.studentAndTeacher();
        HessianSpectrum s = HessianSpectra.of(wv[0], wv[1], a);
        PrintWriter out = spec.commandLine().getOut();
        java.util.Optional<EnclosedSpectrum> proof = certify ? java.util.Optional.of(SpectrumProofs.atPoint(wv[0], wv[1],
                Interval.point(a))) : java.util.Optional.empty();
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
            proof.ifPresent(p -> {
                com.fasterxml.jackson.databind.node.ObjectNode po = ProofJson.spectrum(p);
                po.put("verdict", p.inertiaProved() ? "proved" : "not proved: an eigenvalue enclosure contains 0");
                o.set("proof", po);
            });
            out.println(Output.json(o));
        } else {
            CriticalJson.printSpectrum(out, s);
            proof.ifPresent(p -> out.println(ProofJson.spectrumText(p)));
        }
        out.flush();
        return 0;
    }
}
