package org.landscape.io;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Line charts rendered to SVG text (JFreeChart for the chart, JFreeSVG for the SVG): curves drawn
 * solid or dashed (e.g. stable and unstable parts of a branch), point markers, and text labels.
 */
public final class Plot {
    /**
     * One curve: {@code dashed} draws it dashed (e.g. unstable), {@code markersOnly} draws points. Curves with the
     * same {@code colourKey} share a colour; {@code dash} selects the line: 0 solid, 1 dashed, 2 dotted, 3 dash-dot.
     */
    public record Series(String name, double[] x, double[] y, boolean dashed, boolean markersOnly, String colourKey,
                         int dash) {
        /** A curve coloured by its name, solid or dashed. */
        public Series(String name, double[] x, double[] y, boolean dashed, boolean markersOnly) {
            this(name, x, y, dashed, markersOnly, name, dashed ? 1 : 0);
        }
    }

    private static final float[][] DASHES = {null, {6f, 4f}, {1.5f, 3f}, {8f, 3f, 1.5f, 3f}};

    /** A text label at a data point. */
    public record Label(double x, double y, String text) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private boolean logY;
    private boolean fitY;
    private boolean logX;

    public Plot(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Adds a curve; returns this. */
    public Plot add(Series s) {
        series.add(s);
        return this;
    }

    /** Uses a logarithmic vertical axis (values below 1e-9 of the largest are skipped); returns this. */
    public Plot logarithmicY() {
        logY = true;
        return this;
    }

    /** Uses a logarithmic horizontal axis (values must be positive); returns this. */
    public Plot logarithmicX() {
        logX = true;
        return this;
    }

    /** Fits the vertical axis to the data instead of stretching it down to zero; returns this. */
    public Plot fitY() {
        fitY = true;
        return this;
    }

    /** Adds a label; returns this. */
    public Plot label(Label l) {
        labels.add(l);
        return this;
    }

    /** @return the chart as PNG bytes of the given size in pixels */
    public byte[] png(int width, int height) {
        // encode in memory: ImageIO's file cache registers a JVM shutdown hook, which fails while a command writes
        // its results after Ctrl-C (the JVM is then shutting down)
        javax.imageio.ImageIO.setUseCache(false);
        try {
            return org.jfree.chart.ChartUtils.encodeAsPNG(chart().createBufferedImage(width, height));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the chart as a complete SVG document of the given size in pixels */
    public String svg(int width, int height) {
        JFreeChart chart = chart();
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    /**
     * @param file a file name ending in .svg or .png (any case)
     * @return {@code file}
     * @throws org.landscape.base.InvalidInputException naming the option {@code what} if it ends otherwise
     */
    public static java.nio.file.Path requireImageName(java.nio.file.Path file, String what) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw new org.landscape.base.InvalidInputException(what + " " + file
                    + ": the file name must end in .svg or .png");
        }
        return file;
    }

    /** Writes the chart atomically to {@code file}: PNG if its name ends in .png (any case), else SVG. */
    public void write(java.nio.file.Path file, int width, int height) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            Output.writeAtomically(file, png(width, height));
        } else {
            Output.writeAtomically(file, svg(width, height));
        }
    }

    private JFreeChart chart() {
        XYSeriesCollection data = new XYSeriesCollection();
        double floor = 0; // on a log axis, values below 1e-9 of the largest are rounding noise around a zero
        if (logY) {
            for (Series s : series) {
                for (double y : s.y()) {
                    floor = Double.isFinite(y) ? Math.max(floor, 1e-9 * Math.abs(y)) : floor;
                }
            }
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            // series with the same name share colour and one legend entry; keys must stay unique
            XYSeries xy = new XYSeries(s.name() + " ".repeat(firstIndex(s.name(), i)), false, true);
            for (int j = 0; j < s.x().length; j++) {
                if (Double.isFinite(s.x()[j]) && Double.isFinite(s.y()[j]) && (!logY || s.y()[j] > floor)) {
                    xy.add(s.x()[j], s.y()[j]);
                }
            }
            data.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        if (logY) {
            plot.setRangeAxis(new org.jfree.chart.axis.LogAxis(yLabel));
        } else if (fitY && plot.getRangeAxis() instanceof org.jfree.chart.axis.NumberAxis axis) {
            axis.setAutoRangeIncludesZero(false);
        }
        if (logX) { // log-log plots show whole decades on both axes
            org.jfree.chart.axis.LogAxis x = new org.jfree.chart.axis.LogAxis(xLabel);
            x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
            plot.setDomainAxis(x);
            if (plot.getRangeAxis() instanceof org.jfree.chart.axis.LogAxis y) {
                y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
            }
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setDrawSeriesLineAsPath(true); // dash patterns run along the whole curve, not per segment
        java.util.Map<String, Integer> colour = new java.util.LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            int c = colour.computeIfAbsent(s.colourKey(), x -> colour.size());
            r.setSeriesPaint(i, PALETTE[c % PALETTE.length]);
            r.setSeriesVisibleInLegend(i, firstIndex(s.name(), i) == 0);
            r.setSeriesLinesVisible(i, !s.markersOnly());
            r.setSeriesShapesVisible(i, s.markersOnly());
            if (s.markersOnly()) {
                java.awt.Shape dot = new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8);
                r.setSeriesShape(i, dot);
                r.setLegendShape(i, dot); // the legend shows the marker, not an invisible line
                r.setSeriesShapesFilled(i, true);
            }
            float[] dash = DASHES[Math.floorMod(s.dash(), DASHES.length)];
            r.setSeriesStroke(i, dash == null ? new BasicStroke(2f)
                    : new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        }
        plot.setRenderer(r);
        for (Label l : labels) {
            XYTextAnnotation a = new XYTextAnnotation(l.text(), l.x(), l.y());
            a.setFont(new Font("SansSerif", Font.PLAIN, 10));
            plot.addAnnotation(a);
        }
        return chart;
    }

    /** @return how many earlier series carry the same name */
    private int firstIndex(String name, int i) {
        int n = 0;
        for (int j = 0; j < i; j++) {
            if (series.get(j).name().equals(name)) {
                n++;
            }
        }
        return n;
    }

    private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44),
        new Color(148, 103, 189), new Color(255, 127, 14), new Color(23, 190, 207), new Color(140, 86, 75),
        new Color(227, 119, 194), new Color(127, 127, 127), new Color(188, 189, 34)};
}
