package org.landscape.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossContinuation;
import org.landscape.continuation.LossContinuationSettings;
import org.landscape.group.PermutationGroup;
import org.landscape.io.BranchOutput;
import org.landscape.analysis.SubgroupActions;
import org.landscape.base.CancelledException;
import org.landscape.base.InvalidInputException;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
import org.landscape.proof.FamilyProof;
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

    @Mixin
    ProjectOption start;

    @Option(names = "--switch", description = "follow every predicted branch at every crossing (inside Fix(K))")
    boolean switchBranches;

    @Option(names = "--out", paramLabel = "DIR", description = "write branch.json, branch.csv, diagram.svg here")
    Path out;

    @Mixin
    ContinuationStepOptions steps;

    @Option(names = "--json", description = "print the JSON summary on stdout")
    boolean json;

    @Option(names = "--param", paramLabel = "P", defaultValue = "alpha",
            description = "the continuation parameter: alpha (default), or k: follow a family in the width k as a "
                    + "real number at fixed --alpha (--fix names the family, e.g. 'Delta(S{k-1}xS1)'; --to is a width)")
    String param;

    @Mixin
    ContinueInWidth width;

    @Mixin
    ContinueCertifyOption certify;

    @Override
    public Integer call() {
        if (param.equals("k")) {
            return width.run(this);
        }
        if (!param.equals("alpha")) {
            throw new InvalidInputException("--param '" + param + "': give alpha or k");
        }
        double a0 = model.alpha();
        double a1 = ContinueRun.parseTo(to);
        double[][][] wv = model.studentAndTeacher();
        certify.check(fix);
        Optional<PermutationGroup> h = fix == null ? Optional.empty()
                : Optional.of(SubgroupActions.group(fix, wv[0].length, wv[0][0].length));
        LossContinuationSettings settings = LossContinuationSettings.of(a0, a1).withSwitching(switchBranches)
                .withSteps(steps.maxSteps, steps.maxStep, steps.switchSteps);
        Optional<OutputFolder> folder = Optional.ofNullable(out).map(OutputFolder::prepare);
        var err = spec.commandLine().getErr();
        try (LongRun run = LongRun.start("continue", err)) {
            LossContinuation.Progress progress = ContinueRun.progress(run, err);
            LossBranch b;
            try {
                // the set-up before the first step does not poll the stop request: abandoned after a short wait
                b = run.call(() -> new LossContinuation().run(wv[1], wv[0], h, settings, progress, start.policy()));
            } catch (CancelledException e) {
                run.say("stopped on a signal before the first continuation step; nothing to write");
                return 130;
            }
            folder.ifPresent(f -> ContinueRun.write(f, b, String.format(Locale.ROOT, "continue: alpha %s -> %s, %s", a0,
                    a1, fix == null ? "student in " + b.subspace() : b.subspace()), err));
            Optional<FamilyProof> proof = certify.proof(fix, wv, a0, a1);
            var o = spec.commandLine().getOut();
            o.print(json ? Output.json(BranchOutput.summary(b, proof)) + "\n" : BranchOutput.text(b, a1 < a0, proof));
            o.flush();
            return 0;
        }
    }
}
