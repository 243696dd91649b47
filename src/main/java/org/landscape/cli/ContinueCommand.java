package org.landscape.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossContinuation;
import org.landscape.continuation.LossContinuationSettings;
import org.landscape.continuation.LossEvent;
import org.landscape.continuation.SwitchedBranch;
import org.landscape.group.PermutationGroup;
import org.landscape.io.BifurcationDiagramSvg;
import org.landscape.io.BranchCsv;
import org.landscape.io.BranchJson;
import org.landscape.analysis.SubgroupActions;
import org.landscape.base.UnsupportedException;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
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
            throw new org.landscape.base.InvalidInputException("--param '" + param + "': give alpha or k");
        }
        double a0 = model.alpha();
        double a1 = parseTo(to);
        double[][][] wv = model.studentAndTeacher();
        if (certify && fix == null) {
            throw new UnsupportedException("continue --certify proves branches of symmetric critical points: give --fix H "
                    + "(the validated continuation runs in Fix(H))");
        }
        Optional<PermutationGroup> h = fix == null ? Optional.empty()
                : Optional.of(org.landscape.analysis.SubgroupActions.group(fix, wv[0].length, wv[0][0].length));
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
                        ? org.landscape.analysis.CriticalPointSearch.StartPolicy.PROJECT
                        : org.landscape.analysis.CriticalPointSearch.StartPolicy.REQUIRE_IN_FIX));
            } catch (org.landscape.base.CancelledException e) {
                run.say("stopped on a signal before the first continuation step; nothing to write");
                return 130;
            }
            folder.ifPresent(f -> {
                f.put("branch.json", Output.json(BranchJson.of(b, true)) + "\n");
                f.put("branch.csv", BranchCsv.of(b));
                String title = String.format(Locale.ROOT, "continue: alpha %s -> %s, %s", a0, a1,
                        fix == null ? "student in " + b.subspace() : b.subspace());
                var diagram = BifurcationDiagramSvg.plot(b, title);
                f.put("diagram.svg", diagram.svg(900, 600));
                f.put("diagram.png", diagram.png(900, 600));
                f.commit();
                err.println("continue: wrote " + f.dir().resolve("branch.json") + ", branch.csv, diagram.svg, diagram.png");
            });
            ObjectNode summary = BranchJson.of(b, false);
            Optional<FamilyProof> proof = Optional.empty();
            if (certify) {
                proof = Optional.of(ValidatedContinuation.run(wv[1], SubgroupActions.onWeights(fix, wv[0].length,
                        wv[0][0].length), wv[0], a0, a1, ValidatedContinuation.DEFAULT_SETTINGS));
                summary.set("proof", ProofJson.family(proof.get(), b.events()));
            }
            var o = spec.commandLine().getOut();
            o.print(json ? Output.json(summary) + "\n" : text(b, a1 < a0) + proof.map(p -> ProofJson.familyText(p,
                    b.events()) + "\n").orElse(""));
            o.flush();
            return 0;
        }
    }

    /** {@code --param k}: the family in the width at fixed alpha. */
    private int width() {
        if (fix == null || k0 == null) {
            throw new org.landscape.base.InvalidInputException("--param k needs --fix FAMILY (e.g. 'Delta(S{k-1}xS1)') "
                    + "and --k K0 (the student's width)");
        }
        if (switchBranches || project) {
            throw new org.landscape.base.InvalidInputException("--switch and --project apply to --param alpha only");
        }
        org.landscape.analysis.YoungFamily family = org.landscape.analysis.YoungFamily.parse(fix);
        double alpha = model.alpha();
        double kEnd = parseTo(to);
        double[][] start = org.landscape.io.MatrixReader.read(model.student, "--student");
        if (start.length != k0) {
            throw new org.landscape.base.InvalidInputException("--k " + k0 + " but the student has " + start.length
                    + " rows: give the student's width");
        }
        Optional<OutputFolder> folder = Optional.ofNullable(out).map(OutputFolder::prepare);
        var err = spec.commandLine().getErr();
        try (LongRun run = LongRun.start("continue", err)) {
            LossContinuation.Progress progress = progress(run, err);
            org.landscape.continuation.WidthContinuation.Result result = org.landscape.continuation.WidthContinuation
                    .run(family, start, alpha, kEnd, maxStep, maxSteps, Optional.ofNullable(curveTo), progress);
            LossBranch b = result.branch();
            folder.ifPresent(f -> {
                if (curveTo != null) {
                    f.put("curves.csv", org.landscape.io.EventCurveOutput.csv(result.curves()));
                    var plot = org.landscape.io.EventCurveOutput.plot(result.curves(), family.template(), alpha);
                    f.put("curves.svg", plot.svg(900, 600));
                    f.put("curves.png", plot.png(900, 600));
                }
                f.put("branch.json", Output.json(BranchJson.of(b, true)) + "\n");
                f.put("branch.csv", BranchCsv.of(b));
                String title = String.format(Locale.ROOT, "continue: k %d -> %s, %s, alpha = %s", k0, kEnd,
                        family.template(), alpha);
                var diagram = BifurcationDiagramSvg.plot(b, title);
                f.put("diagram.svg", diagram.svg(900, 600));
                f.put("diagram.png", diagram.png(900, 600));
                f.commit();
                err.println("continue: wrote " + f.dir().resolve("branch.json") + ", branch.csv, diagram.svg, diagram.png");
            });
            var o = spec.commandLine().getOut();
            ObjectNode summary = BranchJson.of(b, false);
            if (curveTo != null) {
                summary.set("curves", org.landscape.io.EventCurveOutput.json(result.curves()));
            }
            o.print(json ? Output.json(summary) + "\n" : text(b, kEnd < k0)
                    + org.landscape.io.EventCurveOutput.text(result.curves()));
            o.flush();
            return 0;
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

    /** @param down the continuation runs towards smaller alpha (indices are shown in the order they are met) */
    private static String text(LossBranch b, boolean down) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "branch in %s (%d unknowns), blocks of %s: %s; %d points, status %s%n",
                b.subspace(), b.dimension(), b.group(), b.blockLabels(), b.points().size(), b.status()));
        if (!b.events().isEmpty()) {
            s.append(b.parameter().equals("k") ? "(k: the width as a real number; index: Morse index in the order the "
                    + "continuation meets it, multiplicities rounded to the nearest integer width)\n"
                    : "(index: Morse index in the order the continuation meets it; omega(alpha0) = deg(alpha0 - eps) "
                    + "- deg(alpha0 + eps), MATH.md section 5)\n");
        }
        for (LossEvent e : b.events()) {
            s.append(String.format(Locale.ROOT, "%-8s %s = %.15f +- %.1e  [%s] x%d  index %d -> %d", e.kind().jsonName(),
                    b.parameter(), e.alpha(), e.precision(), e.component(), e.multiplicity(), down ? e.indexAfter() : e.indexBefore(),
                    down ? e.indexBefore() : e.indexAfter()));
            if (!e.omega().isEmpty()) {
                s.append("  omega = ").append(e.omega());
            }
            if (!e.orbitTypes().isEmpty()) {
                s.append("  orbit types ").append(e.orbitTypes());
            }
            s.append('\n');
            for (SwitchedBranch sw : e.branches()) {
                s.append(String.format(Locale.ROOT, "    (%s): dim Fix = %d, %s", sw.orbitType(), sw.fixDimension(),
                        sw.criticality().name().toLowerCase()));
                for (SwitchedBranch.Half hf : sw.halves()) {
                    s.append(String.format(Locale.ROOT, "; %s: %s", hf.orientation() > 0 ? "+" : "-",
                            hf.found() ? "isotropy " + hf.isotropy() + ", side " + hf.side() + ", index " + hf.index()
                                    + " " + hf.stability().name().toLowerCase() : "not found"));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    /** @return progress lines on {@code err}, stopping when Ctrl-C asked {@code run} to stop */
    private static LossContinuation.Progress progress(LongRun run, java.io.PrintWriter err) {
        return new LossContinuation.Progress() {
            @Override
            public void message(String line) {
                err.println(line);
                err.flush();
            }

            @Override
            public boolean stopRequested() {
                return run.stopRequested();
            }
        };
    }
}
