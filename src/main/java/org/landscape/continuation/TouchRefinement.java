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
 * \( \alpha_0 + j h \), \( j = -4..4 \), \( h = 10^{-3} \), on the branch (Newton at fixed alpha from the located
 * point), fitted by least squares with polynomials of degree 4 and 6 in \( t = (\alpha - \alpha_0)/h \), and the
 * zero of the degree-4 fit's derivative nearest 0 is the new \( \alpha_0 \); the precision reported is the distance
 * to the degree-6 fit's zero plus the rounding bound \( h \cdot 10 \varepsilon \|H\| / (2 c_2) \) (\( c_2 \) the fitted
 * curvature in t, \( \|H\| \) the largest Hessian eigenvalue modulus seen)
 * (truncation error \( O(h^4) \) of the fitted vertex). Returns empty when a Newton solve fails (a fold nearby) or
 * the fit has no curvature.
 */
final class TouchRefinement {
    static final double H = 1e-3;
    private static final int HALF = 4;

    private TouchRefinement() {
    }

    /** @return {alpha, precision} and evidence, or empty */
    static Optional<Result> refine(SmoothProblem problem, SpecialPoint e) {
        int pos = -1;
        int n = problem.dimension();
        double[] jac = new double[n * n];
        double[] t = new double[2 * HALF + 1];
        double[] lambda = new double[t.length];
        double[] x = e.x();
        double normH = 0;
        for (int j = -HALF; j <= HALF; j++) {
            double a = e.p() + j * H;
            NewtonResult r = new Newton().solve(problem, x, a, NewtonSettings.DEFAULT);
            if (r.status() != NewtonStatus.CONVERGED) {
                return Optional.empty();
            }
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
            t[j + HALF] = j;
            lambda[j + HALF] = b.eigenvalue(pos);
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
                + " vertex of a degree-4 least-squares fit of the block eigenvalue at 9 Newton-corrected points, h = "
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
