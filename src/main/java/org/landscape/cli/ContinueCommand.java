package org.landscape.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossContinuation;
import org.landscape.continuation.LossContinuationSettings;
import org.landscape.continuation.LossEvent;
import org.landscape.continuation.SwitchedBranch;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.io.BifurcationDiagramSvg;
import org.landscape.io.BranchCsv;
import org.landscape.io.BranchJson;
import org.landscape.analysis.SubgroupActions;
import org.landscape.base.UnsupportedException;
import org.landscape.io.Output;
import org.landscape.io.ProofJson;
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

    @Option(names = "--fix", paramLabel = "H", description = "continue in Fix(H), e.g. DeltaS5, Delta(S5xS1)")
    String fix;

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

    @Option(names = "--certify", description = "prove the branch by validated continuation in Fix(H) (needs --fix): "
            + "existence in tubes, Morse index per segment, each crossing enclosed and proved transversal")
    boolean certify;

    @Override
    public Integer call() {
        double a0 = model.alpha();
        double a1 = parseTo(to);
        double[][][] wv = model.studentAndTeacher();
        if (certify && fix == null) {
            throw new UnsupportedException("continue --certify proves branches of symmetric critical points: give --fix H "
                    + "(the validated continuation runs in Fix(H))");
        }
        Optional<PermutationGroup> h = fix == null ? Optional.empty() : Optional.of(Groups.parse(fix));
        LossContinuationSettings settings = LossContinuationSettings.of(a0, a1).withSwitching(switchBranches)
                .withSteps(maxSteps, maxStep, switchSteps);
        AtomicBoolean stop = new AtomicBoolean(false);
        CountDownLatch written = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                written.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        var err = spec.commandLine().getErr();
        LossContinuation.Progress progress = new LossContinuation.Progress() {
            @Override
            public void message(String line) {
                err.println(line);
                err.flush();
            }

            @Override
            public boolean stopRequested() {
                return stop.get() || Thread.currentThread().isInterrupted();
            }
        };
        try {
            LossBranch b = new LossContinuation().run(wv[1], wv[0], h, settings, progress);
            if (out != null) {
                Output.writeAtomically(out.resolve("branch.json"), Output.json(BranchJson.of(b, true)) + "\n");
                Output.writeAtomically(out.resolve("branch.csv"), BranchCsv.of(b));
                String title = String.format(Locale.ROOT, "continue: alpha %s -> %s, %s in %s", a0, a1,
                        fix == null ? "student" : "Fix(" + fix + ")", b.subspace());
                var diagram = BifurcationDiagramSvg.plot(b, title);
                Output.writeAtomically(out.resolve("diagram.svg"), diagram.svg(900, 600));
                Output.writeAtomically(out.resolve("diagram.png"), diagram.png(900, 600));
                err.println("continue: wrote " + out.resolve("branch.json") + ", branch.csv, diagram.svg, diagram.png");
            }
            ObjectNode summary = BranchJson.of(b, false);
            Optional<FamilyProof> proof = Optional.empty();
            if (certify) {
                proof = Optional.of(ValidatedContinuation.run(wv[1], SubgroupActions.onWeights(fix, wv[0].length,
                        wv[0][0].length), wv[0], a0, a1, ValidatedContinuation.DEFAULT_SETTINGS));
                summary.set("proof", ProofJson.family(proof.get(), b.events()));
            }
            var o = spec.commandLine().getOut();
            o.print(json ? Output.json(summary) + "\n" : text(b) + proof.map(p -> ProofJson.familyText(p, b.events())
                    + "\n").orElse(""));
            o.flush();
            return 0;
        } finally {
            written.countDown();
            if (!stop.get()) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException ignored) {
                    // shutting down already
                }
            }
        }
    }

    private static double parseTo(String s) {
        double a;
        try {
            a = Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new org.landscape.base.InvalidInputException("--to: '" + s
                    + "' is not a number; give a finite real such as 2");
        }
        return org.landscape.base.Require.finite(a, "--to");
    }

    private static String text(LossBranch b) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "branch in %s (%d unknowns), blocks of %s: %s; %d points, status %s%n",
                b.subspace(), b.dimension(), b.group(), b.blockLabels(), b.points().size(), b.status()));
        for (LossEvent e : b.events()) {
            s.append(String.format(Locale.ROOT, "%-8s alpha = %.15f +- %.1e  [%s] x%d  index %d -> %d", e.type(),
                    e.alpha(), e.precision(), e.component(), e.multiplicity(), e.indexBefore(), e.indexAfter()));
            if (!e.omega().isEmpty()) {
                s.append("  omega = ").append(e.omega());
            }
            if (!e.orbitTypes().isEmpty()) {
                s.append("  orbit types ").append(e.orbitTypes());
            }
            s.append('\n');
            for (SwitchedBranch sw : e.branches()) {
                s.append(String.format(Locale.ROOT, "    (%s): dim Fix = %d, %s", sw.orbitType(), sw.fixDimension(),
                        sw.criticality().toLowerCase()));
                for (SwitchedBranch.Half hf : sw.halves()) {
                    s.append(String.format(Locale.ROOT, "; %s: %s", hf.orientation() > 0 ? "+" : "-",
                            hf.found() ? "isotropy " + hf.isotropy() + ", side " + hf.side() + ", index " + hf.index()
                                    + " " + hf.stability().toLowerCase() : "not found"));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }
}
