package org.landscape.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.CriticalPoint;
import org.landscape.analysis.MinimumCertificate;
import org.landscape.proof.CriticalPointProof;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * The output of {@code critical}: a converged critical point with its optional 45-digit certificate and interval
 * proof, as one JSON object or as text (status, route, W, loss, |grad L|, certificate, proof, isotropy, spectrum);
 * and the message for a Newton run that did not converge.
 */
public final class CriticalOutput {
    /** The text output prints W up to this many entries (k = d = 20); the JSON always carries it. */
    public static final long TEXT_POINT_LIMIT = 400;

    private CriticalOutput() {
    }

    /**
     * @return the numerical evidence shown beside an interval proof: the certificate's verdict, else the
     *         orbit-reduced spectrum's Morse index, else empty
     */
    public static String fallback(CriticalPoint c, Optional<MinimumCertificate.Certificate> cert) {
        return cert.map(x -> x.verdict() + " (45-digit quadrature, margin " + x.margin() + ")")
                .orElse(c.spectrum().map(s -> "Morse index " + s.index() + ", smallest |eigenvalue| "
                        + s.smallestModulus() + " +- " + s.errorBound() + " (orbit-reduced spectrum)").orElse(""));
    }

    /** @return the point, with "certificate" and "proof" when present */
    public static ObjectNode json(CriticalPoint c, Optional<MinimumCertificate.Certificate> cert,
                                  Optional<CriticalPointProof> proof) {
        ObjectNode o = CriticalJson.critical(c);
        cert.ifPresent(x -> o.set("certificate", CriticalJson.certificate(x)));
        proof.ifPresent(p -> o.set("proof", ProofJson.critical(p, fallback(c, cert))));
        return o;
    }

    /**
     * Prints the point as text.
     *
     * @param reduced the dense certificate was skipped because the point took the orbit-reduced route
     */
    public static void text(PrintWriter out, CriticalPoint c, Optional<MinimumCertificate.Certificate> cert,
                            boolean reduced, Optional<CriticalPointProof> proof) {
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
        proof.ifPresent(p -> out.println(ProofJson.criticalText(p, fallback(c, cert))));
        if (c.spectrum().isPresent()) {
            CriticalJson.printSpectrum(out, c.spectrum().get());
        } else {
            c.isotropy().ifPresent(i -> out.println("isotropy: " + i.structure() + ", order "
                    + CriticalJson.orderText(i.order())));
        }
    }

    /** @return why Newton did not converge at {@code c}, and what to try */
    public static String notConverged(CriticalPoint c) {
        return "Newton stopped with status " + c.newton().status() + " after " + c.newton().iterations()
                + " steps at |grad L| = " + c.gradientNorm() + " (residual in " + c.subspace() + " "
                + c.newton().residual() + "): " + reason(c) + "; try another start or a fixed-point subspace";
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
