package org.landscape.dynamics;

import org.landscape.analysis.HessianSpectrum;
import org.landscape.analysis.HessianSpectra;
import org.landscape.base.Evidence;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;

/**
 * A small search for critical points of \( L \): gradient descent with an adaptive step, then Newton with the exact
 * model Hessian, optionally restricted to a linear subspace with orthonormal basis B (for instance a fixed-point
 * subspace Fix(H), which the gradient preserves: MATH.md section 4) by using \( B^T \nabla L \) and
 * \( B^T \nabla^2 L\, B \).
 *
 * <p>Seam: this is the dynamics package's own minimal search, used for the embedding example; the project's census
 * and continuation code (packages {@code analysis} and {@code solve}) is the place for systematic searches. Named
 * apart from {@code analysis.CriticalPointSearch} (Newton in Fix(H)); folding the two into one search with the
 * gradient-descent warm start as a setting is issue 18's remaining step. The spectrum of the result is
 * {@code analysis.HessianSpectra.dense}.
 * Cost per Newton step O((kd)^3).
 */
public final class DescentNewtonSearch {
    private DescentNewtonSearch() {
    }

    /** How the search ended. */
    public enum Status {
        /** The gradient norm fell below the tolerance. */
        CONVERGED,
        /** Steps exhausted first. */
        NOT_CONVERGED,
        /** A neuron reached zero (the gradient does not exist there). */
        DEAD_NEURON
    }

    /**
     * @param W             the point reached (copy)
     * @param loss          \( L(W) \), normalisation \( \tfrac12 E[(f_W - f_V)^2] \)
     * @param gradientNorm  \( |\nabla L(W)| \) in the full space
     * @param spectrum      Hessian spectrum in the full space (absent at a dead neuron)
     * @param status        how the search ended
     * @param descentSteps  gradient-descent steps taken
     * @param newtonSteps   Newton steps taken
     * @param evidence      method and accuracy (the gradient norm)
     */
    public record Result(double[][] W, double loss, double gradientNorm, java.util.Optional<HessianSpectrum> spectrum, Status status,
                         int descentSteps, int newtonSteps, Evidence evidence) {
    }

    /**
     * @param alpha     leaky slope
     * @param V         teacher (read)
     * @param start     starting student (read)
     * @param basis     orthonormal basis vectors of the subspace (flattened i*d+c), or an empty array for the full space
     * @param maxDescent gradient-descent steps before Newton
     * @param tolerance gradient-norm tolerance
     * @return the point reached with its classification
     */
    public static Result search(double alpha, double[][] V, double[][] start, double[][] basis, int maxDescent,
                                double tolerance) {
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
        Status status = Status.NOT_CONVERGED;
        for (; it < maxDescent; it++) {
            if (hasDeadRow(x, k, d)) {
                status = Status.DEAD_NEURON;
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
        if (status != Status.DEAD_NEURON) {
            for (; newton < 50; newton++) {
                double[][] w = Linear.unflatten(x, k, d);
                if (hasDeadRow(x, k, d)) {
                    status = Status.DEAD_NEURON;
                    break;
                }
                loss.gradient(w, g);
                gn = Linear.norm(g);
                if (gn < tolerance) {
                    status = Status.CONVERGED;
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
        java.util.Optional<HessianSpectrum> spec = status == Status.DEAD_NEURON ? java.util.Optional.empty()
                : java.util.Optional.of(HessianSpectra.dense(loss, w));
        if (status != Status.DEAD_NEURON) {
            loss.gradient(w, g);
            gn = Linear.norm(g);
        }
        return new Result(w, loss.loss(w), gn, spec, status, it, newton,
                new Evidence("gradient descent (" + it + " steps) then Newton with the model Hessian (" + newton
                        + " steps)" + (basis.length > 0 ? " in a subspace of dimension " + basis.length : ""), gn,
                        "accuracy = final gradient norm"));
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
