package org.landscape.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.landscape.continuation.BranchSample;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossEvent;
import org.landscape.continuation.SwitchedBranch;

/**
 * A bifurcation diagram of a {@link LossBranch} as SVG 1.1 text: alpha (horizontal) against the loss (vertical,
 * linear scale).
 * Stable parts (Morse index 0) are solid, unstable parts dashed; the main branch is blue, switched branches use
 * other colours; events are marked (circle = crossing, square = touch, triangle = fold) and labelled with their
 * component and predicted orbit types. Hand-written (no plotting library is available offline; STACK-NOTES).
 */
public final class BifurcationDiagramSvg {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    private static final int LEFT = 90;
    private static final int RIGHT = 260;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final String[] COLOURS = {"#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
            "#17becf", "#bcbd22"};

    private BifurcationDiagramSvg() {
    }

    /** @return the SVG document */
    public static String of(LossBranch b, String title) {
        List<List<BranchSample>> curves = new ArrayList<>();
        List<String> names = new ArrayList<>();
        curves.add(b.points());
        names.add("main branch (" + b.group() + ")");
        for (LossEvent e : b.events()) {
            for (SwitchedBranch s : e.branches()) {
                for (SwitchedBranch.Half h : s.halves()) {
                    if (!h.points().isEmpty()) {
                        curves.add(h.points());
                        names.add(String.format(Locale.ROOT, "(%s) %s at %.4f", s.orbitType(),
                                h.orientation() > 0 ? "+" : "-", e.alpha()));
                    }
                }
            }
        }
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (List<BranchSample> c : curves) {
            for (BranchSample p : c) {
                xmin = Math.min(xmin, p.alpha());
                xmax = Math.max(xmax, p.alpha());
                ymin = Math.min(ymin, p.loss());
                ymax = Math.max(ymax, p.loss());
            }
        }
        if (!(xmax > xmin)) {
            xmin -= 1;
            xmax += 1;
        }
        if (!(ymax - ymin > 1e-12 * Math.max(1, Math.abs(ymax)))) {
            ymin -= 0.5 + Math.abs(ymin) * 0.1;
            ymax += 0.5 + Math.abs(ymax) * 0.1;
        }
        double padY = 0.05 * (ymax - ymin);
        ymin -= padY;
        ymax += padY;
        Frame f = new Frame(xmin, xmax, ymin, ymax);
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" font-family=\"sans-serif\" "
                        + "font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\">%s</text>%n", LEFT,
                escape(title)));
        axes(s, f);
        for (int c = 0; c < curves.size(); c++) {
            curve(s, f, curves.get(c), COLOURS[c % COLOURS.length]);
        }
        int legendY = TOP + 10;
        for (int c = 0; c < curves.size() && c < 20; c++) {
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                            + "stroke-width=\"2\"/><text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 15, legendY,
                    WIDTH - RIGHT + 40, legendY, COLOURS[c % COLOURS.length], WIDTH - RIGHT + 45, legendY + 4,
                    escape(names.get(c))));
            legendY += 18;
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">solid: stable (index 0)</text>%n"
                        + "<text x=\"%d\" y=\"%d\">dashed: unstable</text>%n"
                        + "<text x=\"%d\" y=\"%d\">o crossing, [] touch, ^ fold</text>%n", WIDTH - RIGHT + 15,
                legendY + 10, WIDTH - RIGHT + 15, legendY + 28, WIDTH - RIGHT + 15, legendY + 46));
        int i = 0;
        for (LossEvent e : b.events()) {
            double lossAt = nearestLoss(b.points(), e.alpha());
            double px = f.x(e.alpha());
            double py = f.y(lossAt);
            String marker = switch (e.type()) {
                case "crossing" -> String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"none\" stroke=\"black\" stroke-width=\"1.5\"/>",
                        px, py);
                case "touch" -> String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"9\" height=\"9\" fill=\"none\" stroke=\"black\"/>",
                        px - 4.5, py - 4.5);
                default -> String.format(Locale.ROOT,
                        "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"black\"/>",
                        px, py - 6, px - 5, py + 4, px + 5, py + 4);
            };
            s.append(marker).append('\n');
            String label = e.type() + " [" + e.component() + "]"
                    + (e.orbitTypes().isEmpty() ? "" : " -> " + String.join(", ", e.orbitTypes()));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\">%s</text>%n", px + 7,
                    py - 8 - 12 * (i % 3), escape(label)));
            i++;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static double nearestLoss(List<BranchSample> pts, double alpha) {
        double best = Double.NaN;
        double dist = Double.POSITIVE_INFINITY;
        for (BranchSample p : pts) {
            if (Math.abs(p.alpha() - alpha) < dist) {
                dist = Math.abs(p.alpha() - alpha);
                best = p.loss();
            }
        }
        return best;
    }

    private static void curve(StringBuilder s, Frame f, List<BranchSample> pts, String colour) {
        for (int i = 1; i < pts.size(); i++) {
            BranchSample a = pts.get(i - 1);
            BranchSample c = pts.get(i);
            boolean stable = a.stable() && c.stable();
            s.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" "
                            + "stroke-width=\"2\"%s/>%n", f.x(a.alpha()), f.y(a.loss()), f.x(c.alpha()),
                    f.y(c.loss()), colour, stable ? "" : " stroke-dasharray=\"6,4\""));
        }
    }

    private static void axes(StringBuilder s, Frame f) {
        int x0 = LEFT;
        int x1 = WIDTH - RIGHT;
        int y0 = HEIGHT - BOTTOM;
        int y1 = TOP;
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"black\"/>%n", x0, y1, x1 - x0, y0 - y1));
        for (int t = 0; t <= 6; t++) {
            double ax = f.xmin + (f.xmax - f.xmin) * t / 6;
            double ay = f.ymin + (f.ymax - f.ymin) * t / 6;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.3g</text>%n",
                    f.x(ax), y0 + 18, ax));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.4g</text>%n", x0 - 6,
                    f.y(ay) + 4, ay));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">alpha</text>%n",
                (x0 + x1) / 2, y0 + 42));
        s.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%d\" transform=\"rotate(-90 20 %d)\" "
                + "text-anchor=\"middle\">loss L(W; V, alpha)</text>%n", (y0 + y1) / 2, (y0 + y1) / 2));
    }

    private static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private record Frame(double xmin, double xmax, double ymin, double ymax) {
        double x(double a) {
            return LEFT + (a - xmin) / (xmax - xmin) * (WIDTH - LEFT - RIGHT);
        }

        double y(double l) {
            return HEIGHT - BOTTOM - (l - ymin) / (ymax - ymin) * (HEIGHT - TOP - BOTTOM);
        }
    }
}
