package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.continuation.EventCurve;

import java.util.List;
import java.util.Locale;

/**
 * Curves of stability changes in the (alpha, k) plane ({@link EventCurve}) as CSV ({@code component,alpha,k}), JSON
 * ({@code [{"component", "points": [[alpha, k], ...], "folds", "status"}]}), text and a plot (alpha across, the width
 * k up).
 */
public final class EventCurveOutput {
    private EventCurveOutput() {
    }

    /** @return CSV, one row per curve point */
    public static String csv(List<EventCurve.Curve> curves) {
        StringBuilder s = new StringBuilder("component,alpha,k\n");
        for (EventCurve.Curve c : curves) {
            for (int i = 0; i < c.alpha().length; i++) {
                s.append('"').append(c.component()).append("\",").append(c.alpha()[i]).append(',').append(c.width()[i])
                        .append('\n');
            }
        }
        return s.toString();
    }

    /** @return the JSON array of curves */
    public static ArrayNode json(List<EventCurve.Curve> curves) {
        ArrayNode a = Output.JSON.createArrayNode();
        for (EventCurve.Curve c : curves) {
            ObjectNode o = a.addObject();
            o.put("component", c.component());
            ArrayNode pts = o.putArray("points");
            for (int i = 0; i < c.alpha().length; i++) {
                pts.addArray().add(c.alpha()[i]).add(c.width()[i]);
            }
            ArrayNode f = o.putArray("folds");
            c.folds().forEach(f::add);
            o.put("status", c.status());
        }
        return a;
    }

    /** @return one line per curve: its ends and folds */
    public static String text(List<EventCurve.Curve> curves) {
        StringBuilder s = new StringBuilder();
        for (EventCurve.Curve c : curves) {
            int n = c.alpha().length;
            s.append(String.format(Locale.ROOT, "curve of [%s]: %d points from (alpha %.6f, k %.10f) to (alpha %.6f, "
                    + "k %.10f), %s%s%n", c.component(), n, tidy(c.alpha()[0]), c.width()[0], tidy(c.alpha()[n - 1]),
                    c.width()[n - 1], c.status(), c.folds().isEmpty() ? "" : ", folds in alpha at " + c.folds()));
        }
        return s.toString();
    }

    /** @return x, with a rounding residue that would print as -0.000000 shown as 0 */
    private static double tidy(double x) {
        return Math.abs(x) < 5e-7 ? 0.0 : x;
    }

    /** @return the plot: one curve per crossing, k against alpha */
    public static Plot plot(List<EventCurve.Curve> curves, String family, double alpha) {
        Plot plot = new Plot("stability changes of " + family + " in the (alpha, k) plane (from alpha = " + alpha + ")",
                "alpha", "width k (real)").fitY();
        for (EventCurve.Curve c : curves) {
            plot.add(new Plot.Series("eigenvalue of [" + c.component() + "] = 0", c.alpha(), c.width(), false, false));
        }
        return plot;
    }

    /** Adds curves.csv, curves.svg and curves.png to {@code folder} (written on its commit). */
    public static void put(OutputFolder folder, List<EventCurve.Curve> curves, String family, double alpha) {
        folder.put("curves.csv", csv(curves));
        Plot plot = plot(curves, family, alpha);
        folder.put("curves.svg", plot.svg(900, 600));
        folder.put("curves.png", plot.png(900, 600));
    }
}
