package org.landscape.cli;

import org.landscape.io.FamilyOutput;
import org.landscape.analysis.WidthFamily;
import org.landscape.analysis.WidthFamilyMember;
import org.landscape.analysis.YoungFamily;
import org.landscape.base.CancelledException;
import org.landscape.io.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code landscape family}: a symmetric family of critical points followed in the width k (teacher I_k). */
@Command(name = "family", mixinStandardHelpOptions = true,
        description = "Follow a symmetric critical point in the width k = n = d (teacher I_k): Newton in Fix(H_k) for "
                + "a Young family such as Delta(S{k-1}xS1) (type A), DeltaS{k}, or rows and columns partitioned "
                + "differently (S{k-1}xS1xS{k-2}xS2), predicted from the previous "
                + "widths; one line per width as it is computed (loss, |grad L|, smallest Hessian eigenvalue, index, "
                + "isotropy, optional 45-digit certificate).")
final class FamilyCommand implements Callable<Integer> {
    @Mixin
    FamilyOptions start;
    @Option(names = "--certify", description = "certify every member by 45-digit quadrature (one quadrature per class "
            + "of permutation-equivalent neuron pairs: about a second per member at k = 20)")
    boolean certify;
    @Option(names = "--json", description = "JSON lines: a header, then one line per width as it is computed")
    boolean json;
    @Option(names = "--out", paramLabel = "DIR", description = "also write family.csv and family.svg/png (loss and "
            + "smallest Hessian eigenvalue against k) into DIR, with what was computed even if a width fails")
    java.nio.file.Path outDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        double a = start.alpha();
        YoungFamily family = start.family();
        double[][] w = start.student();
        int[] range = start.range(w.length);
        PrintWriter err = spec.commandLine().getErr();
        Consumer<WidthFamilyMember> print = FamilyOutput.printer(spec.commandLine().getOut(), family, a, range, json,
                certify);
        List<WidthFamilyMember> done = Collections.synchronizedList(new ArrayList<>());
        Optional<OutputFolder> folder = Optional.ofNullable(outDir).map(OutputFolder::prepare);
        try (LongRun run = LongRun.start("family", err)) {
            // the output is written inside the run: closing it lets a pending signal end the JVM
            try {
                run.status("width " + range[0] + " (Newton in Fix(" + family.name(range[0]) + "))");
                run.call(() -> {
                    int step = range[1] >= range[0] ? 1 : -1;
                    WidthFamily.follow(family, w, a, range[1], certify, member -> {
                        if (run.stopRequested()) {
                            return; // the command is writing what it has; this member came too late
                        }
                        done.add(member);
                        print.accept(member);
                        if (member.k() != range[1]) {
                            int next = member.k() + step;
                            run.status("k = " + member.k() + " done; width " + next + " (Newton in Fix("
                                    + family.name(next) + "))");
                        }
                    });
                    return null;
                });
            } catch (CancelledException e) {
                run.say("stopped on a signal; " + done.size() + " width(s) computed");
                return 130;
            } finally {
                synchronized (done) {
                    if (folder.isPresent() && !done.isEmpty()) {
                        // family.csv and family.svg/png: one row per width; the plot shows loss and lambda_min against k
                        err.println("family: wrote " + FamilyOutput.write(folder.get(), family, a, List.copyOf(done)));
                    }
                }
            }
        }
        return 0;
    }
}
