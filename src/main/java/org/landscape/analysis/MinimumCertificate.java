package org.landscape.analysis;

import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.base.Evidence;
import org.landscape.model.Matrices;
import org.landscape.verify.LossReference;
import org.landscape.verify.QuadratureReference;

/**
 * High-precision re-verification of a (numerically found) local minimum W: the gradient and the Hessian are
 * recomputed by 45-digit quadrature of the Gaussian expectation ({@link QuadratureReference}, independent of the
 * compiled profiles), with per-entry error estimates \( \epsilon_g, \epsilon_H \).
 *
 * <ul>
 *   <li>\( \|\nabla L(W)\|_2 \le \|g_{ref}\|_2 + \sqrt{kd}\,\epsilon_g \).</li>
 *   <li>\( \lambda_{\min}(\nabla^2 L(W)) \ge \lambda_{\min}(H_{ref}) - \|E\|_2 - \delta \) (Weyl), with
 *       \( \|E\|_2 \le \|E\|_F \le kd\,(\epsilon_H + \mathrm{ulp}(\max|H_{ref}|)) \) for the rounding and
 *       quadrature error of the entries and \( \delta = 10\, kd\, \epsilon_{mach} \|H_{ref}\|_F \) for the
 *       backward error of the double-precision symmetric eigensolver.</li>
 * </ul>
 * The margin \( \lambda_{\min}(H_{ref}) - \|E\|_2 - \delta \) is the evidence: positive means the Hessian at the
 * (exactly representable) point W is positive definite. Since L is only \( C^2 \) at points with parallel pairs,
 * no Kantorovich ball is claimed; the gradient bound states how far from critical W is. Cost: \( k^2 + kn +
 * n(n+1)/2 \) pair quadratures (about 4 ms each) plus one \( kd \) dense eigenproblem.
 */
public final class MinimumCertificate {
    /** Verdict of a certification. */
    public enum Verdict {
        /** Hessian positive definite with margin > 0 and gradient bound below the tolerance. */
        CERTIFIED_MINIMUM,
        /** \( \lambda_{\min} \) plus its error bound is negative: not a minimum. */
        NOT_A_MINIMUM,
        /** Neither could be shown (margin or gradient bound too large). */
        UNDECIDED
    }

    /**
     * @param gradientNormBound  upper bound on \( \|\nabla L(W)\|_2 \)
     * @param smallestEigenvalue \( \lambda_{\min}(H_{ref}) \)
     * @param eigenvalueError    \( \|E\|_2 + \delta \)
     * @param margin             \( \lambda_{\min} - \) eigenvalueError (positive: positive definite)
     * @param verdict            the verdict at the given gradient tolerance
     * @param evidence           method and accuracy
     */
    public record Certificate(double gradientNormBound, double smallestEigenvalue, double eigenvalueError,
                              double margin, Verdict verdict, Evidence evidence) {
    }

    /** Gradient tolerance used by the command line: \( 10^{-10} \). */
    public static final double DEFAULT_GRADIENT_TOLERANCE = 1e-10;

    private MinimumCertificate() {
    }

    /**
     * @param w                 the point (read)
     * @param teacher           the teacher (read)
     * @param alpha             leaky slope
     * @param gradientTolerance a critical point needs the gradient bound below this (e.g. 1e-10)
     * @return the certificate
     */
    public static Certificate certify(double[][] w, double[][] teacher, double alpha, double gradientTolerance) {
        Matrices.checkRectangular(w, "student W");
        QuadratureReference ref = new QuadratureReference(alpha);
        LossReference r = ref.loss(w, teacher);
        int kd = r.k() * r.d();
        double[] g = r.gradient();
        double gn = 0;
        for (double x : g) {
            gn += x * x;
        }
        double gBound = Math.sqrt(gn) + Math.sqrt(kd) * r.gradientError();
        double[] h = r.hessian();
        double max = 0;
        double fro = 0;
        double[][] m = new double[kd][kd];
        for (int a = 0; a < kd; a++) {
            for (int b = 0; b < kd; b++) {
                double x = h[a * kd + b];
                m[a][b] = x;
                max = Math.max(max, Math.abs(x));
                fro += x * x;
            }
        }
        double lambda = SymmetricEigenvalues.of(m)[0];
        double err = kd * (r.hessianError() + Math.ulp(max)) + 10.0 * kd * Math.ulp(1.0) * Math.sqrt(fro);
        double margin = lambda - err;
        Verdict v;
        if (lambda + err < 0) {
            v = Verdict.NOT_A_MINIMUM;
        } else if (margin > 0 && gBound <= gradientTolerance) {
            v = Verdict.CERTIFIED_MINIMUM;
        } else {
            v = Verdict.UNDECIDED;
        }
        Evidence ev = new Evidence("45-digit Gauss-Legendre quadrature of gradient and Hessian (verify."
                + "QuadratureReference), Weyl bound for the smallest eigenvalue", err,
                "entry errors: gradient " + r.gradientError() + ", Hessian " + r.hessianError()
                        + "; eigensolver backward error 10 kd eps |H|_F");
        return new Certificate(gBound, lambda, err, margin, v, ev);
    }
}
