package org.landscape.cli;

import org.landscape.io.FamilyOutput;
import org.landscape.analysis.WidthFamily;
import org.landscape.analysis.WidthFamilyMember;
import org.landscape.analysis.YoungFamily;
import org.landscape.base.CancelledException;
import org.landscape.base.InvalidInputException;
import org.landscape.io.OutputFolder;
import org.landscape.io.MatrixReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code landscape family}: a symmetric family of critical points followed in the width k (teacher I_k). */
@Command(name = "family", mixinStandardHelpOptions = true,
        description = "Follow a symmetric critical point in the width k = n = d (teacher I_k): Newton in Fix(H_k) for "
                + "a Young family such as Delta(S{k-1}xS1) (type A), DeltaS{k}, or rows and columns partitioned "
                + "differently (S{k-1}xS1xS{k-2}xS2), predicted from the previous "
                + "widths; one line per width as it is computed (loss, |grad L|, smallest Hessian eigenvalue, index, "
                + "isotropy, optional 45-digit certificate).")
final class FamilyCommand implements Callable<Integer> {
    @Option(names = "--fix", required = true, paramLabel = "FAMILY",
            description = "the family of subgroups, e.g. 'Delta(S{k-1}xS1)', 'DeltaS{k}', 'Delta(S{k-2}xS2)'; rows "
                    + "and columns partitioned differently: the row blocks, then the column blocks, each adding up to "
                    + "k, as critical --fix reads a product ('S{k-1}xS1xS{k-2}xS2': rows (k-1, 1), columns (k-2, 2)), "
                    + "optionally after diagonal blocks ('Delta(S{k-2})xS1xS1xS2')")
    String fix;
    @Option(names = "--student", required = true, paramLabel = "W",
            description = "a start of width k0 with the family's symmetry (any row/column order): .json, .csv or inline")
    String student;
    @Option(names = "--alpha", required = true, paramLabel = "A", description = "leaky slope")
    String alpha;
    @Option(names = "--k", required = true, paramLabel = "K0..K1",
            description = "widths from the start's width K0 to K1 (K1 may be smaller), e.g. 6..20")
    String widths;
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
        double a = ModelOptions.parseAlpha(alpha);
        YoungFamily family = YoungFamily.parse(fix);
        double[][] w = MatrixReader.read(student, "--student");
        int[] range = parseRange(widths, w.length);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String method = "Newton on the orbit values of Fix(H_k) (orbit-reduced: one representative pair of neurons per "
                + "orbit, cost independent of k; residual 1e-11), started from the pattern values extrapolated linearly "
                + "in k; |grad L| from orbit sums (equal to the full gradient by equivariance); spectrum: the isotypic "
                + "blocks of the full Hessian from orbit sums, with a rounding estimate" + (certify ? "; certificate: "
                + "gradient and Hessian recomputed by 45-digit quadrature, margin = lambda_min - error" : "");
        boolean[] started = {false};
        java.util.List<WidthFamilyMember> done = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.Optional<OutputFolder> folder = java.util.Optional.ofNullable(outDir).map(OutputFolder::prepare);
        try (LongRun run = LongRun.start("family", err)) {
            // the output is written inside the run: closing it lets a pending signal end the JVM
            try {
                run.status("width " + range[0] + " (Newton in Fix(" + family.name(range[0]) + "))");
                run.call(() -> {
                    follow(family, w, a, range, method, out, run, started, done);
                    return null;
                });
            } catch (CancelledException e) {
                run.say("stopped on a signal; " + done.size() + " width(s) computed");
                return 130;
            } finally {
                synchronized (done) {
                    if (folder.isPresent() && !done.isEmpty()) {
                        write(folder.get(), family, a, java.util.List.copyOf(done));
                    }
                }
            }
        }
        return 0;
    }

    private void follow(YoungFamily family, double[][] w, double a, int[] range, String method, PrintWriter out,
                        LongRun run, boolean[] started, java.util.List<WidthFamilyMember> done) {
        int step = range[1] >= range[0] ? 1 : -1;
        WidthFamily.follow(family, w, a, range[1], certify, member -> {
            if (run.stopRequested()) {
                return; // the command is writing what it has; this member came too late
            }
            done.add(member);
            if (!started[0]) { // the header only once the start was accepted: bad input prints nothing
                started[0] = true;
                FamilyOutput.header(out, family, a, range, method, json, certify);
            }
            if (json) {
                out.println(FamilyOutput.json(family, member).toString());
            } else {
                out.println(FamilyOutput.row(family, member, range));
            }
            out.flush();
            if (member.k() != range[1]) {
                int next = member.k() + step;
                run.status("k = " + member.k() + " done; width " + next + " (Newton in Fix(" + family.name(next) + "))");
            }
        });
    }

    /** family.csv and family.svg/png: one row per width; the plot shows loss and lambda_min against k. */
    private void write(OutputFolder folder, YoungFamily family, double a, java.util.List<WidthFamilyMember> done) {
        spec.commandLine().getErr().println("family: wrote " + FamilyOutput.write(folder, family, a, done));
    }

    static int[] parseRange(String text, int k0) {
        String[] p = text.split("\\.\\.");
        try {
            if (p.length == 2) {
                int from = Integer.parseInt(p[0].trim());
                int to = Integer.parseInt(p[1].trim());
                if (from == k0 && to >= 1) {
                    return new int[] {from, to};
                }
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InvalidInputException("--k '" + text + "' must be FROM..TO (e.g. 6..20) with FROM equal to the "
                + "start's width " + k0);
    }
}
