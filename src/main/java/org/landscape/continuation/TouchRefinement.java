package org.landscape.continuation;

import java.util.Optional;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.landscape.base.Evidence;
import org.landscape.solve.BlockSpectrum;
import org.landscape.solve.Newton;
import org.landscape.solve.NewtonResult;
import org.landscape.solve.NewtonSettings;
import org.landscape.solve.NewtonStatus;
import org.landscape.solve.SmoothProblem;
import org.landscape.solve.SpecialPoint;

/**
 * Re-locates an even-order touch \( \lambda(\alpha) \approx c(\alpha - \alpha_0)^2 \) of a block eigenvalue. A search
 * for the minimum of \( |\lambda| \) can only resolve \( \alpha_0 \) to about \( \sqrt{\varepsilon} \approx 10^{-8} \);
 * \( \alpha_0 \) is instead the simple zero of \( \lambda'(\alpha) \). The eigenvalue is sampled at
 * \( \alpha_0 + t h \), \( t = \pm 0.5, \dots, \pm 3.5 \), \( h = 10^{-3} \), on the branch (Newton at fixed alpha,
 * each sample started from the previous one, the first from a regular branch point before the touch), fitted by least squares with polynomials of degree 4 and 6 in \( t = (\alpha - \alpha_0)/h \), and the
 * zero of the degree-4 fit's derivative nearest 0 is the new \( \alpha_0 \); the precision reported is the distance
 * to the degree-6 fit's zero plus the rounding bound \( h \cdot 10 \varepsilon \|H\| / (2 c_2) \) (\( c_2 \) the fitted
 * curvature in t, \( \|H\| \) the largest Hessian eigenvalue modulus seen)
 * (truncation error \( O(h^4) \) of the fitted vertex). Returns empty when a Newton solve fails (a fold nearby) or
 * the fit has no curvature.
 */
final class TouchRefinement {
    static final double H = ContinuationThresholds.TOUCH_SAMPLE_SPACING;
    private static final double ACCEPTED_RESIDUAL = ContinuationThresholds.TOUCH_ACCEPTED_RESIDUAL;
    private static final int HALF = 4;

    private TouchRefinement() {
    }

    /**
     * @param problem the problem with its block test functions
     * @param e       the touch located by {@code solve}
     * @param start   a regular branch point before the touch (in the direction of travel), read: the samples are
     *                corrected one after the other from it, so that they stay on the branch even where the critical
     *                set is degenerate (at alpha = 1 the loss is that of a linear network and has lines of minima)
     * @return {alpha, precision} and evidence, or empty
     */
    static Optional<Result> refine(SmoothProblem problem, SpecialPoint e, double[] start) {
        int pos = -1;
        int n = problem.dimension();
        double[] jac = new double[n * n];
        double[] t = new double[2 * HALF];
        double[] lambda = new double[t.length];
        double[] x = start.clone();
        double normH = 0;
        int dir = e.tangent()[n] >= 0 ? 1 : -1;
        for (int jj = 0; jj < 2 * HALF; jj++) {
            // t = -3.5 .. 3.5 in the direction of travel: no sample within h/2 of the touch, where the Jacobian in the
            // continuation subspace may itself be singular (a touch in the trivial block) and Newton would wander
            double tj = dir * (jj - HALF + 0.5);
            double a = e.p() + tj * H;
            NewtonResult r = new Newton().solve(problem, x, a, NewtonSettings.DEFAULT);
            if (r.status() != NewtonStatus.CONVERGED && !(r.residual() <= ACCEPTED_RESIDUAL)) {
                return Optional.empty();
            }
            x = r.x();
            problem.jacobian(r.x(), a, jac);
            BlockSpectrum b = problem.spectralBlocks().at(r.x(), a, jac).stream()
                    .filter(s -> s.label().equals(e.component())).findFirst().orElse(null);
            if (b == null) {
                return Optional.empty();
            }
            if (pos < 0) {
                pos = nearestZero(problem, e);
                if (pos < 0) {
                    return Optional.empty();
                }
            }
            t[jj] = tj;
            lambda[jj] = b.eigenvalue(pos);
            for (BlockSpectrum any : problem.spectralBlocks().at(r.x(), a, jac)) {
                for (double v : any.eigenvalues()) {
                    normH = Math.max(normH, Math.abs(v));
                }
            }
        }
        double[] c4 = fit(t, lambda, 4);
        double[] c6 = fit(t, lambda, 6);
        if (!(Math.abs(c4[2]) > 0)) {
            return Optional.empty();
        }
        double r4 = criticalPoint(c4);
        double r6 = criticalPoint(c6);
        // an eigenvalue of a matrix of norm |H| carries an absolute error of a few eps |H|; in t units the vertex moves
        // by that error over the fitted curvature 2 c_2
        double rounding = H * 10 * Math.ulp(1.0) * normH / (2 * Math.abs(c4[2]));
        double precision = Math.abs(r4 - r6) * H + rounding + Math.ulp(e.p());
        if (!(Math.abs(r4) < HALF) || !Double.isFinite(precision)) {
            return Optional.empty();
        }
        double alpha = e.p() + r4 * H;
        return Optional.of(new Result(alpha, precision, new Evidence("touch re-located as the zero of d lambda/d alpha:"
                + " vertex of a degree-4 least-squares fit of the block eigenvalue at 8 Newton-corrected points (t = +-0.5..+-3.5), h = "
                + H, precision, "first location " + e.p() + " +- " + e.precision() + " (" + e.evidence().method()
                + "); precision = |degree-4 minus degree-6 vertex| + rounding bound")));
    }

    record Result(double alpha, double precision, Evidence evidence) {
    }

    private static int nearestZero(SmoothProblem problem, SpecialPoint e) {
        int n = problem.dimension();
        double[] jac = new double[n * n];
        problem.jacobian(e.x(), e.p(), jac);
        return problem.spectralBlocks().at(e.x(), e.p(), jac).stream().filter(s -> s.label().equals(e.component()))
                .findFirst().map(BlockSpectrum::positionNearestZero).orElse(-1);
    }

    /** @return least-squares coefficients c_0..c_deg of sum c_i t^i */
    static double[] fit(double[] t, double[] y, int deg) {
        RealMatrix a = MatrixUtils.createRealMatrix(t.length, deg + 1);
        for (int i = 0; i < t.length; i++) {
            double p = 1;
            for (int j = 0; j <= deg; j++) {
                a.setEntry(i, j, p);
                p *= t[i];
            }
        }
        return new QRDecomposition(a).getSolver().solve(MatrixUtils.createRealVector(y)).toArray();
    }

    /** @return the zero of the derivative nearest t = 0, by Newton from t = -c1/(2 c2) */
    static double criticalPoint(double[] c) {
        double t = -c[1] / (2 * c[2]);
        for (int it = 0; it < 50; it++) {
            double d1 = 0;
            double d2 = 0;
            double p = 1;
            for (int j = 1; j < c.length; j++) {
                d1 += j * c[j] * p;
                if (j >= 2) {
                    d2 += j * (j - 1) * c[j] * Math.pow(t, j - 2);
                }
                p *= t;
            }
            if (d2 == 0) {
                break;
            }
            double step = d1 / d2;
            t -= step;
            if (Math.abs(step) < 1e-15 * (1 + Math.abs(t))) {
                break;
            }
        }
        return t;
    }
}
