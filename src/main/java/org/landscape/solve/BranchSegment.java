package org.landscape.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One accepted continuation step (or the last two), seen by an {@link EventDetector}: its end points and a local
 * chart in which points between them are re-corrected on demand. The chart coordinate is
 * \( \sigma = t_a \cdot (y - y_a) \), with \( y_a \) the first knot and \( t_a \) its tangent; \( \sigma \) is 0 at
 * the first knot and increases along the branch.
 */
public final class BranchSegment {

    private final SmoothProblem problem;
    private final ContinuationSettings settings;
    private final List<BranchPoint> knots;
    private final BranchChart chart;
    private final BranchPoint beforeStart;
    private BranchSegment lastTwo;

    BranchSegment(SmoothProblem problem, ContinuationSettings settings, List<BranchPoint> knots,
            BranchPoint beforeStart) {
        this.problem = problem;
        this.settings = settings;
        this.knots = List.copyOf(knots);
        this.beforeStart = beforeStart;
        double[][] ys = new double[knots.size()][];
        double[][] ts = new double[knots.size()][];
        for (int k = 0; k < ys.length; k++) {
            ys[k] = knots.get(k).y();
            ts[k] = knots.get(k).tangent();
        }
        this.chart = new BranchChart(problem, settings.corrector(), ys[0], knots.get(0).tangent(), ys, ts);
    }

    /** @return the first knot */
    public BranchPoint start() {
        return knots.get(0);
    }

    /** @return the last knot */
    public BranchPoint end() {
        return knots.get(knots.size() - 1);
    }

    /** @return the knots (2 for one step, 3 for two) */
    public List<BranchPoint> knots() {
        return knots;
    }

    /** @return the chart coordinate of knot k */
    public double sigma(int k) {
        return chart.sigmaOf(knots.get(k).y());
    }

    /** @return the chart coordinate of the last knot */
    public double sigmaEnd() {
        return sigma(knots.size() - 1);
    }

    /** @return the settings of the run */
    public ContinuationSettings settings() {
        return settings;
    }

    /** @return the problem */
    public SmoothProblem problem() {
        return problem;
    }

    /**
     * @param sigma chart coordinate
     * @return the re-corrected branch point at \( \sigma \), or empty if Newton failed there
     */
    public Optional<BranchPoint> pointAt(double sigma) {
        return chart.at(sigma).map(s -> s.toPoint(arclengthOf(s.y)));
    }

    /** @return the segment made of the previous step and this one, if there was a previous step */
    public Optional<BranchSegment> lastTwoSteps() {
        if (beforeStart == null || knots.size() != 2) {
            return Optional.empty();
        }
        if (lastTwo == null) {
            List<BranchPoint> three = new ArrayList<>();
            three.add(beforeStart);
            three.addAll(knots);
            lastTwo = new BranchSegment(problem, settings, three, null);
        }
        return Optional.of(lastTwo);
    }

    BranchChart chart() {
        return chart;
    }

    double arclengthOf(double[] y) {
        double[] a = start().y();
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += (y[i] - a[i]) * (y[i] - a[i]);
        }
        return start().arclength() + Math.sqrt(d);
    }
}
