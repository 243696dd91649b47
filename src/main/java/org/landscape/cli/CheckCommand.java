package org.landscape.cli;

import org.landscape.base.InvalidInputException;
import org.landscape.claims.ClaimResult;
import org.landscape.claims.ClaimsChecker;
import org.landscape.claims.ClaimsFile;
import org.landscape.claims.Verdict;
import org.landscape.io.ClaimsReader;
import org.landscape.io.ClaimsReport;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code landscape check}: verdicts (holds / fails / undecided) with evidence for the claims in a file. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check critical-number claims; exit 0 only when every claim holds.",
        description = {"CLAIMS is a JSON claims file (schema: 'landscape check --schema'). Prints a Markdown report "
                + "(or JSON with --json); --out also writes the Markdown report to a file. Exit code 0 when every "
                + "claim holds, 1 when some claim fails or is undecided, 2 for a malformed file."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CLAIMS", description = "claims file (JSON)")
    Path claims;

    @Option(names = "--json", description = "print the JSON report")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown report to FILE")
    Path out;

    @Option(names = "--schema", description = "print the JSON Schema of claims files and exit")
    boolean schema;

    @Override
    public Integer call() throws IOException {
        if (schema) {
            try (InputStream in = CheckCommand.class.getResourceAsStream("/claims.schema.json")) {
                System.out.println(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return 0;
        }
        if (claims == null) {
            throw new InvalidInputException("give a claims file: landscape check CLAIMS.json (see --schema)");
        }
        if (out != null) {
            OutputFolder.prepareFile(out);
        }
        ClaimsFile file = ClaimsReader.read(claims);
        List<ClaimResult> results = new ClaimsChecker().check(file, msg -> System.err.println("check: " + msg));
        String md = ClaimsReport.markdown(file, results);
        if (out != null) {
            Output.writeAtomically(out, md);
        }
        System.out.println(json ? Output.json(ClaimsReport.json(file, results)) : md);
        return results.stream().allMatch(r -> r.verdict() == Verdict.HOLDS) ? 0 : 1;
    }
}
