package org.landscape.cli;

import org.landscape.io.CriticalJson;
import org.landscape.io.Output;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /** Up to this many entries (k = 100) JSON lines carry the full point; beyond, its orbit values only. */
    static final long POINT_LIMIT = 10_000;

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
        ObjectMapper m = new ObjectMapper();
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
                    follow(family, w, a, range, method, m, out, run, started, done);
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

    private void follow(YoungFamily family, double[][] w, double a, int[] range, String method, ObjectMapper m,
                        PrintWriter out, LongRun run, boolean[] started, java.util.List<WidthFamilyMember> done) {
        int step = range[1] >= range[0] ? 1 : -1;
        WidthFamily.follow(family, w, a, range[1], certify, member -> {
            if (run.stopRequested()) {
                return; // the command is writing what it has; this member came too late
            }
            done.add(member);
            if (!started[0]) { // the header only once the start was accepted: bad input prints nothing
                started[0] = true;
                header(out, m, family, a, range, method);
            }
            if (json) {
                out.println(json(m, family, member).toString());
            } else {
                out.println(row(family, member, range));
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
        StringBuilder csv = new StringBuilder("k,subgroup,loss,gradient_norm,smallest_eigenvalue,error_bound,index,"
                + "isotropy,certificate,margin,loss_error,k_loss,distinct_eigenvalues\n");
        double[] ks = new double[done.size()];
        double[] loss = new double[done.size()];
        double[] lambda = new double[done.size()];
        double[] kLoss = new double[done.size()];
        for (int i = 0; i < done.size(); i++) {
            WidthFamilyMember x = done.get(i);
            ks[i] = x.k();
            loss[i] = x.loss();
            lambda[i] = x.smallestEigenvalue();
            kLoss[i] = x.k() * x.loss();
            csv.append(x.k()).append(',').append(family.name(x.k())).append(',').append(Output.loss(x.loss())).append(',')
                    .append(x.point().gradientNorm()).append(',').append(x.smallestEigenvalue()).append(',')
                    .append(x.point().spectrum().map(sp -> sp.errorBound()).orElse(Double.NaN)).append(',')
                    .append(x.index()).append(',')
                    .append(x.point().isotropy().map(iso -> iso.structure()).orElse("")).append(',')
                    .append(x.certificate().map(c -> c.verdict().toString()).orElse("")).append(',')
                    .append(x.certificate().map(c -> Double.toString(c.margin())).orElse("")).append(',')
                    .append(x.point().lossError()).append(',').append(kLoss[i]).append(',')
                    .append(x.point().spectrum().map(sp -> sp.distinctEigenvalues().size()).orElse(0)).append('\n');
        }
        org.landscape.io.Plot plot = new org.landscape.io.Plot("family " + family.template() + ", alpha = " + a
                + ", teacher I_k", "width k", "loss (1/2 E[...]), k * loss and smallest Hessian eigenvalue");
        plot.add(new org.landscape.io.Plot.Series("loss", ks, loss, false, false));
        plot.add(new org.landscape.io.Plot.Series("smallest eigenvalue", ks, lambda, true, false));
        plot.add(new org.landscape.io.Plot.Series("k * loss", ks, kLoss, false, false));
        folder.put("family.csv", csv.toString()).put("family.svg", plot.svg(900, 600)).put("family.png",
                plot.png(900, 600));
        WidthFamilyMember last = done.get(done.size() - 1);
        if ((long) last.k() * last.k() <= POINT_LIMIT) { // the last point as a matrix file, a start for other commands
            com.fasterxml.jackson.databind.node.ArrayNode rows = new ObjectMapper().createArrayNode();
            for (double[] row : last.point().w()) {
                com.fasterxml.jackson.databind.node.ArrayNode r = rows.addArray();
                for (double x : row) {
                    r.add(x);
                }
            }
            folder.put("point-k" + last.k() + ".json", rows + "\n");
        }
        folder.commit();
        spec.commandLine().getErr().println("family: wrote " + folder.dir().resolve("family.csv")
                + ", family.svg, family.png" + ((long) last.k() * last.k() <= POINT_LIMIT ? " and point-k" + last.k()
                + ".json" : ""));
    }

    private void header(PrintWriter out, ObjectMapper m, YoungFamily family, double a, int[] range, String method) {
        if (json) {
            ObjectNode h = m.createObjectNode();
            h.put("type", "family");
            h.put("family", family.template());
            h.put("alpha", a);
            h.put("from", range[0]);
            h.put("to", range[1]);
            h.put("teacher", "identity:k");
            h.put("normalisation", Output.NORMALISATION);
            h.put("method", method);
            out.println(h.toString());
        } else {
            out.println("family " + family.template() + ", alpha = " + a + ", teacher I_k, k = n = d; loss "
                    + Output.NORMALISATION);
            out.println("method: " + method);
            // isotropy last: its order grows like k! and would push later columns out of line
            out.println(String.format("%4s %-" + nameWidth(family, range) + "s %22s %10s %14s %10s %6s  %s%s", "k",
                    "subgroup", "loss", "|grad L|",
                    "min eigenvalue", "+-", "index", certify ? String.format("%-30s ", "certificate (margin)") : "",
                    "isotropy (order)"));
        }
    }

    /** @return the subgroup column's width: 16, or the longest non-diagonal name of the run */
    private static int nameWidth(YoungFamily family, int[] range) {
        return family.isDiagonal() ? 16 : Math.max(16, Math.max(family.name(range[0]).length(),
                family.name(Math.max(range[0], range[1])).length()));
    }

    private static String row(YoungFamily family, WidthFamilyMember x, int[] range) {
        String iso = x.point().isotropy().map(i -> i.structure() + " (" + CriticalJson.orderText(i.order()) + ")").orElse("-");
        double bound = x.point().spectrum().map(s -> s.errorBound()).orElse(Double.NaN);
        String cert = x.certificate().map(c -> c.verdict() + String.format(" (%.3e)", c.margin())).orElse("");
        return String.format("%4d %-" + nameWidth(family, range) + "s %22.16g %10.2e %14.8e %10.1e %6d  %s%s", x.k(),
                family.name(x.k()),
                Output.loss(x.loss()), x.point().gradientNorm(), x.smallestEigenvalue(), bound, x.index(),
                cert.isEmpty() ? "" : String.format("%-30s ", cert), iso);
    }

    private static ObjectNode json(ObjectMapper m, YoungFamily family, WidthFamilyMember x) {
        ObjectNode o = m.createObjectNode();
        o.put("type", "member");
        o.put("k", x.k());
        o.put("subgroup", family.name(x.k()));
        o.put("loss", Output.loss(x.loss()));
        if (!Double.isNaN(x.point().lossError())) {
            o.put("loss_error", x.point().lossError());
        }
        o.put("gradient_norm", x.point().gradientNorm());
        o.put("smallest_eigenvalue", x.smallestEigenvalue());
        x.point().spectrum().ifPresent(s -> {
            o.put("error_bound", s.errorBound());
            o.put("nullity", s.nullity());
            o.put("distinct_eigenvalues", s.distinctEigenvalues().size());
        });
        o.put("index", x.index());
        o.put("minimum", x.index() == 0 && x.smallestEigenvalue() > x.point().spectrum().map(s -> s.errorBound())
                .orElse(Double.POSITIVE_INFINITY));
        x.point().isotropy().ifPresent(i -> {
            o.put("isotropy", i.structure());
            Output.order(o, "isotropy_order", i.order());
        });
        ObjectNode p = o.putObject("parameters");
        x.parameters().forEach(p::put);
        x.certificate().ifPresent(c -> o.set("certificate", CriticalJson.certificate(c)));
        if ((long) x.k() * x.k() <= POINT_LIMIT) { // the parameters determine the point at every width
            Output.matrix(o, "point", x.point().w());
        }
        return o;
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
