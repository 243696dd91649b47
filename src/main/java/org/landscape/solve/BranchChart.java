package org.landscape.solve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A local chart of a solution curve: points are found on the hyperplanes \( t_a \cdot (y - y_a) = \sigma \) by
 * Newton on the bordered system \( G(y) = (F(x, p),\; t_a \cdot (y - y_a) - \sigma) \) with Jacobian
 * \( \begin{pmatrix} J & F_p \\ t_a^T \end{pmatrix} \) (Keller 1977, pseudo-arclength; Allgower and Georg,
 * chapter 2). The start guess interpolates linearly between known knots. Used for the PALC corrector and for
 * every re-correction during event localisation. Results are cached by \( \sigma \). Package-private.
 */
final class BranchChart {

    private final SmoothProblem problem;
    private final NewtonSettings newton;
    private final int n;
    private final double[] base;
    private final double[] t;
    private final double[] knotSigma;
    private final double[][] knotY;
    private final double[][] knotSlope;
    private final Map<Double, Optional<Sample>> cache = new HashMap<>();


    /** A corrected point with its Jacobian, \( F_p \) and unit tangent (oriented so that \( t \cdot t_a > 0 \)). */
    static final class Sample {
        final double sigma;
        final double[] y;
        final double[] jac;
        final double[] fp;
        final double[] tangent;
        final double residual;
        final int iterations;
        private final SmoothProblem problem;
        private java.util.List<BlockSpectrum> blocks;

        Sample(SmoothProblem problem, double sigma, double[] y, double[] jac, double[] fp, double[] tangent,
                double residual, int iterations) {
            this.problem = problem;
            this.sigma = sigma;
            this.y = y;
            this.jac = jac;
            this.fp = fp;
            this.tangent = tangent;
            this.residual = residual;
            this.iterations = iterations;
        }

        double p() {
            return y[y.length - 1];
        }

        double[] x() {
            return java.util.Arrays.copyOf(y, y.length - 1);
        }

        java.util.List<BlockSpectrum> blocks() {
            if (blocks == null) {
                blocks = problem.spectralBlocks().at(x(), p(), jac);
            }
            return blocks;
        }

        Optional<BlockSpectrum> block(String label) {
            return blocks().stream().filter(b -> b.label().equals(label)).findFirst();
        }

        BranchPoint toPoint(double arclength) {
            int index = 0;
            for (BlockSpectrum b : blocks()) {
                index += b.negativeCount();
            }
            int n = y.length - 1;
            return new BranchPoint(x(), p(), arclength, tangent, blocks(), index, Dense.determinantSign(jac, n),
                    residual);
        }
    }

    /**
     * @param base     \( y_a \), read (copied)
     * @param tangent  \( t_a \), unit, read (copied)
     * @param knots    known points on the curve, ordered by \( \sigma \), the first being \( y_a \) (copied)
     */
    BranchChart(SmoothProblem problem, NewtonSettings newton, double[] base, double[] tangent, double[][] knots) {
        this(problem, newton, base, tangent, knots, null);
    }

    /**
     * As above, with the unit tangents at the knots, which make the start guess a cubic Hermite interpolant
     * (error \( O(\Delta\sigma^4) \) instead of \( O(\Delta\sigma^2) \)); this keeps the guess inside Newton's
     * basin when re-correcting close to a branch point, where the basin shrinks like \( |\sigma - \sigma^*|^{1/2} \).
     */
    BranchChart(SmoothProblem problem, NewtonSettings newton, double[] base, double[] tangent, double[][] knots,
            double[][] knotTangents) {
        this.problem = problem;
        this.newton = newton;
        this.n = problem.dimension();
        this.base = base.clone();
        this.t = tangent.clone();
        this.knotY = new double[knots.length][];
        this.knotSigma = new double[knots.length];
        for (int k = 0; k < knots.length; k++) {
            knotY[k] = knots[k].clone();
            knotSigma[k] = sigmaOf(knots[k]);
        }
        this.knotSlope = knotTangents == null ? null : new double[knots.length][];
        if (knotTangents != null) {
            for (int k = 0; k < knots.length; k++) {
                knotSlope[k] = slope(knotTangents[k]);
            }
        }
    }

    /** @return \( dy/d\sigma = t / (t \cdot t_a) \) for a curve tangent t */
    private double[] slope(double[] tangent) {
        double d = Dense.dot(tangent, t);
        double[] m = tangent.clone();
        for (int i = 0; i <= n; i++) {
            m[i] /= d;
        }
        return m;
    }

