package org.landscape.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossContinuation;
import org.landscape.continuation.LossContinuationSettings;
import org.landscape.group.PermutationGroup;
import org.landscape.io.BranchJson;
import org.landscape.io.BranchOutput;
import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.SubgroupActions;
import org.landscape.base.CancelledException;
import org.landscape.base.InvalidInputException;
import org.landscape.base.UnsupportedException;
import org.landscape.continuation.WidthContinuation;
import org.landscape.io.EventCurveOutput;
import org.landscape.io.MatrixReader;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
import org.landscape.proof.FamilyProof;
import org.landscape.proof.ValidatedContinuation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code landscape continue --alpha A0 --to A1 --student W --teacher V [--fix H] [--switch] [--out DIR] [--json]}:
 * Newton at A0, pseudo-arclength continuation in alpha to A1, events per isotypic block, omega, and (with --switch)
 * the predicted branches. Ctrl-C stops the run and writes what was computed.
 */
@Command(name = "continue", mixinStandardHelpOptions = true,
        description = "Continue a critical point in alpha: events per isotypic block, omega, orbit types, branches.")
final class ContinueCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--to", required = true, paramLabel = "A1", description = "target alpha (different from --alpha)")
    String to;

    @Option(names = "--fix", paramLabel = "H", description = "continue in Fix(H), e.g. DeltaS5, Delta(S5xS1), "
            + "Delta(S99xS1) (groups on more than 16 points run orbit-reduced)")
    String fix;

    @Option(names = "--project", description = "with --fix: project a start that is not H-symmetric onto Fix(H) "
            + "(otherwise such a start is refused with its distance, unless its own isotropy is a conjugate of H)")
    boolean project;

    @Option(names = "--switch", description = "follow every predicted branch at every crossing (inside Fix(K))")
    boolean switchBranches;

    @Option(names = "--out", paramLabel = "DIR", description = "write branch.json, branch.csv, diagram.svg here")
    Path out;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "2000", description = "steps (default 2000)")
    int maxSteps;

    @Option(names = "--max-step", paramLabel = "DS", defaultValue = "0.05",
            description = "largest arclength step (default 0.05)")
    double maxStep;

    @Option(names = "--switch-steps", paramLabel = "N", defaultValue = "60",
            description = "steps per half of a switched branch (default 60)")
    int switchSteps;

    @Option(names = "--json", description = "print the JSON summary on stdout")
    boolean json;

    @Option(names = "--param", paramLabel = "P", defaultValue = "alpha",
            description = "the continuation parameter: alpha (default), or k: follow a family in the width k as a "
                    + "real number at fixed --alpha (--fix names the family, e.g. 'Delta(S{k-1}xS1)'; --to is a width)")
    String param;

    @Option(names = "--k", paramLabel = "K0", description = "with --param k: the start width (the student's width)")
    Integer k0;

    @Option(names = "--curve-to", paramLabel = "A1", description = "with --param k: follow every crossing found as a "
            + "curve in the (alpha, k) plane up to alpha = A1 (written as curves.csv and curves.svg/png with --out, "
            + "and as 'curves' in the JSON)")
    Double curveTo;

    @Option(names = "--certify", description = "prove the branch by validated continuation in Fix(H) (needs --fix): "
            + "existence in tubes, Morse index per segment, each crossing enclosed and proved transversal")
    boolean certify;

    @Override
    public Integer call() {
        if (param.equals("k")) {
            return width();
        }
        if (!param.equals("alpha")) {
            throw new InvalidInputException("--param '" + param + "': give alpha or k");
        }
        double a0 = model.alpha();
        double a1 = parseTo(to);
        double[][][] wv = model.studentAndTeacher();
        if (certify && fix == null) {
            throw new UnsupportedException("continue --certify proves branches of symmetric critical points: give --fix H "
                    + "(the validated continuation runs in Fix(H))");
        }
        Optional<PermutationGroup> h = fix == null ? Optional.empty()
                : Optional.of(SubgroupActions.group(fix, wv[0].length, wv[0][0].length));
        LossContinuationSettings settings = LossContinuationSettings.of(a0, a1).withSwitching(switchBranches)
                .withSteps(maxSteps, maxStep, switchSteps);
        Optional<OutputFolder> folder = Optional.ofNullable(out).map(OutputFolder::prepare);
        var err = spec.commandLine().getErr();
        try (LongRun run = LongRun.start("continue", err)) {
            LossContinuation.Progress progress = progress(run, err);
            LossBranch b;
            try {
                // the set-up before the first step does not poll the stop request: abandoned after a short wait
                b = run.call(() -> new LossContinuation().run(wv[1], wv[0], h, settings, progress, project
                        ? CriticalPointSearch.StartPolicy.PROJECT
                        : CriticalPointSearch.StartPolicy.REQUIRE_IN_FIX));
            } catch (CancelledException e) {
                run.say("stopped on a signal before the first continuation step; nothing to write");
                return 130;
            }
            folder.ifPresent(f -> write(f, b, String.format(Locale.ROOT, "continue: alpha %s -> %s, %s", a0, a1,
                    fix == null ? "student in " + b.subspace() : b.subspace()), err));
            Optional<FamilyProof> proof = certify ? Optional.of(ValidatedContinuation.run(wv[1],
                    SubgroupActions.onWeights(fix, wv[0].length, wv[0][0].length), wv[0], a0, a1,
                    ValidatedContinuation.DEFAULT_SETTINGS)) : Optional.empty();
            var o = spec.commandLine().getOut();
            o.print(json ? Output.json(BranchOutput.summary(b, proof)) + "\n" : BranchOutput.text(b, a1 < a0, proof));
            o.flush();
            return 0;
        }
    }

    /** {@code --param k}: the family in the width at fixed alpha. */
    private int width() {
        if (fix == null || k0 == null) {
            throw new InvalidInputException("--param k needs --fix FAMILY (e.g. 'Delta(S{k-1}xS1)') "
                    + "and --k K0 (the student's width)");
        }
        if (switchBranches || project) {
            throw new InvalidInputException("--switch and --project apply to --param alpha only");
        }
        org.landscape.analysis.YoungFamily family = org.landscape.analysis.YoungFamily.parse(fix);
        double alpha = model.alpha();
        double kEnd = parseTo(to);
        double[][] start = MatrixReader.read(model.student, "--student");
        if (start.length != k0) {
            throw new InvalidInputException("--k " + k0 + " but the student has " + start.length
                    + " rows: give the student's width");
        }
        Optional<OutputFolder> folder = Optional.ofNullable(out).map(OutputFolder::prepare);
        var err = spec.commandLine().getErr();
        try (LongRun run = LongRun.start("continue", err)) {
            LossContinuation.Progress progress = progress(run, err);
            WidthContinuation.Result result = WidthContinuation
                    .run(family, start, alpha, kEnd, maxStep, maxSteps, Optional.ofNullable(curveTo), progress);
            LossBranch b = result.branch();
            folder.ifPresent(f -> {
                if (curveTo != null) {
                    EventCurveOutput.put(f, result.curves(), family.template(), alpha);
                }
                write(f, b, String.format(Locale.ROOT, "continue: k %d -> %s, %s, alpha = %s", k0, kEnd,
                        family.template(), alpha), err);
            });
            var o = spec.commandLine().getOut();
            ObjectNode summary = BranchJson.of(b, false);
            if (curveTo != null) {
                summary.set("curves", EventCurveOutput.json(result.curves()));
            }
            o.print(json ? Output.json(summary) + "\n" : BranchOutput.text(b, kEnd < k0)
                    + EventCurveOutput.text(result.curves()));
            o.flush();
            return 0;
        }
    }

    private static double parseTo(String s) {
        double a;
        try {
            a = Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--to: '" + s
                    + "' is not a number; give a finite real such as 2");
        }
        return org.landscape.base.Require.finite(a, "--to");
    }

    private static void write(OutputFolder f, LossBranch b, String title, java.io.PrintWriter err) {
        BranchOutput.put(f, b, title);
        f.commit();
        err.println("continue: wrote " + f.dir().resolve("branch.json") + ", branch.csv, diagram.svg, diagram.png");
    }

    /** @return progress lines on {@code err}, stopping when Ctrl-C asked {@code run} to stop */
    private static LossContinuation.Progress progress(LongRun run, java.io.PrintWriter err) {
        return LossContinuation.Progress.of(line -> {
            err.println(line);
            err.flush();
        }, run::stopRequested);
    }
}
