package org.landscape.analysis;

import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.WeightMatrixAction;
import org.landscape.solve.Newton;
import org.landscape.solve.NewtonResult;
import org.landscape.solve.NewtonSettings;

import java.util.Optional;

/**
 * Newton's method for \( \nabla_W L(W; V, \alpha) = 0 \) with the exact Hessian and backtracking on
 * \( \|\nabla L\| \) ({@link Newton} on a {@link LossProblem}), in \( M(k,d) \) or in \( \mathrm{Fix}(H) \):
 * \( W = B y \), \( F_H(y) = B^T \nabla L(By) \), \( J_H = B^T \nabla^2 L\, B \), B an orthonormal basis of
 * \( \mathrm{Fix}(H) \) ({@link FixedPointSubspace}); the start is projected orthogonally onto \( \mathrm{Fix}(H) \).
 * H must be a symmetry of the loss (checked, {@link Isotropies#requireSymmetry}), so critical points in
 * \( \mathrm{Fix}(H) \) are critical points of L (MATH.md section 4). Newton converges to any critical point
 * (minimum or saddle) near the start; quadratically where the Hessian is non-singular and L is \( C^3 \).
 */
public final class CriticalPointSearch {
    /** Newton settings used by default: residual 1e-11, step 1e-10, 60 iterations, backtracking. */
    public static final NewtonSettings DEFAULT_SETTINGS = NewtonSettings.DEFAULT.withResidualTolerance(1e-11)
            .withMaxIterations(60);

    private CriticalPointSearch() {
    }

    /**
     * @param start    the start \( W_0 \), k x d (read)
     * @param teacher  V, n x d (read)
     * @param alpha    leaky slope (finite)
     * @param fix      the subgroup H to restrict to, acting on \( M(k,d) \); empty for the full space
     * @param settings Newton settings
     * @return the result whatever Newton's status; isotropy and spectrum only when converged
     */
    public static CriticalPoint newton(double[][] start, double[][] teacher, double alpha,
                                       Optional<WeightMatrixAction> fix, NewtonSettings settings) {
        return newton(start, teacher, alpha, fix, settings, true);
    }

    /** As {@link #newton(double[][], double[][], double, Optional, NewtonSettings)}; {@code describe = false} skips
     *  isotropy and spectrum (the census describes each distinct point once). */
    static CriticalPoint newton(double[][] start, double[][] teacher, double alpha, Optional<WeightMatrixAction> fix,
                                NewtonSettings settings, boolean describe) {
        Require.finite(alpha, "alpha");
        Matrices.checkRectangular(start, "start W");
        Matrices.checkRectangular(teacher, "teacher V");
        int k = start.length;
        int d = start[0].length;
        if (teacher[0].length != d) {
            throw new InvalidInputException("start has d = " + d + " columns but the teacher has " + teacher[0].length
                    + ": rows of --student and --teacher must have the same length");
        }
        double[] flat = new double[k * d];
        for (int i = 0; i < k; i++) {
            Require.finite(start[i], "start W");
            System.arraycopy(start[i], 0, flat, i * d, d);
        }
        LossProblem problem;
        String subspace;
        if (fix.isPresent()) {
            WeightMatrixAction action = fix.get();
            if (action.rows() != k || action.columns() != d) {
                throw new InvalidInputException("subgroup " + action.group().name() + " acts on M(" + action.rows() + ","
                        + action.columns() + ") but the start is " + k + " x " + d
                        + ": choose a subgroup of degree k + d (or k = d for a diagonal action)");
            }
            Isotropies.requireSymmetry(action, teacher, alpha);
            problem = LossProblem.restricted(teacher, k, FixedPointSubspace.of(action).basis());
            subspace = "Fix(" + action.group().name() + ")";
        } else {
            problem = LossProblem.full(teacher, k);
            subspace = "M(" + k + "," + d + ")";
        }
        double[] y0 = problem.project(flat);
        NewtonResult r = new Newton().solve(problem, y0, alpha, settings);
        double[][] w = problem.toMatrix(r.x());
        NetworkLoss loss = Models.loss(alpha, teacher);
        double value = loss.loss(w);
        double[] g = new double[k * d];
        loss.gradient(w, g);
        double gn = 0;
        for (double x : g) {
            gn += x * x;
        }
        gn = Math.sqrt(gn);
        Optional<IsotropySubgroup> iso = Optional.empty();
        Optional<HessianSpectrum> spec = Optional.empty();
        if (describe && r.status().converged()) {
            if (k >= HessianSpectra.DELTA_FROM && HessianSpectra.isDeltaSymmetric(w, teacher)) {
                HessianSpectrum s = DeltaSymmetricSpectra.of(w, teacher, alpha);
                spec = Optional.of(s);
                iso = Optional.of(s.isotropy());
            } else {
                IsotropySubgroup is = Isotropies.of(w, teacher, Isotropies.DEFAULT_RELATIVE_TOLERANCE);
                iso = Optional.of(is);
                if (k * d <= SymmetryAdaptedSpectra.MAX_DENSE) {
                    spec = Optional.of(SymmetryAdaptedSpectra.of(w, teacher, alpha, is));
                }
            }
        }
        Evidence ev = new Evidence("compiled gradient (model.NetworkLoss) at the final iterate", 1e-14 * Math.max(1, gn),
                "2-norm over all kd coordinates; Newton: " + r.evidence().method());
        return new CriticalPoint(w, alpha, value, gn, r, subspace, problem.dimension(), iso, spec, ev);
    }
}