    double sigmaOf(double[] y) {
        double s = 0;
        for (int i = 0; i <= n; i++) {
            s += t[i] * (y[i] - base[i]);
        }
        return s;
    }

    double[] baseTangent() {
        return t.clone();
    }

    /** @return the corrected point on the hyperplane at \( \sigma \), or empty if Newton did not converge */
    Optional<Sample> at(double sigma) {
        Optional<Sample> c = cache.get(sigma);
        if (c == null) {
            c = correct(sigma);
            cache.put(sigma, c);
        }
        return c;
    }

    /** The corrected sample at \( \sigma \) with its Newton status; not cached. */
    private Optional<Sample> correct(double sigma) {
        double[] guess = guess(sigma);
        Newton.SquareSystem system = new Newton.SquareSystem() {
            private final double[] x = new double[n];
            private final double[] f = new double[n];
            private final double[] j = new double[n * n];
            private final double[] fp = new double[n];

            @Override
            public int size() {
                return n + 1;
            }

            @Override
            public void value(double[] y, double[] g) {
                System.arraycopy(y, 0, x, 0, n);
                problem.residual(x, y[n], f);
                System.arraycopy(f, 0, g, 0, n);
                g[n] = sigmaOf(y) - sigma;
            }

            @Override
            public void jacobian(double[] y, double[] out) {
                System.arraycopy(y, 0, x, 0, n);
                problem.jacobian(x, y[n], j);
                problem.parameterDerivative(x, y[n], fp);
                bordered(j, fp, t, out);
            }
        };
        Newton.Run run = Newton.iterate(system, guess, newton);
        if (!run.status().converged()) {
            return Optional.empty();
        }
        return sample(sigma, run.y(), run.history()[run.history().length - 1], run.iterations());
    }

    /** Newton for \( F(x, p) = 0 \) with \( p \) fixed at {@code pTarget}, from {@code guess}; used at range limits. */
    Optional<Sample> atParameter(double pTarget, double[] guess) {
        double[] start = guess.clone();
        start[n] = pTarget;
        NewtonResult r = new Newton().solve(problem, java.util.Arrays.copyOf(start, n), pTarget, newton);
        if (!r.status().converged()) {
            return Optional.empty();
        }
        double[] y = java.util.Arrays.copyOf(r.x(), n + 1);
        y[n] = pTarget;
        return sample(sigmaOf(y), y, r.residual(), r.iterations());
    }

    private Optional<Sample> sample(double sigma, double[] y, double residual, int iterations) {
        double[] x = java.util.Arrays.copyOf(y, n);
        double[] jac = new double[n * n];
        double[] fp = new double[n];
        problem.jacobian(x, y[n], jac);
        problem.parameterDerivative(x, y[n], fp);
        double[] tangent = tangent(jac, fp, t, n);
        if (tangent == null) {
            return Optional.empty();
        }
        return Optional.of(new Sample(problem, sigma, y, jac, fp, tangent, residual, iterations));
    }

