package org.landscape.cli;

import org.landscape.base.VerificationFailedException;
import org.landscape.io.Output;
import org.landscape.io.VerificationReportJson;
import org.landscape.model.Models;
import org.landscape.verify.Check;
import org.landscape.verify.VerificationReport;
import org.landscape.verify.VerificationSettings;
import org.landscape.verify.VerificationSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code landscape verify}: every derived formula against quadrature, finite differences and Monte Carlo. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Check every formula by quadrature, finite differences and Monte Carlo.",
        description = {"Check the kernel, its gradient and Hessian blocks, and the loss, gradient and Hessian three "
                + "independent ways: 45-digit 2-D quadrature of the Gaussian expectation, central finite "
                + "differences, and Monte Carlo (z-scores). Prints a table of maximum errors; exits 5 if any "
                + "check fails."})
final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--json", description = "print one JSON object (progress goes nowhere)")
    boolean json;

    @Option(names = "--reduced", description = "run the reduced suite (a few seconds; 10^5 Monte Carlo samples)")
    boolean reduced;

    @Override
    public Integer call() {
        VerificationSettings settings = reduced ? VerificationSettings.reduced() : VerificationSettings.full();
        VerificationSuite suite = new VerificationSuite(Models::kernel, Models::loss);
        PrintStream err = System.err;
        VerificationReport report = suite.run(settings, p -> {
            if (!json) {
                err.printf("verify: %s %d/%d %s%n", p.stage(), p.done(), p.total(), p.label());
            }
        });
        if (json) {
            System.out.println(Output.json(VerificationReportJson.of(report).put("evaluator", Models.provenance())));
        } else {
            System.out.println("evaluator: " + Models.provenance());
            System.out.print(report.table());
        }
        System.out.flush();
        if (!report.passed()) {
            throw new VerificationFailedException(report.failures().size() + " verification check(s) failed: "
                    + report.failures().stream().map(VerifyCommand::name).collect(Collectors.joining(", ")));
        }
        return 0;
    }

    private static String name(Check c) {
        return c.formula().label() + " by " + c.method().label() + " (max " + c.maxError() + " > " + c.tolerance()
                + " at " + c.worstCase() + ")";
    }
}
