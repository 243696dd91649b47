package org.landscape.continuation;

import org.landscape.analysis.FamilyInWidth;
import org.landscape.analysis.YoungFamily;
import org.landscape.base.Evidence;
import org.landscape.base.NotConvergedException;
import org.landscape.model.Models;
import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.IsotypicHessian;
import org.landscape.solve.Branch;
import org.landscape.solve.BranchPoint;
import org.landscape.solve.BranchStatus;
import org.landscape.solve.ContinuationRun;
import org.landscape.solve.ContinuationSettings;
import org.landscape.solve.Direction;
import org.landscape.solve.EventDetector;
import org.landscape.solve.JacobianSymmetry;
import org.landscape.solve.Newton;
import org.landscape.solve.NewtonResult;
import org.landscape.solve.NewtonSettings;
import org.landscape.solve.NewtonStatus;
import org.landscape.solve.PalcContinuation;
import org.landscape.solve.SmoothProblem;
import org.landscape.solve.SpecialPoint;
import org.landscape.solve.SpectralBlocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The curve of a stability change of a symmetric family in the (alpha, k) plane (issue 19, two-parameter picture):
 * continuation in alpha of the extended system
 * \[ F(x, k, \alpha) = 0, \qquad B_\rho(x, k, \alpha)\, \varphi = 0, \qquad \varphi_0 \cdot \varphi = 1 \]
 * in the unknowns (x, phi, k), where F are the family's orbit-reduced equations ({@link FamilyInWidth}) and
 * \( B_\rho \) the block of the Hessian on the multiplicity space of the component \( \rho \) in which an eigenvalue
 * vanishes ({@link IsotypicHessian#matrix}). A regular solution curve is a curve of simple zero eigenvalues of the
 * block: on one side of it the family is a minimum in that block, on the other a saddle. Newton and pseudo-arclength
 * continuation of the solve package; the Jacobian by central differences (the system has a dozen unknowns). Folds of
 * the curve in alpha are located.
 */
public final class EventCurve {
    private EventCurve() {
    }

    /**
     * A curve of events.
     *
     * @param component the block whose eigenvalue vanishes along it
     * @param alpha     the slopes of its points, in order of travel
     * @param width     the real widths of its points
     * @param folds     the alphas where the curve turns back in alpha
     * @param status    why the continuation ended
     * @param evidence  how it was computed
     */
    public record Curve(String component, double[] alpha, double[] width, List<Double> folds, String status,
                        Evidence evidence) {
    }

    /**
     * @param family   the family
     * @param x        the family's pattern values at the event (read)
     * @param k        the event's width
     * @param alpha    the event's slope
     * @param block    the label of the block whose eigenvalue vanishes, sizes in k
     * @param alphaEnd the slope to continue the curve to
     * @param progress progress and cancellation
     * @return the curve
     */
    public static Curve follow(YoungFamily family, double[] x, double k, double alpha, String block, double alphaEnd,
                               LossContinuation.Progress progress) {
        Extended ext = new Extended(family, block, x, k, alpha);
        double[] z0 = ext.start(x, k, alpha);
        NewtonResult nr = new Newton().solve(ext, z0, alpha, NewtonSettings.DEFAULT);
        if (nr.status() != NewtonStatus.CONVERGED) {
            throw new NotConvergedException("the extended system of the event in " + block + " at k = " + k
                    + ", alpha = " + alpha + " did not converge (" + nr.status() + ")");
        }
        ContinuationSettings cs = ContinuationSettings.of(Math.min(alpha, alphaEnd), Math.max(alpha, alphaEnd))
                .withDirection(alphaEnd > alpha ? Direction.INCREASING_P : Direction.DECREASING_P)
                .withSteps(0.01, ContinuationThresholds.MIN_STEP, 0.05).withMaxSteps(2000);
        ContinuationRun run = new PalcContinuation().start(ext, nr.x(), alpha, Optional.empty(), cs,
                List.of(EventDetector.FOLDS));
        String ended = null;
        while (true) {
            if (progress.stopRequested()) {
                run.stop(BranchStatus.INTERRUPTED);
                break;
            }
            BranchPoint pt;
            try {
                if (!run.hasNext()) {
                    break;
                }
                pt = run.next();
            } catch (OutsideDomain e) {
                ended = "LEFT_DOMAIN: " + e.getMessage();
                progress.message("continue: " + e.getMessage());
                break;
            }
            double[] z = pt.x();
            progress.message(String.format("continue: curve of %s at alpha = %.6f: k = %.10f", block, pt.p(),
                    z[z.length - 1]));
        }
        Branch b = run.branch();
        double[] as = new double[b.points().size()];
        double[] ks = new double[as.length];
        for (int i = 0; i < as.length; i++) {
            double[] z = b.points().get(i).x();
            as[i] = b.points().get(i).p();
            ks[i] = z[z.length - 1];
        }
        List<Double> folds = new ArrayList<>();
        for (SpecialPoint e : b.events()) {
            folds.add(e.p());
        }
        return new Curve(block, as, ks, folds, ended != null ? ended : b.status().name(), new Evidence("pseudo-arclength continuation in alpha "
                + "of grad L = 0, B phi = 0, phi0 . phi = 1 in (x, phi, k); central-difference Jacobian", Double.NaN,
                as.length + " points; " + b.evidence().detail()));
    }

    /** The curve reached widths where its block is not defined. */
    private static final class OutsideDomain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutsideDomain(String message) {
            super(message, null, false, false);
        }
    }

    /** The extended system; unknowns z = (x, phi, k), parameter alpha. */
    private static final class Extended implements SmoothProblem {
        private final YoungFamily family;
        private final String block;
        private final int m;
        private final int r;
        private double[] phi0;

        Extended(YoungFamily family, String block, double[] x, double k, double alpha) {
            this.family = family;
            this.block = block;
            this.m = x.length;
            this.r = component(k).copies();
        }

        private IsotypicComponents.Component component(double k) {
            FamilyInWidth f = new FamilyInWidth(family, FamilyInWidth.Parameter.WIDTH, 0);
            for (IsotypicComponents.Component c : f.components(k)) {
                if (f.label(c).equals(block)) {
                    return c;
                }
            }
            throw new OutsideDomain("the block " + block + " is not defined below k = " + k
                    + " (its orbit sums need a larger growing block): the curve ends there");
        }

        /** @return the start (x, phi, k) with phi the block's eigenvector of the eigenvalue nearest zero */
        double[] start(double[] x, double k, double alpha) {
            double[][] b = IsotypicHessian.matrix(component(k), x, teacher(k), Models.kernel(alpha));
            org.landscape.solve.SymmetricSpectrum spectrum = org.landscape.solve.SymmetricEigenvalues.jacobi(b);
            double[] values = spectrum.values();
            double[][] vectors = spectrum.vectors();
            int best = 0;
            for (int j = 1; j < r; j++) {
                best = Math.abs(values[j]) < Math.abs(values[best]) ? j : best;
            }
            phi0 = vectors[best].clone();
            double[] z = new double[m + r + 1];
            System.arraycopy(x, 0, z, 0, m);
            System.arraycopy(phi0, 0, z, m, r);
            z[m + r] = k;
            return z;
        }

        private double[] teacher(double k) {
            org.landscape.reduced.YoungShape s = family.shape(k);
            double[] v = new double[s.teacherOrbits()];
            for (int o = 0; o < v.length; o++) {
                v[o] = s.teacherOrbit(o)[2];
            }
            return v;
        }

        @Override
        public int dimension() {
            return m + r + 1;
        }

        @Override
        public void residual(double[] z, double alpha, double[] out) {
            double k = z[m + r];
            double[] x = java.util.Arrays.copyOf(z, m);
            double[] f = new double[m];
            new FamilyInWidth(family, FamilyInWidth.Parameter.WIDTH, alpha).residual(x, k, f);
            System.arraycopy(f, 0, out, 0, m);
            double[][] b = IsotypicHessian.matrix(component(k), x, teacher(k), Models.kernel(alpha));
            double dot = 0;
            for (int i = 0; i < r; i++) {
                double s = 0;
                for (int j = 0; j < r; j++) {
                    s += b[i][j] * z[m + j];
                }
                out[m + i] = s;
                dot += phi0[i] * z[m + i];
            }
            out[m + r] = dot - 1;
        }

        @Override
        public void jacobian(double[] z, double alpha, double[] jac) {
            int n = dimension();
            double[] plus = new double[n];
            double[] minus = new double[n];
            for (int c = 0; c < n; c++) {
                double h = 1e-6 * Math.max(1, Math.abs(z[c]));
                double[] zp = z.clone();
                double[] zm = z.clone();
                zp[c] += h;
                zm[c] -= h;
                residual(zp, alpha, plus);
                residual(zm, alpha, minus);
                double width = zp[c] - zm[c];
                for (int i = 0; i < n; i++) {
                    jac[i * n + c] = (plus[i] - minus[i]) / width;
                }
            }
        }

        @Override
        public JacobianSymmetry jacobianSymmetry() {
            return JacobianSymmetry.GENERAL;
        }

        @Override
        public SpectralBlocks spectralBlocks() {
            return (x, p, jacobian) -> List.of();
        }
    }
}
