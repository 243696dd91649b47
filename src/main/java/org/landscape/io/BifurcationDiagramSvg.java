package org.landscape.io;

import org.landscape.continuation.BranchSample;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossEvent;
import org.landscape.continuation.SwitchedBranch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bifurcation diagram of a {@link LossBranch}: alpha (horizontal) against the loss (vertical), drawn by
 * {@link Plot} (JFreeChart, rendered to SVG by JFreeSVG). Stable parts (Morse index 0) are solid, unstable
 * parts dashed; the main branch and each switched branch have their own colour; events are marked and
 * labelled with their type, component and predicted orbit types.
 */
public final class BifurcationDiagramSvg {
    private BifurcationDiagramSvg() {
    }

    /** @return the SVG document */
    public static String of(LossBranch b, String title) {
        return plot(b, title).svg(900, 600);
    }

    /** @return the diagram as a {@link Plot} (for SVG or PNG) */
    public static Plot plot(LossBranch b, String title) {
        Plot plot = new Plot(title + " (solid: minimum in M(k,d), dashed: saddle)",
                b.parameter().equals("k") ? "width k (real)" : b.parameter(),
                "loss L = 1/2 E[(f_W - f_V)^2]");
        if (b.parameter().equals("k")) {
            plot.fitY(); // the loss changes little along k: an axis down to 0 would flatten it
        }
        addCurve(plot, "main branch (" + b.group() + ")", b.points(), false);
        for (LossEvent e : b.events()) {
            for (SwitchedBranch s : e.branches()) {
                for (SwitchedBranch.Half h : s.halves()) {
                    if (!h.points().isEmpty()) {
                        // samples of a switched branch know their index inside Fix(K) only: a half whose first point
                        // is a saddle in M(k,d) is drawn dashed throughout
                        addCurve(plot, String.format(Locale.ROOT, "(%s) from %.4f", s.orbitType(), e.alpha()), h.points(),
                                h.index() != 0);
                    }
                }
            }
        }
        List<Double> ex = new ArrayList<>();
        List<Double> ey = new ArrayList<>();
        for (LossEvent e : b.events()) {
            double loss = nearestLoss(b.points(), e.alpha());
            ex.add(e.alpha());
            ey.add(loss);
            String label = e.kind().jsonName() + " [" + e.component() + "]"
                    + (e.orbitTypes().isEmpty() ? "" : " -> " + String.join(", ", e.orbitTypes()));
            plot.label(new Plot.Label(e.alpha(), loss, label));
        }
        if (!ex.isEmpty()) {
            plot.add(new Plot.Series("events", ex.stream().mapToDouble(Double::doubleValue).toArray(),
                    ey.stream().mapToDouble(Double::doubleValue).toArray(), false, true));
        }
        return plot;
    }

    /**
     * Adds a curve as runs of equal stability (solid stable, dashed unstable; one colour per curve);
     * {@code saddle} draws it all dashed.
     */
    private static void addCurve(Plot plot, String name, List<BranchSample> pts, boolean saddle) {
        int start = 0;
        for (int i = 1; i <= pts.size(); i++) {
            if (i == pts.size() || !saddle && pts.get(i).stable() != pts.get(start).stable()) {
                int end = Math.min(i + 1, pts.size()); // overlap one point so runs join
                double[] x = new double[end - start];
                double[] y = new double[end - start];
                for (int j = start; j < end; j++) {
                    x[j - start] = pts.get(j).alpha();
                    y[j - start] = pts.get(j).loss();
                }
                plot.add(new Plot.Series(name, x, y, saddle || !pts.get(start).stable(), false));
                start = i;
            }
        }
    }

    private static double nearestLoss(List<BranchSample> pts, double alpha) {
        double best = Double.NaN;
        double dist = Double.POSITIVE_INFINITY;
        for (BranchSample p : pts) {
            double dd = Math.abs(p.alpha() - alpha);
            if (dd < dist) {
                dist = dd;
                best = p.loss();
            }
        }
        return best;
    }
}
