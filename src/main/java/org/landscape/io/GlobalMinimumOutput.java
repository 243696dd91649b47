package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.GlobalMinimumSweep;

import java.util.List;
import java.util.Locale;

/**
 * The output of {@code global-minimum}: the Hessian spectrum at \( W = V = I_k \) per Specht component over a grid of
 * alpha, as a text table, CSV ({@code k,alpha,component,dimension,eigenvalue}), JSON rows and a plot (eigenvalues
 * against alpha, colour per component, line style per width).
 */
public final class GlobalMinimumOutput {
    private GlobalMinimumOutput() {
    }

    /** One eigenvalue of the sweep. */
    private interface Row {
        void accept(int k, double alpha, String component, int dimension, double eigenvalue);
    }

    private static void forEach(GlobalMinimumSweep s, Row row) {
        for (int kk = 0; kk < s.ks().size(); kk++) {
            for (int i = 0; i < s.alphas().length; i++) {
                double[][] ev = s.eigenvalues().get(kk)[i];
                for (int c = 0; c < ev.length; c++) {
                    for (double x : ev[c]) {
                        row.accept(s.ks().get(kk), s.alphas()[i], s.components().get(c), s.dimensions().get(kk)[c], x);
                    }
                }
            }
        }
    }

    /** @return the CSV text, one row per eigenvalue */
    public static String csv(GlobalMinimumSweep s) {
        StringBuilder csv = new StringBuilder("k,alpha,component,dimension,eigenvalue\n");
        forEach(s, (k, alpha, comp, dim, x) -> csv.append(k).append(',').append(alpha).append(',').append(comp)
                .append(',').append(dim).append(',').append(x).append('\n'));
        return csv.toString();
    }

    /** @return {@code {family, normalisation, evidence, rows: [{k, alpha, component, dimension, eigenvalue}]}} */
    public static ObjectNode json(GlobalMinimumSweep s) {
        ObjectNode o = Output.object();
        o.put("family", "W = V = I_k (k = n = d)");
        o.put("normalisation", "L = 1/2 E[(f_W - f_V)^2]");
        o.put("evidence", "exact Specht blocks (derive global-minimum) compiled to Java; generalised eigenvalues by "
                + "Cholesky + symmetric eigen-decomposition (Hipparchus); checked against dense Hessians for k = 4..7");
        ArrayNode rows = o.putArray("rows");
        forEach(s, (k, alpha, comp, dim, x) -> {
            ObjectNode r = rows.addObject();
            r.put("k", k);
            r.put("alpha", alpha);
            r.put("component", comp);
            r.put("dimension", dim);
            r.put("eigenvalue", x);
        });
        return o;
    }

    /** @return a table, one line per width, alpha and component with its eigenvalues and their multiplicity */
    public static String table(GlobalMinimumSweep s) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%4s %8s %-10s %s%n", "k", "alpha", "component",
                "eigenvalues (multiplicity = dimension)"));
        for (int kk = 0; kk < s.ks().size(); kk++) {
            int[] dims = s.dimensions().get(kk);
            for (int i = 0; i < s.alphas().length; i++) {
                double[][] ev = s.eigenvalues().get(kk)[i];
                for (int c = 0; c < ev.length; c++) {
                    StringBuilder e = new StringBuilder();
                    for (double x : ev[c]) {
                        e.append(String.format(Locale.ROOT, "% .10f ", x));
                    }
                    table.append(String.format(Locale.ROOT, "%4d %8.4f %-10s %s(x%d)%n", s.ks().get(kk), s.alphas()[i],
                            s.components().get(c), e, dims[c]));
                }
            }
        }
        return table.toString();
    }

    /** @return eigenvalues against alpha: colour per Specht component, line style per width */
    public static Plot plot(GlobalMinimumSweep s, boolean logY) {
        Plot plot = new Plot("Hessian at the global minimum W = V = I_k", "alpha", "eigenvalue (per Specht component)");
        if (logY) {
            plot.logarithmicY();
        }
        List<String> comps = s.components();
        int n = s.alphas().length;
        for (int kk = 0; kk < s.ks().size(); kk++) {
            int k = s.ks().get(kk);
            for (int c = 0; c < comps.size(); c++) {
                for (int j = 0; j < s.blockSizes()[c]; j++) {
                    double[] ys = new double[n];
                    for (int i = 0; i < n; i++) {
                        double[] ev = s.eigenvalues().get(kk)[i][c];
                        ys[i] = j < ev.length ? ev[j] : 0;
                    }
                    plot.add(new Plot.Series(comps.get(c) + (s.ks().size() > 1 ? " k=" + k : ""), s.alphas(), ys,
                            s.ks().indexOf(k) % 2 == 1, false, comps.get(c), s.ks().indexOf(k)));
                }
            }
        }
        return plot;
    }
}