    /**
     * Start guess at \( \sigma \). Among the knots and the converged samples, take the nearest on each side of
     * \( \sigma \). If they are samples and their distance \( w \) is at most
     * {@link SolveThresholds#LINEAR_WINDOW} \( H^2 \)
     * (\( H \) the knot spacing), interpolate linearly between them (error \( O(w^2) \), below the Hermite error
     * \( O(H^4) \)), so re-corrections during a root search start ever closer to their target; otherwise use the
     * cubic Hermite interpolant between the knots (linear without knot tangents). Near a pitchfork, Newton started
     * farther than \( \sqrt{|\lambda|/3} \) from the parent along the kernel may converge to the bifurcating branch,
     * so the guess error bounds how close to the branch point re-corrections stay on the parent. Tangents of samples
     * are not used: next to a branch point they are ill-conditioned. Outside all known points, step along
     * \( t_a \).
     */
    private double[] guess(double sigma) {
        double[] lowY = null;
        double[] highY = null;
        double lowS = Double.NEGATIVE_INFINITY;
        double highS = Double.POSITIVE_INFINITY;
        boolean lowKnot = false;
        boolean highKnot = false;
        for (int k = 0; k < knotY.length; k++) {
            if (knotSigma[k] <= sigma && knotSigma[k] > lowS) {
                lowS = knotSigma[k];
                lowY = knotY[k];
                lowKnot = true;
            }
            if (knotSigma[k] >= sigma && knotSigma[k] < highS) {
                highS = knotSigma[k];
                highY = knotY[k];
                highKnot = true;
            }
        }
        for (Optional<Sample> c : cache.values()) {
            if (c.isEmpty()) {
                continue;
            }
            Sample smp = c.get();
            if (smp.sigma <= sigma && smp.sigma > lowS) {
                lowS = smp.sigma;
                lowY = smp.y;
                lowKnot = false;
            }
            if (smp.sigma >= sigma && smp.sigma < highS) {
                highS = smp.sigma;
                highY = smp.y;
                highKnot = false;
            }
        }
        if (lowY != null && highY != null && !(lowKnot && highKnot) && (knotSlope == null
                || highS - lowS <= SolveThresholds.LINEAR_WINDOW * knotSpacing(sigma) * knotSpacing(sigma))) {
            double w = highS > lowS ? (sigma - lowS) / (highS - lowS) : 0;
            double[] g = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                g[i] = (1 - w) * lowY[i] + w * highY[i];
            }
            return g;
        }
        int m = knotY.length;
        if (m == 1 || sigma <= knotSigma[0]) {
            return along(knotY[0], sigma - knotSigma[0]);
        }
        if (sigma >= knotSigma[m - 1]) {
            return along(knotY[m - 1], sigma - knotSigma[m - 1]);
        }
        int k = 0;
        while (k + 1 < m - 1 && sigma > knotSigma[k + 1]) {
            k++;
        }
        double h = knotSigma[k + 1] - knotSigma[k];
        double w = (sigma - knotSigma[k]) / h;
        double[] g = new double[n + 1];
        if (knotSlope == null) {
            for (int i = 0; i <= n; i++) {
                g[i] = (1 - w) * knotY[k][i] + w * knotY[k + 1][i];
            }
            return g;
        }
        double h00 = (1 + 2 * w) * (1 - w) * (1 - w);
        double h10 = w * (1 - w) * (1 - w);
        double h01 = w * w * (3 - 2 * w);
        double h11 = w * w * (w - 1);
        for (int i = 0; i <= n; i++) {
            g[i] = h00 * knotY[k][i] + h10 * h * knotSlope[k][i] + h01 * knotY[k + 1][i]
                    + h11 * h * knotSlope[k + 1][i];
        }
        return g;
    }

    /** @return the \( \sigma \)-distance between the knots around \( \sigma \) (the nearest knot gap at the ends) */
    private double knotSpacing(double sigma) {
        int m = knotSigma.length;
        if (m == 1) {
            return Math.abs(sigma - knotSigma[0]);
        }
        int k = 0;
        while (k + 1 < m - 1 && sigma > knotSigma[k + 1]) {
            k++;
        }
        return knotSigma[k + 1] - knotSigma[k];
    }

    private double[] along(double[] y, double ds) {
        double[] g = y.clone();
        for (int i = 0; i <= n; i++) {
            g[i] += ds * t[i];
        }
        return g;
    }

    /** Writes \( \begin{pmatrix} J & F_p \\ b^T \end{pmatrix} \), flat (n+1)x(n+1), into out. */
    static void bordered(double[] jac, double[] fp, double[] border, double[] out) {
        int n = fp.length;
        int m = n + 1;
        for (int r = 0; r < n; r++) {
            System.arraycopy(jac, r * n, out, r * m, n);
            out[r * m + n] = fp[r];
        }
        System.arraycopy(border, 0, out, n * m, m);
    }

    /**
     * The unit tangent: \( z \) solving \( \begin{pmatrix} J & F_p \\ b^T \end{pmatrix} z = e_{n+1} \), normalised
     * (Allgower and Georg, section 2.1); \( b \cdot z > 0 \) by construction.
     *
     * @return the tangent, or null if the bordered matrix is singular
     */
    static double[] tangent(double[] jac, double[] fp, double[] border, int n) {
        double[] a = new double[(n + 1) * (n + 1)];
        bordered(jac, fp, border, a);
        double[] e = new double[n + 1];
        e[n] = 1;
        Dense.Solution s = Dense.solve(a, n + 1, e);
        if (s == null || Dense.norm(s.x()) == 0) {
            return null;
        }
        double[] z = Dense.normalized(s.x());
        if (Dense.dot(z, border) < 0) {
            for (int i = 0; i <= n; i++) {
                z[i] = -z[i];
            }
        }
        return z;
    }
}
