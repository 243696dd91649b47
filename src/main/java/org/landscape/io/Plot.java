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
    /** One curve: {@code dashed} draws it dashed (e.g. unstable), {@code markersOnly} draws points. */
    public record Series(String name, double[] x, double[] y, boolean dashed, boolean markersOnly) {
    }

    /** A text label at a data point. */
    public record Label(double x, double y, String text) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

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

    /** Adds a label; returns this. */
    public Plot label(Label l) {
        labels.add(l);
        return this;
    }

    /** @return the chart as a complete SVG document of the given size in pixels */
    public String svg(int width, int height) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XYSeries xy = new XYSeries(s.name() + (countName(s.name()) > 1 ? "#" + i : ""), false, true);
            for (int j = 0; j < s.x().length; j++) {
                if (Double.isFinite(s.x()[j]) && Double.isFinite(s.y()[j])) {
                    xy.add(s.x()[j], s.y()[j]);
                }
            }
            data.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            r.setSeriesLinesVisible(i, !s.markersOnly());
            r.setSeriesShapesVisible(i, s.markersOnly());
            r.setSeriesStroke(i, s.dashed()
                    ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f)
                    : new BasicStroke(2f));
        }
        plot.setRenderer(r);
        for (Label l : labels) {
            XYTextAnnotation a = new XYTextAnnotation(l.text(), l.x(), l.y());
            a.setFont(new Font("SansSerif", Font.PLAIN, 10));
            plot.addAnnotation(a);
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    private long countName(String name) {
        return series.stream().filter(s -> s.name().equals(name)).count();
    }
}
