package org.landscape.io;

import java.util.List;
import java.util.Locale;

/**
 * A small SVG line-plot writer (no dependency): one or more series over a shared x axis, optional log10 y axis,
 * with ticks and labels. Output is a standalone SVG document.
 */
public final class SvgLinePlot {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};

    private SvgLinePlot() {
    }

    /** A named series of y values over the plot's x values. */
    public record Series(String name, double[] y) {
    }

    /**
     * @param title  plot title
     * @param xLabel x axis label
     * @param yLabel y axis label
     * @param x      x values (read)
     * @param series series (y values read; non-positive values are dropped on a log axis)
     * @param logY   log10 y axis
     * @return the SVG text
     */
    public static String render(String title, String xLabel, String yLabel, double[] x, List<Series> series, boolean logY) {
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            xmin = Math.min(xmin, v);
            xmax = Math.max(xmax, v);
        }
        for (Series s : series) {
            for (double v : s.y()) {
                double t = transform(v, logY);
                if (Double.isFinite(t)) {
                    ymin = Math.min(ymin, t);
                    ymax = Math.max(ymax, t);
                }
            }
        }
        if (!(xmax > xmin)) {
            xmax = xmin + 1;
        }
        if (!Double.isFinite(ymin)) {
            ymin = 0;
            ymax = 1;
        }
        if (!(ymax > ymin)) {
            ymax = ymin + 1;
        }
        if (logY) {
            ymin = Math.floor(ymin);
            ymax = Math.ceil(ymax);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">%s</text>%n",
                WIDTH / 2, escape(title)));
        int pw = WIDTH - LEFT - RIGHT;
        int ph = HEIGHT - TOP - BOTTOM;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"black\"/>%n",
                LEFT, TOP, pw, ph));
        for (int i = 0; i <= 5; i++) {
            double xv = xmin + (xmax - xmin) * i / 5;
            double px = LEFT + pw * i / 5.0;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>%n",
                    px, TOP, px, TOP + ph));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    px, TOP + ph + 18, fmt(xv)));
        }
        int yt = logY ? (int) Math.min(10, ymax - ymin) : 5;
        for (int i = 0; i <= yt; i++) {
            double yv = ymin + (ymax - ymin) * i / yt;
            double py = TOP + ph - ph * i / (double) yt;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>%n",
                    LEFT, py, LEFT + pw, py));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 6, py + 4, logY ? "1e" + Math.round(yv) : fmt(yv)));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                LEFT + pw / 2, HEIGHT - 16, escape(xLabel)));
        sb.append(String.format(Locale.ROOT, "<text transform=\"translate(18,%d) rotate(-90)\" text-anchor=\"middle\">%s</text>%n",
                TOP + ph / 2, escape(yLabel + (logY ? " (log scale)" : ""))));
        for (int s = 0; s < series.size(); s++) {
            Series se = series.get(s);
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < x.length && i < se.y().length; i++) {
                double t = transform(se.y()[i], logY);
                if (!Double.isFinite(t)) {
                    continue;
                }
                double px = LEFT + pw * (x[i] - xmin) / (xmax - xmin);
                double py = TOP + ph - ph * (t - ymin) / (ymax - ymin);
                pts.append(String.format(Locale.ROOT, "%.2f,%.2f ", px, py));
            }
            String colour = COLOURS[s % COLOURS.length];
            sb.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\" points=\"%s\"/>%n",
                    colour, pts.toString().trim()));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
                    LEFT + 10, TOP + 16 + 16 * s, colour, escape(se.name())));
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static double transform(double v, boolean log) {
        if (!log) {
            return v;
        }
        return v > 0 ? Math.log10(v) : Double.NaN;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-2 && v != 0) ? "%.2e" : "%.3g", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
