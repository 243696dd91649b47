package org.landscape.dynamics;

import org.landscape.analysis.Linear;
import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.model.ProfileKernel;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * The escape-neuron test at a point with dead neurons (Wu, Simsek and Ged, arXiv 2402.05626; MATH.md section 3).
 * At \( w_i = 0 \) the loss has only one-sided directional derivatives; by positive homogeneity
 * \[ D(u) = \lim_{s \downarrow 0} \frac{L(W + s\, u e_i^T) - L(W)}{s} = \sum_{l \ne i} K(u, w_l) - \sum_j K(u, v_j). \]
 * (Dead neurons do not interact at first order, so each is tested alone; \( K(u, 0) = 0 \).)
 *
 * <p><b>Reduction.</b> \( K(u, x) \) depends on u only through \( u\cdot z \) with \( z \sim N(0,I) \); writing
 * \( u = P_S u + \rho q \) with \( S = \mathrm{span}\{w_l, v_j\} \) and \( q \perp S \) a unit vector, D depends on
 * \( (P_S u, \rho) \) only, so the search runs on the unit sphere of \( S \oplus R \), of dimension
 * \( m = \min(d, \dim S + 1) \).
 *
 * <p><b>Certificate.</b> \( |\nabla_u K(u, x)| = |E[\sigma'(u\cdot z)\, z\, \sigma(x\cdot z)]| \le
 * \max(1,|\alpha|)\sqrt{(1+\alpha^2)/2}\,|x| \) (Cauchy-Schwarz), homogeneous of degree 0 in u, so D is Lipschitz
 * with \( \mathrm{Lip} = \max(1,|\alpha|)\sqrt{(1+\alpha^2)/2}\,(\sum_l |w_l| + \sum_j |v_j|) \) along chords of the
 * sphere. The sphere is covered by the radial projections of the 2m faces of the cube \( [-1,1]^m \) (the
 * projection onto the ball is non-expansive), each face split into boxes; a box of half-width r with centre c
 * gives \( \min_{box} D \ge D(c/|c|) - \mathrm{Lip}\, r \sqrt{m-1} \). Best-first branch and bound refines the box
 * with the smallest bound until the bound is positive (no escape), is within the tolerance of the best value, or the
 * budget is spent; the tolerance is relative to Lip. Seeded multi-start Riemannian gradient descent supplies the best value and \( u^* \).
 *
 * <p>Cost: each evaluation of D is O((k + n) m); the budget bounds the rest. Certified for m up to about 4 with the
 * default budget; beyond that the bound is reported as found (usually not positive: UNDECIDED unless an escape is found).
 */
public final class EscapeTest {
    private EscapeTest() {
    }

    /**
     * @param alpha    leaky slope
     * @param W        student (k x d, read); at least one row must be zero
     * @param V        teacher (n x d, read)
     * @param settings budget, starts, tolerance, seed
     * @return loss, live-gradient norm and one escape result per dead neuron
     */
    public static EscapeReport test(double alpha, double[][] W, double[][] V, EscapeSettings settings) {
        NetworkLoss loss = Models.loss(alpha, V);
        double value = loss.loss(W);
        int d = W[0].length;
        List<double[]> live = new ArrayList<>();
        List<Integer> dead = new ArrayList<>();
        for (int i = 0; i < W.length; i++) {
            if (Linear.isZero(W[i])) {
                dead.add(i);
            } else {
                live.add(W[i].clone());
            }
        }
        if (dead.isEmpty()) {
            throw new InvalidInputException(DynamicsMessages.NO_DEAD_NEURON.format());
        }
        double gradNorm = 0;
        if (!live.isEmpty()) {
            double[][] wl = live.toArray(new double[0][]);
            double[] g = new double[wl.length * d];
            loss.gradient(wl, g);
            gradNorm = Linear.norm(g);
        }
        List<double[]> pts = new ArrayList<>();
        List<Double> signs = new ArrayList<>();
        for (double[] w : live) {
            pts.add(w);
            signs.add(1.0);
        }
        for (double[] v : V) {
            if (!Linear.isZero(v)) {
                pts.add(v.clone());
                signs.add(-1.0);
            }
        }
        Directional dir = new Directional(alpha, pts, signs, d);
        List<NeuronEscape> results = new ArrayList<>();
        for (int i : dead) {
            results.add(dir.minimise(i, settings));
        }
        EscapeReport.PointClass cls;
        if (results.stream().anyMatch(r -> r.verdict() == EscapeVerdict.ESCAPE)) {
            cls = EscapeReport.PointClass.SADDLE_ESCAPE;
        } else if (gradNorm > DynamicsThresholds.STATIONARY_GRADIENT) {
            cls = EscapeReport.PointClass.NOT_STATIONARY;
        } else if (results.stream().allMatch(r -> r.verdict() == EscapeVerdict.NO_ESCAPE)) {
            cls = EscapeReport.PointClass.NO_FIRST_ORDER_ESCAPE;
        } else {
            cls = EscapeReport.PointClass.UNDECIDED;
        }
        return new EscapeReport(alpha, value, gradNorm, results, cls, settings);
    }

    /**
     * \( D(u) = \sum_p s_p K(u, x_p) \) in reduced coordinates. Package-private for tests.
     */
    static final class Directional {
        final int d;
        final int m;
        final double[][] basis; // m vectors of R^d: orthonormal basis of S, then q
        final double[][] x;     // reduced points, R^m
        final double[] sign;
        final double lip;
        final double slack;
        final ProfileKernel kernel;
        long evaluations;

        Directional(double alpha, List<double[]> points, List<Double> signs, int d) {
            this.d = d;
            this.kernel = Models.kernel(alpha);
            double maxNorm = 0;
            double sumNorm = 0;
            for (double[] p : points) {
                double n = Linear.norm(p);
                maxNorm = Math.max(maxNorm, n);
                sumNorm += n;
            }
            List<double[]> span = Linear.orthonormalBasis(points, DynamicsThresholds.SPAN_RANK * Math.max(maxNorm, 1e-300));
            int r = span.size();
            List<double[]> full = new ArrayList<>(span);
            if (r < d) {
                List<double[]> cand = new ArrayList<>(span);
                for (int c = 0; c < d; c++) {
                    double[] e = new double[d];
                    e[c] = 1;
                    cand.add(e);
                }
                full = Linear.orthonormalBasis(cand, 1e-8).subList(0, r + 1);
            }
            this.m = full.size();
            this.basis = full.toArray(new double[0][]);
            this.x = new double[points.size()][m];
            this.sign = new double[points.size()];
            double residual = 0;
            for (int p = 0; p < points.size(); p++) {
                double[] proj = new double[d];
                for (int a = 0; a < m; a++) {
                    x[p][a] = a < r ? Linear.dot(points.get(p), basis[a]) : 0;
                    for (int c = 0; c < d; c++) {
                        proj[c] += x[p][a] * basis[a][c];
                    }
                }
                for (int c = 0; c < d; c++) {
                    proj[c] -= points.get(p)[c];
                }
                residual += Linear.norm(proj);
                sign[p] = signs.get(p);
            }
            double alphaAbs = Math.abs(alpha);
            double perUnit = Math.max(1, alphaAbs) * Math.sqrt((1 + alpha * alpha) / 2);
            this.lip = perUnit * sumNorm;
            // dropping the residual of each point off S changes D by at most perUnit * residual
            this.slack = perUnit * residual + DynamicsThresholds.ROUNDING_SLACK * Math.max(lip, 1e-300);
        }

        double value(double[] y) {
            evaluations++;
            double s = 0;
            for (int p = 0; p < x.length; p++) {
                s += sign[p] * kernel.value(y, x[p]);
            }
            return s;
        }

        /** Euclidean gradient of D at y != 0 (written into g). */
        void gradient(double[] y, double[] g, double[] tmp) {
            java.util.Arrays.fill(g, 0);
            for (int p = 0; p < x.length; p++) {
                kernel.gradientW(y, x[p], tmp);
                for (int a = 0; a < m; a++) {
                    g[a] += sign[p] * tmp[a];
                }
            }
        }

        double[] lift(double[] y) {
            double[] u = new double[d];
            for (int a = 0; a < m; a++) {
                for (int c = 0; c < d; c++) {
                    u[c] += y[a] * basis[a][c];
                }
            }
            return u;
        }

        /** Riemannian gradient descent with Armijo backtracking; returns the improved y (unit) in place. */
        double descend(double[] y, double fy) {
            double[] g = new double[m];
            double[] tmp = new double[m];
            double[] trial = new double[m];
            double step = 0.5;
            for (int it = 0; it < 500; it++) {
                gradient(y, g, tmp);
                double gy = Linear.dot(g, y);
                for (int a = 0; a < m; a++) {
                    g[a] -= gy * y[a];
                }
                double gn = Linear.norm(g);
                if (gn < 1e-13 * Math.max(1, lip)) {
                    break;
                }
                boolean moved = false;
                while (step > 1e-14) {
                    for (int a = 0; a < m; a++) {
                        trial[a] = y[a] - step * g[a];
                    }
                    double tn = Linear.norm(trial);
                    for (int a = 0; a < m; a++) {
                        trial[a] /= tn;
                    }
                    double ft = value(trial);
                    if (ft <= fy - 1e-4 * step * gn * gn) {
                        System.arraycopy(trial, 0, y, 0, m);
                        fy = ft;
                        moved = true;
                        step *= 2;
                        break;
                    }
                    step /= 2;
                }
                if (!moved) {
                    break;
                }
            }
            return fy;
        }

        /** A box on face (axis, side) of the cube: centre coordinates (the other m-1), half-width, bound. */
        record Box(int axis, double side, double[] centre, double half, double value, double lower) {
        }

        Box box(int axis, double side, double[] centre, double half) {
            double[] y = onSphere(axis, side, centre);
            double v = value(y);
            return new Box(axis, side, centre, half, v, v - lip * half * Math.sqrt(m - 1) - slack);
        }

        double[] onSphere(int axis, double side, double[] centre) {
            double[] y = new double[m];
            int j = 0;
            for (int a = 0; a < m; a++) {
                y[a] = a == axis ? side : centre[j++];
            }
            double n = Linear.norm(y);
            for (int a = 0; a < m; a++) {
                y[a] /= n;
            }
            return y;
        }

        NeuronEscape minimise(int neuron, EscapeSettings settings) {
            evaluations = 0;
            Random rnd = new Random(settings.seed() + 7919L * neuron);
            double best = Double.POSITIVE_INFINITY;
            double[] bestY = null;
            // 1. multi-start local descent: the axes and seeded random points
            List<double[]> starts = new ArrayList<>();
            for (int a = 0; a < m; a++) {
                for (double side : new double[] {1, -1}) {
                    double[] y = new double[m];
                    y[a] = side;
                    starts.add(y);
                }
            }
            for (int s = 0; s < settings.localStarts(); s++) {
                double[] y = new double[m];
                for (int a = 0; a < m; a++) {
                    y[a] = rnd.nextGaussian();
                }
                double n = Linear.norm(y);
                for (int a = 0; a < m; a++) {
                    y[a] /= n;
                }
                starts.add(y);
            }
            for (double[] y : starts) {
                double f = descend(y, value(y));
                if (f < best) {
                    best = f;
                    bestY = y.clone();
                }
            }
            // 2. best-first branch and bound over the cube faces
            PriorityQueue<Box> queue = new PriorityQueue<>((p, q) -> Double.compare(p.lower(), q.lower()));
            for (int a = 0; a < m; a++) {
                for (double side : new double[] {1, -1}) {
                    queue.add(box(a, side, new double[m - 1], 1.0));
                }
            }
            double lower = Double.NEGATIVE_INFINITY;
            double[] bestCentre = null;
            boolean skip = (best < -slack && m > DynamicsThresholds.CERTIFIED_SPHERE_DIMENSION)
                    || m > DynamicsThresholds.MAX_COVERING_DIMENSION;
            while (!skip && !queue.isEmpty()) {
                Box b = queue.peek();
                lower = b.lower();
                if (lower > 0 || lower >= best - settings.bracketTolerance() * lip || evaluations >= settings.maxEvaluations()) {
                    break;
                }
                queue.poll();
                if (m == 1) {
                    continue; // a point: its value is exact
                }
                int kids = 1 << (m - 1);
                double h = b.half() / 2;
                for (int mask = 0; mask < kids; mask++) {
                    double[] c = b.centre().clone();
                    for (int j = 0; j < m - 1; j++) {
                        c[j] += ((mask >> j) & 1) == 1 ? h : -h;
                    }
                    Box child = box(b.axis(), b.side(), c, h);
                    if (child.value() < best) {
                        best = child.value();
                        bestY = onSphere(child.axis(), child.side(), c);
                        bestCentre = bestY;
                    }
                    queue.add(child);
                }
            }
            if (queue.isEmpty()) {
                lower = best; // m = 1: both points evaluated exactly
            }
            if (bestCentre != null) {
                double[] y = bestCentre.clone();
                double f = descend(y, value(y));
                if (f < best) {
                    best = f;
                    bestY = y;
                }
            }
            if (skip) {
                lower = -lip; // |D| <= (1+alpha^2)/2 sum|x| <= Lip: the trivial bound, no covering needed once D(u*) < 0
            }
            lower = Math.min(lower, best);
            EscapeVerdict verdict = best < -slack ? EscapeVerdict.ESCAPE
                    : lower > 0 ? EscapeVerdict.NO_ESCAPE : EscapeVerdict.UNDECIDED;
            Evidence ev = new Evidence("minimum of D over the unit sphere of S + R (m = " + m + "): multi-start Riemannian "
                    + "gradient descent (" + starts.size() + " starts) and best-first branch and bound on the cube faces "
                    + "with Lipschitz constant " + lip + (skip ? " (covering skipped: m > " + DynamicsThresholds.MAX_COVERING_DIMENSION
                    + ", or an escape was found and m > " + DynamicsThresholds.CERTIFIED_SPHERE_DIMENSION
                    + "; D(u*) < 0 is itself the certificate, the lower bound is the trivial -Lip)" : ""), best - lower,
                    "accuracy = width of the certified bracket [lower, min]; D evaluated with the compiled kernel (~1e-15 relative)");
            return new NeuronEscape(neuron, m, best, lift(bestY), lower, verdict, evaluations, ev);
        }
    }

    /** @return the loss change \( L(W + s u e_i^T) - L(W) \) over s, for checks of the one-sided derivative */
    static double lossIncrement(double alpha, double[][] W, double[][] V, int i, double[] u, double s) {
        NetworkLoss loss = Models.loss(alpha, V);
        double[][] moved = Matrices.copy(W);
        for (int c = 0; c < u.length; c++) {
            moved[i][c] += s * u[c];
        }
        return (loss.loss(moved) - loss.loss(W)) / s;
    }
}
