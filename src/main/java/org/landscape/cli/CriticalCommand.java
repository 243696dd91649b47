package org.landscape.cli;

import org.landscape.analysis.CriticalPoint;
import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.MinimumCertificate;
import org.landscape.analysis.SubgroupActions;
import org.landscape.base.InvalidInputException;
import org.landscape.base.NotConvergedException;
import org.landscape.interval.Interval;
import org.landscape.io.CertificateJson;
import org.landscape.io.CriticalJson;
import org.landscape.io.ProofJson;
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

    @Option(names = "--project", description = "with --fix: project a start that is not H-symmetric onto Fix(H) "
            + "(otherwise such a start is refused with its distance, unless its own isotropy is a conjugate of H)")
    boolean project;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--certify", description = "prove existence and uniqueness of the critical point in a small box "
            + "(Krawczyk, interval arithmetic; in Fix(H) with --fix), enclose its loss and prove its Morse index; also "
            + "re-verify gradient and smallest eigenvalue by 45-digit quadrature (the numerical evidence)")
    boolean certify;

    /** The text output prints W up to this many entries (k = d = 20); --json always carries it. */
    static final long TEXT_POINT_LIMIT = 400;

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
                project ? CriticalPointSearch.StartPolicy.PROJECT : CriticalPointSearch.StartPolicy.REQUIRE_IN_FIX);
        PrintWriter out = spec.commandLine().getOut();
        if (!c.converged()) {
            throw new NotConvergedException("Newton stopped with status " + c.newton().status() + " after "
                    + c.newton().iterations() + " steps at |grad L| = " + c.gradientNorm() + " (residual in "
                    + c.subspace() + " " + c.newton().residual() + "): " + reason(c)
                    + "; try another start or a fixed-point subspace");
        }
        boolean reduced = certify && CriticalPointProofs.orbitReduced(c);
        Optional<MinimumCertificate.Certificate> cert = certify && !reduced
                ? Optional.of(MinimumCertificate.certify(c.w(), wv[1], a, MinimumCertificate.DEFAULT_GRADIENT_TOLERANCE))
                : Optional.empty();
        Optional<CriticalPointProof> proof = certify ? Optional.of(CriticalPointProofs.of(c, wv[1],
                Interval.point(a), h, CriticalPointProofs.DEFAULT_SETTINGS)) : Optional.empty();
        String fallback = cert.map(x -> x.verdict() + " (45-digit quadrature, margin " + x.margin() + ")")
                .orElse(c.spectrum().map(s -> "Morse index " + s.index() + ", smallest |eigenvalue| "
                        + s.smallestModulus() + " +- " + s.errorBound() + " (orbit-reduced spectrum)").orElse(""));
        if (certificate != null) {
            CertificateJson.write(proof.get().certificate(), certificate);
        }
        if (json) {
            com.fasterxml.jackson.databind.node.ObjectNode o = CriticalJson.critical(c);
            cert.ifPresent(x -> o.set("certificate", CriticalJson.certificate(x)));
            proof.ifPresent(p -> o.set("proof", ProofJson.critical(p, fallback)));
            out.println(Output.json(o));
        } else {
            out.println("Newton " + c.newton().status() + " in " + c.subspace() + " (" + c.subspaceDimension()
                    + " unknowns) after " + c.newton().iterations() + " steps");
            if (!c.route().isEmpty()) {
                out.println("route: " + c.route());
            }
            if ((long) c.k() * c.d() <= TEXT_POINT_LIMIT) {
                out.println("point W:");
                for (double[] row : c.w()) {
                    StringBuilder sb = new StringBuilder("  ");
                    for (double x : row) {
                        sb.append(String.format("% .16e ", x));
                    }
                    out.println(sb);
                }
            } else {
                out.println("point W: " + c.k() + " x " + c.d() + " (printed with --json)");
            }
            out.println("loss (" + Output.NORMALISATION + ") = " + Output.loss(c.loss()));
            out.println("|grad L| = " + c.gradientNorm());
            cert.ifPresent(x -> out.println("certificate: " + x.verdict() + ", |grad L| <= " + x.gradientNormBound()
                    + ", smallest eigenvalue " + x.smallestEigenvalue() + " +- " + x.eigenvalueError() + " (margin "
                    + x.margin() + "; " + x.evidence().method() + ")"));
            if (reduced) {
                out.println("certificate: the dense 45-digit quadrature is not run on the orbit-reduced route (kd = "
                        + (long) c.k() * c.d() + "); the interval proof below is orbit-reduced");
            }
            proof.ifPresent(p -> out.println(ProofJson.criticalText(p, fallback)));
            if (c.spectrum().isPresent()) {
                CriticalJson.printSpectrum(out, c.spectrum().get());
            } else {
                c.isotropy().ifPresent(i -> out.println("isotropy: " + i.structure() + ", order " + CriticalJson.orderText(i.order())));
            }
        }
        out.flush();
        return 0;
    }

    private static String reason(CriticalPoint c) {
        return switch (c.newton().status()) {
            case STAGNATED -> "the line search could not reduce |grad L| (a minimum of |grad L|^2 that is no zero)";
            case SINGULAR_JACOBIAN -> "the Hessian is singular and the pseudo-inverse gave no step";
            case MAX_ITERATIONS -> "the iteration limit was reached";
            case DIVERGED -> "the iterate or residual grew without bound";
            default -> "unknown";
        };
    }
}
