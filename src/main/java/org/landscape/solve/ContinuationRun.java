package org.landscape.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.landscape.base.Evidence;

/**
 * A pseudo-arclength continuation in progress, as an iterator over accepted points (STYLE 15: a long driver is an
 * iterator, so a command line can show progress and stop cleanly). Created by
 * {@link PalcContinuation#start}; the first {@link #next()} returns the start point, each further call performs
 * one accepted step (with any rejected trial steps before it) and runs the event detectors on it.
 * {@link #branch()} is a snapshot at any time: status {@link BranchStatus#IN_PROGRESS} until the run has ended.
 * The algorithm is described in {@link PalcContinuation}. Not thread-safe.
 *
 * <p>Usage: {@code ContinuationRun run = palc.start(...); while (run.hasNext()) { BranchPoint pt = run.next(); ... }
 * Branch b = run.branch();}
 */
public final class ContinuationRun implements Iterator<BranchPoint> {

    private final SmoothProblem problem;
    private final ContinuationSettings settings;
    private final List<EventDetector> detectors;
    private final List<BranchPoint> points = new ArrayList<>();
    private final List<SpecialPoint> events = new ArrayList<>();
    private final double cosMax;
    private BranchPoint pending;
    private List<SpecialPoint> lastEvents = List.of();
    private BranchStatus status;
    private Evidence startFailure;
    private double ds;
    private int rejected;

    ContinuationRun(SmoothProblem problem, double[] x0, double p0, Optional<double[]> tangentHint,
            ContinuationSettings settings, List<EventDetector> detectors) {
        this.problem = problem;
        this.settings = settings;
        this.detectors = List.copyOf(detectors);
        this.cosMax = Math.cos(settings.maxTurnAngle());
        this.ds = settings.initialStep();
        int n = problem.dimension();
        NewtonResult start = new Newton().solve(problem, x0, p0, settings.corrector());
        if (!start.status().converged()) {
            status = BranchStatus.START_NOT_CONVERGED;
            startFailure = new Evidence("Newton at the start parameter", start.residual(), "status " + start.status());
            return;
        }
        double[] y = Arrays.copyOf(start.x(), n + 1);
        y[n] = p0;
        double[] t0 = PalcContinuation.initialTangent(problem, start.x(), p0, tangentHint, settings.direction());
        Optional<BranchChart.Sample> s0 = new BranchChart(problem, settings.corrector(), y, t0, new double[][] {y})
                .at(0.0);
        if (s0.isEmpty()) {
            status = BranchStatus.START_NOT_CONVERGED;
            startFailure = new Evidence("Newton at the start parameter", Double.NaN, "the tangent is undefined there");
            return;
        }
        pending = s0.get().toPoint(0.0);
    }

    @Override
    public boolean hasNext() {
        if (pending == null && status == null) {
            advance();
        }
        return pending != null;
    }

    @Override
    public BranchPoint next() {
        if (!hasNext()) {
            throw new NoSuchElementException(SolveMessages.RUN_ENDED.format(status));
        }
        BranchPoint p = pending;
        pending = null;
        points.add(p);
        return p;
    }

    /** @return the events located in the step that produced the last point returned by {@link #next()} */
    public List<SpecialPoint> lastEvents() {
        return lastEvents;
    }

    /** Ends the run now (for a caller that stops iterating), with the given status. */
    public void stop(BranchStatus why) {
        if (status == null) {
            status = why;
        }
        pending = null;
    }

    /** @return the branch so far: the points returned by {@link #next()} and their events */
    public Branch branch() {
        BranchStatus s = status == null ? BranchStatus.IN_PROGRESS : status;
        Evidence ev = startFailure != null ? startFailure
                : new Evidence("pseudo-arclength continuation (Keller 1977): tangent predictor, damped Newton"
                        + " corrector on the bordered system, adaptive step", Double.NaN, (points.size() - 1)
                                + " steps accepted, " + rejected + " rejected, " + events.size() + " events");
        return new Branch(points, events, s, settings, ev);
    }

    /** Computes the next accepted point into {@code pending}, or sets {@code status}. */
    private void advance() {
        lastEvents = List.of();
        if (points.isEmpty()) {
            return;
        }
        BranchPoint current = points.get(points.size() - 1);
        int n = problem.dimension();
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                status = BranchStatus.INTERRUPTED;
                return;
            }
            if (points.size() > settings.maxSteps()) {
                status = BranchStatus.MAX_STEPS;
                return;
            }
            double[] yi = current.y();
            double[] ti = current.tangent();
            BranchChart chart = new BranchChart(problem, settings.corrector(), yi, ti, new double[][] {yi});
            Optional<BranchChart.Sample> next = chart.at(ds);
            if (next.isEmpty() || Dense.dot(next.get().tangent, ti) < cosMax) {
                rejected++;
                ds *= 0.5;
                if (ds < settings.minStep()) {
                    status = BranchStatus.STEP_TOO_SMALL;
                    return;
                }
                continue;
            }
            BranchChart.Sample s = next.get();
            BranchStatus after = null;
            if (s.p() < settings.pMin() || s.p() > settings.pMax()) {
                double bound = s.p() < settings.pMin() ? settings.pMin() : settings.pMax();
                after = BranchStatus.REACHED_PARAMETER_LIMIT;
                if (Math.abs(bound - current.p()) <= 4 * Math.ulp(bound)) {
                    status = after;
                    return;
                }
                double w = (bound - current.p()) / (s.p() - current.p());
                double[] guess = new double[n + 1];
                for (int i = 0; i <= n; i++) {
                    guess[i] = yi[i] + w * (s.y[i] - yi[i]);
                }
                Optional<BranchChart.Sample> onBound = chart.atParameter(bound, guess);
                if (onBound.isEmpty() || !(chart.sigmaOf(onBound.get().y) > 0)) {
                    status = after;
                    return;
                }
                s = onBound.get();
            }
            BranchPoint before = points.size() >= 2 ? points.get(points.size() - 2) : null;
            BranchPoint accepted = s.toPoint(current.arclength() + distance(yi, s.y));
            BranchSegment segment = new BranchSegment(problem, settings, List.of(current, accepted), before);
            List<SpecialPoint> found = new ArrayList<>();
            for (EventDetector d : detectors) {
                found.addAll(d.detect(segment));
            }
            found.sort(Comparator.comparingDouble(SpecialPoint::arclength));
            events.addAll(found);
            lastEvents = List.copyOf(found);
            if (after == null && accepted.norm() > settings.maxNorm()) {
                after = BranchStatus.NORM_LIMIT;
            }
            status = after;
            if (s.iterations <= SolveThresholds.FAST_CORRECTION) {
                ds = Math.min(1.5 * ds, settings.maxStep());
            } else if (s.iterations >= SolveThresholds.SLOW_CORRECTION) {
                ds = Math.max(0.5 * ds, settings.minStep());
            }
            pending = accepted;
            return;
        }
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(d);
    }
}
