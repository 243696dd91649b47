package org.landscape.analysis;

import org.landscape.base.Evidence;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;

/**
 * The gradient-descent warm start of {@link CriticalPointSearch} ({@link DescentWarmStart}): gradient descent with an
 * adaptive step (Armijo: accept \( L(x - \eta g) \le L(x) - \tfrac12 \eta \|g\|^2 \), then \( \eta \leftarrow 1.2 \eta \);
 * otherwise halve \( \eta \)) until \( \|g\| < 10^{-6} \) or the step budget is spent, then Newton with the exact
 * model Hessian, optionally restricted to a linear subspace with orthonormal basis B (for instance a fixed-point
 * subspace Fix(H), which the gradient preserves: MATH.md section 4) by using \( B^T \nabla L \) and
 * \( B^T \nabla^2 L\, B \). The spectrum of the result is {@link HessianSpectra#dense}.
 *
 * <p>Moved unchanged from {@code dynamics.DescentNewtonSearch} (issue 18): its Newton phase (full steps, LU solve,
 * 50 iterations) is not {@code solve.Newton} (backtracking on \( \|\nabla L\| \)), so routing it through the
 * latter would change the digits that {@code landscape embed --refine} prints.
 * Cost per Newton step O((kd)^3).
 */
final class DescentNewton {
    private DescentNewton() {
    }

    /**
     * @param alpha     leaky slope
     * @param V         teacher (read)
     * @param start     starting student (read)
     * @param basis     orthonormal basis vectors of the subspace (flattened i*d+c), or an empty array for the full space
     * @param settings  descent steps before Newton and the gradient-norm tolerance
     * @return the point reached with its classification
     */
    static DescentNewtonResult search(double alpha, double[][] V, double[][] start, double[][] basis,
                                      DescentWarmStart settings) {
        int maxDescent = settings.maxDescentSteps();
        double tolerance = settings.gradientTolerance();
        NetworkLoss loss = Models.loss(alpha, V);
        int k = start.length;
        int d = start[0].length;
        int m = k * d;
        double[] x = Linear.flatten(start);
        double[] g = new double[m];
        double[] trial = new double[m];
        double step = 0.1;
        double f = loss.loss(Linear.unflatten(x, k, d));
        int it = 0;
        DescentNewtonResult.Status status = DescentNewtonResult.Status.NOT_CONVERGED;
        for (; it < maxDescent; it++) {
            if (hasDeadRow(x, k, d)) {
                status = DescentNewtonResult.Status.DEAD_NEURON;
                break;
            }
            loss.gradient(Linear.unflatten(x, k, d), g);
            project(g, basis);
            double gn = Linear.norm(g);
            if (gn < 1e-6) {
                break;
            }
            while (true) {
                for (int i = 0; i < m; i++) {
                    trial[i] = x[i] - step * g[i];
                }
                double ft = loss.loss(Linear.unflatten(trial, k, d));
                if (ft <= f - 0.5 * step * gn * gn || step < 1e-12) {
                    System.arraycopy(trial, 0, x, 0, m);
                    f = ft;
                    step *= 1.2;
                    break;
                }
                step /= 2;
            }
        }
        int newton = 0;
        double[] h = new double[m * m];
        double gn = Double.NaN;
        if (status != DescentNewtonResult.Status.DEAD_NEURON) {
            for (; newton < 50; newton++) {
                double[][] w = Linear.unflatten(x, k, d);
                if (hasDeadRow(x, k, d)) {
                    status = DescentNewtonResult.Status.DEAD_NEURON;
                    break;
                }
                loss.gradient(w, g);
                gn = Linear.norm(g);
                if (gn < tolerance) {
                    status = DescentNewtonResult.Status.CONVERGED;
                    break;
                }
                loss.hessian(w, h);
                double[] dx = newtonStep(h, g, m, basis);
                for (int i = 0; i < m; i++) {
                    x[i] -= dx[i];
                }
            }
        }
        double[][] w = Linear.unflatten(x, k, d);
        java.util.Optional<HessianSpectrum> spec = status == DescentNewtonResult.Status.DEAD_NEURON ? java.util.Optional.empty()
                : java.util.Optional.of(HessianSpectra.dense(loss, w));
        if (status != DescentNewtonResult.Status.DEAD_NEURON) {
            loss.gradient(w, g);
            gn = Linear.norm(g);
        }
        return new DescentNewtonResult(w, loss.loss(w), gn, spec, status, it, newton,
                new Evidence("gradient descent (" + it + " steps) then Newton with the model Hessian (" + newton
                        + " steps)" + (basis.length > 0 ? " in a subspace of dimension " + basis.length : ""), gn,
                        "accuracy = final gradient norm"), settings);
    }

    private static boolean hasDeadRow(double[] x, int k, int d) {
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int c = 0; c < d; c++) {
                s += x[i * d + c] * x[i * d + c];
            }
            if (s == 0) {
                return true;
            }
        }
        return false;
    }

    private static void project(double[] g, double[][] basis) {
        if (basis.length == 0) {
            return;
        }
        double[] p = new double[g.length];
        for (double[] b : basis) {
            double c = Linear.dot(b, g);
            for (int i = 0; i < g.length; i++) {
                p[i] += c * b[i];
            }
        }
        System.arraycopy(p, 0, g, 0, g.length);
    }

    private static double[] newtonStep(double[] h, double[] g, int m, double[][] basis) {
        if (basis.length == 0) {
            return Linear.solve(h, m, g);
        }
        int r = basis.length;
        double[] hb = new double[r * r];
        double[] gb = new double[r];
        double[] hv = new double[m];
        for (int b = 0; b < r; b++) {
            gb[b] = Linear.dot(basis[b], g);
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += h[i * m + j] * basis[b][j];
                }
                hv[i] = s;
            }
            for (int a = 0; a < r; a++) {
                hb[a * r + b] = Linear.dot(basis[a], hv);
            }
        }
        double[] y = Linear.solve(hb, r, gb);
        double[] dx = new double[m];
        for (int b = 0; b < r; b++) {
            for (int i = 0; i < m; i++) {
                dx[i] += y[b] * basis[b][i];
            }
        }
        return dx;
    }
}
