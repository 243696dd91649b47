package org.landscape.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.WidthFamilyMember;
import org.landscape.analysis.YoungFamily;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The output of {@code family}: a header, then one text row or JSON line per width as it is computed, and the files
 * of {@code --out} (family.csv, family.svg/png, the last point).
 */
public final class FamilyOutput {
    /** Up to this many entries (k = 100) JSON lines carry the full point; beyond, its orbit values only. */
    public static final long POINT_LIMIT = 10_000;

    /** Compact (one-line) JSON. */
    private static final ObjectMapper M = new ObjectMapper();

    private FamilyOutput() {
    }

    /**
     * Writes family.csv and family.svg/png (one row per width; the plot shows loss, k * loss and lambda_min against
     * k) and, up to {@link #POINT_LIMIT} entries, the last point as point-k&lt;K&gt;.json (a start for other commands).
     *
     * @return what was written, for the message: the csv file's path and the other names
     */
    public static String write(OutputFolder folder, YoungFamily family, double a, List<WidthFamilyMember> done) {
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
        Plot plot = new Plot("family " + family.template() + ", alpha = " + a
                + ", teacher I_k", "width k", "loss (1/2 E[...]), k * loss and smallest Hessian eigenvalue");
        plot.add(new Plot.Series("loss", ks, loss, false, false));
        plot.add(new Plot.Series("smallest eigenvalue", ks, lambda, true, false));
        plot.add(new Plot.Series("k * loss", ks, kLoss, false, false));
        folder.put("family.csv", csv.toString()).put("family.svg", plot.svg(900, 600)).put("family.png",
                plot.png(900, 600));
        WidthFamilyMember last = done.get(done.size() - 1);
        if ((long) last.k() * last.k() <= POINT_LIMIT) { // the last point as a matrix file, a start for other commands
            ArrayNode rows = M.createArrayNode();
            for (double[] row : last.point().w()) {
                ArrayNode r = rows.addArray();
                for (double x : row) {
                    r.add(x);
                }
            }
            folder.put("point-k" + last.k() + ".json", rows + "\n");
        }
        folder.commit();
        return folder.dir().resolve("family.csv") + ", family.svg, family.png" + ((long) last.k() * last.k()
                <= POINT_LIMIT ? " and point-k" + last.k() + ".json" : "");
    }

    /** @return the method line of the header: how each member is solved, and certified with {@code certify} */
    public static String method(boolean certify) {
        return "Newton on the orbit values of Fix(H_k) (orbit-reduced: one representative pair of neurons per "
                + "orbit, cost independent of k; residual 1e-11), started from the pattern values extrapolated linearly "
                + "in k; |grad L| from orbit sums (equal to the full gradient by equivariance); spectrum: the isotypic "
                + "blocks of the full Hessian from orbit sums, with a rounding estimate" + (certify ? "; certificate: "
                + "gradient and Hessian recomputed by 45-digit quadrature, margin = lambda_min - error" : "");
    }

    /**
     * @return a printer of the members as they are computed: the {@link #header} before the first (so bad input
     *         prints nothing), then one {@link #row} or {@link #json} line per member, flushed
     */
    public static Consumer<WidthFamilyMember> printer(PrintWriter out, YoungFamily family, double a, int[] range,
                                                      boolean json, boolean certify) {
        boolean[] started = {false};
        return member -> {
            if (!started[0]) {
                started[0] = true;
                header(out, family, a, range, method(certify), json, certify);
            }
            out.println(json ? json(family, member).toString() : row(family, member, range));
            out.flush();
        };
    }

    /**
     * Prints the header: one JSON line ({@code json}), or the family line, the method and the column titles.
     *
     * @param range   first and last width
     * @param certify the rows carry a certificate column
     */
    public static void header(PrintWriter out, YoungFamily family, double a, int[] range, String method, boolean json,
                              boolean certify) {
        if (json) {
            ObjectNode h = M.createObjectNode();
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

    /** @return one text row: k, subgroup, loss, |grad L|, smallest eigenvalue, its error, index, certificate, isotropy */
    /** @return the subgroup column's width: 16, or the longest non-diagonal name of the run */
    private static int nameWidth(YoungFamily family, int[] range) {
        return family.isDiagonal() ? 16 : Math.max(16, Math.max(family.name(range[0]).length(),
                family.name(Math.max(range[0], range[1])).length()));
    }

    public static String row(YoungFamily family, WidthFamilyMember x, int[] range) {
        String iso = x.point().isotropy().map(i -> i.structure() + " (" + CriticalJson.orderText(i.order()) + ")").orElse("-");
        double bound = x.point().spectrum().map(s -> s.errorBound()).orElse(Double.NaN);
        String cert = x.certificate().map(c -> c.verdict() + String.format(" (%.3e)", c.margin())).orElse("");
        return String.format("%4d %-" + nameWidth(family, range) + "s %22.16g %10.2e %14.8e %10.1e %6d  %s%s", x.k(),
                family.name(x.k()),
                Output.loss(x.loss()), x.point().gradientNorm(), x.smallestEigenvalue(), bound, x.index(),
                cert.isEmpty() ? "" : String.format("%-30s ", cert), iso);
    }

    /** @return one JSON line of type "member"; the point itself up to {@link #POINT_LIMIT} entries */
    public static ObjectNode json(YoungFamily family, WidthFamilyMember x) {
        ObjectNode o = M.createObjectNode();
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
}
