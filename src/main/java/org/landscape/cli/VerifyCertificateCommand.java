package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.io.CertificateJson;
import org.landscape.io.Output;
import org.landscape.proof.check.CertificateChecker;
import org.landscape.proof.check.CheckReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code landscape verify-certificate FILE}: re-checks a proof certificate along an independent code path. */
@Command(name = "verify-certificate", mixinStandardHelpOptions = true,
        description = "Re-check a certificate written by 'critical --certify --certificate FILE' with independent code "
                + "(apfloat intervals at 70 digits, the symbolic formulas interpreted, Sylvester inertia by interval "
                + "LDL^T). Exit 0 if every claim is confirmed, 5 if one fails, 2 for a malformed file. About 15 s "
                + "(most of it deriving the formulas).")
final class VerifyCertificateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the certificate (JSON)")
    Path file;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CheckReport r = CertificateChecker.checkKnown(CertificateJson.read(file));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Output.object();
            o.put("file", file.toString());
            o.put("confirmed", r.confirmed());
            ArrayNode a = o.putArray("claims");
            for (CheckReport.ClaimCheck c : r.claims()) {
                ObjectNode co = a.addObject();
                co.put("claim", c.claim());
                co.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                co.put("detail", c.detail());
            }
            o.put("seconds", r.seconds());
            out.println(Output.json(o));
        } else {
            for (CheckReport.ClaimCheck c : r.claims()) {
                out.println(c.claim() + ": " + c.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " (" + c.detail() + ")");
            }
            out.println(r.confirmed() ? "certificate confirmed by the independent re-check" : "certificate NOT confirmed");
        }
        out.flush();
        return r.confirmed() ? 0 : 5;
    }
}
