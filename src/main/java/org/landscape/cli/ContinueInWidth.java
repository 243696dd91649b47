package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.YoungFamily;
import org.landscape.base.InvalidInputException;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossContinuation;
import org.landscape.continuation.WidthContinuation;
import org.landscape.io.BranchJson;
import org.landscape.io.BranchOutput;
import org.landscape.io.EventCurveOutput;
import org.landscape.io.MatrixReader;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code landscape continue --param k}: a Young family followed in the width k as a real number at fixed alpha
 * ({@link WidthContinuation}); the options of this mode only, a mixin of {@link ContinueCommand}.
 */
final class ContinueInWidth {
    @Option(names = "--k", paramLabel = "K0", description = "with --param k: the start width (the student's width)")
    Integer k0;

    @Option(names = "--curve-to", paramLabel = "A1", description = "with --param k: follow every crossing found as a "
            + "curve in the (alpha, k) plane up to alpha = A1 (written as curves.csv and curves.svg/png with --out, "
            + "and as 'curves' in the JSON)")
    Double curveTo;

    /** Runs the mode with the shared options of {@code c}. */
    int run(ContinueCommand c) {
        if (c.fix == null || k0 == null) {
            throw new InvalidInputException("--param k needs --fix FAMILY (e.g. 'Delta(S{k-1}xS1)') "
                    + "and --k K0 (the student's width)");
        }
        if (c.switchBranches || c.start.project) {
            throw new InvalidInputException("--switch and --project apply to --param alpha only");
        }
        YoungFamily family = YoungFamily.parse(c.fix);
        double alpha = c.model.alpha();
        double kEnd = ContinueRun.parseTo(c.to);
        double[][] start = MatrixReader.read(c.model.student, "--student");
        if (start.length != k0) {
            throw new InvalidInputException("--k " + k0 + " but the student has " + start.length
                    + " rows: give the student's width");
        }
        Optional<OutputFolder> folder = Optional.ofNullable(c.out).map(OutputFolder::prepare);
        PrintWriter err = c.spec.commandLine().getErr();
        try (LongRun run = LongRun.start("continue", err)) {
            LossContinuation.Progress progress = ContinueRun.progress(run, err);
            WidthContinuation.Result result = WidthContinuation
                    .run(family, start, alpha, kEnd, c.steps.maxStep, c.steps.maxSteps, Optional.ofNullable(curveTo), progress);
            LossBranch b = result.branch();
            folder.ifPresent(f -> {
                if (curveTo != null) {
                    EventCurveOutput.put(f, result.curves(), family.template(), alpha);
                }
                ContinueRun.write(f, b, String.format(Locale.ROOT, "continue: k %d -> %s, %s, alpha = %s", k0,
                        kEnd, family.template(), alpha), err);
            });
            PrintWriter o = c.spec.commandLine().getOut();
            ObjectNode summary = BranchJson.of(b, false);
            if (curveTo != null) {
                summary.set("curves", EventCurveOutput.json(result.curves()));
            }
            o.print(c.json ? Output.json(summary) + "\n" : BranchOutput.text(b, kEnd < k0)
                    + EventCurveOutput.text(result.curves()));
            o.flush();
            return 0;
        }
    }
}
