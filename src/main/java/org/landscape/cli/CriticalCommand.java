package org.landscape.cli;

import org.landscape.analysis.CriticalPoint;
import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.MinimumCertificate;
import org.landscape.analysis.SubgroupActions;
import org.landscape.base.InvalidInputException;
import org.landscape.base.NotConvergedException;
import org.landscape.interval.Interval;
import org.landscape.io.CertificateJson;
import org.landscape.io.CriticalOutput;
import org.landscape.proof.CriticalPointProof;
import org.landscape.proof.CriticalPointProofs;
import org.landscape.io.Output;
import org.landscape.rep.WeightMatrixAction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code landscape critical}: Newton for grad L = 0 from a start, in M(k,d) or in Fix(H). */
@Command(name = "critical", mixinStandardHelpOptions = true,
        description = "Newton's method (exact Hessian, backtracking) for grad L = 0 from --student, optionally inside "
                + "Fix(H); prints the point, loss, gradient norm, isotropy and Hessian spectrum. Exit 3 if Newton "
                + "does not converge.")
final class CriticalCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Option(names = "--fix", paramLabel = "SUBGROUP",
            description = "restrict to Fix(H): DeltaS5, Delta(S4xS1), Delta(S3xS3), S5xS5, ... (degree k+d, or k = d)")
    String fix;

    @Mixin
    ProjectOption start;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--certify", description = "prove existence and uniqueness of the critical point in a small box "
            + "(Krawczyk, interval arithmetic; in Fix(H) with --fix), enclose its loss and prove its Morse index; also "
            + "re-verify gradient and smallest eigenvalue by 45-digit quadrature (the numerical evidence)")
    boolean certify;

    @Option(names = "--certificate", paramLabel = "FILE", description = "with --certify: write what is needed to "
            + "re-check the proof to FILE (JSON); re-check with 'landscape verify-certificate FILE'")
    java.nio.file.Path certificate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (certificate != null && !certify) {
            throw new InvalidInputException("--certificate FILE needs --certify");
        }
        double a = model.alpha();
        double[][][] wv = model.studentAndTeacher();
        Optional<WeightMatrixAction> h = fix == null ? Optional.empty()
                : Optional.of(SubgroupActions.onWeights(fix, wv[0].length, wv[0][0].length));
        CriticalPoint c = CriticalPointSearch.newton(wv[0], wv[1], a, h, CriticalPointSearch.DEFAULT_SETTINGS,
                start.policy());
        PrintWriter out = spec.commandLine().getOut();
        if (!c.converged()) {
            throw new NotConvergedException(CriticalOutput.notConverged(c));
        }
        boolean reduced = certify && CriticalPointProofs.orbitReduced(c);
        Optional<MinimumCertificate.Certificate> cert = certify && !reduced
                ? Optional.of(MinimumCertificate.certify(c.w(), wv[1], a, MinimumCertificate.DEFAULT_GRADIENT_TOLERANCE))
                : Optional.empty();
        Optional<CriticalPointProof> proof = certify ? Optional.of(CriticalPointProofs.of(c, wv[1],
                Interval.point(a), h, CriticalPointProofs.DEFAULT_SETTINGS)) : Optional.empty();
        if (certificate != null) {
            CertificateJson.write(proof.get().certificate(), certificate);
        }
        if (json) {
            out.println(Output.json(CriticalOutput.json(c, cert, proof)));
        } else {
            CriticalOutput.text(out, c, cert, reduced, proof);
        }
        out.flush();
        return 0;
    }
}
