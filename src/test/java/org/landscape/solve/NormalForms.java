package org.landscape.solve;

import java.util.List;

/** Textbook normal forms with known answers, as {@link SmoothProblem}s (test fixtures). */
final class NormalForms {

    private NormalForms() {
    }

    /** A scalar problem \( F(x, p) \) with \( F_x \), \( F_p \) given as functions. */
    interface Scalar {
        double f(double x, double p);

        double fx(double x, double p);

        double fp(double x, double p);
    }

    static SmoothProblem scalar(Scalar s) {
        return new SmoothProblem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void residual(double[] x, double p, double[] out) {
                out[0] = s.f(x[0], p);
            }

            @Override
            public void jacobian(double[] x, double p, double[] jac) {
                jac[0] = s.fx(x[0], p);
            }

            @Override
            public void parameterDerivative(double[] x, double p, double[] out) {
                out[0] = s.fp(x[0], p);
            }

            @Override
            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }
        };
    }

    /** Fold: \( F = x^2 - p \), solutions \( p = x^2 \), fold at \( (0, 0) \). */
    static SmoothProblem fold() {
        return scalar(new Scalar() {
            public double f(double x, double p) {
                return x * x - p;
            }

            public double fx(double x, double p) {
                return 2 * x;
            }

            public double fp(double x, double p) {
                return -1;
            }
        });
    }

    /** Circle: \( F = x^2 + p^2 - 1 \), folds at \( p = \pm 1 \). */
    static SmoothProblem circle() {
        return scalar(new Scalar() {
            public double f(double x, double p) {
                return x * x + p * p - 1;
            }

            public double fx(double x, double p) {
                return 2 * x;
            }

            public double fp(double x, double p) {
                return 2 * p;
            }
        });
    }

    /**
     * Gradient pitchfork \( F = L'(x) \), \( L = \sigma x^4/4 - p x^2/2 \): \( F = \sigma x^3 - p x \). For
     * \( \sigma = 1 \) supercritical (new branch \( p = x^2 \), minima), for \( \sigma = -1 \) subcritical
     * (\( p = -x^2 \), maxima).
     */
    static SmoothProblem pitchfork(double sigma) {
        return scalar(new Scalar() {
            public double f(double x, double p) {
                return sigma * x * x * x - p * x;
            }

            public double fx(double x, double p) {
                return 3 * sigma * x * x - p;
            }

            public double fp(double x, double p) {
                return -x;
            }
        });
    }

    /** Gradient transcritical \( F = x^2 - p x \) (\( L = x^3/3 - p x^2/2 \)): branches \( x = 0 \) and \( x = p \). */
    static SmoothProblem transcritical() {
        return scalar(new Scalar() {
            public double f(double x, double p) {
                return x * x - p * x;
            }

            public double fx(double x, double p) {
                return 2 * x - p;
            }

            public double fp(double x, double p) {
                return -x;
            }
        });
    }

    /**
     * D4-symmetric gradient system \( L = -p|z|^2/2 + (x^4 + y^4)/4 + b x^2 y^2 / 2 \), \( z = (x, y) \). At
     * \( p = 0 \) the trivial branch has a 2-dimensional kernel. Axial branch \( (x, 0) \): \( p = x^2 \), Hessian
     * \( \mathrm{diag}(2p, (b-1)p) \). Diagonal branch \( (a, a) \): \( p = (1+b)a^2 \), Hessian eigenvalues
     * \( (2+2b)a^2 \) and \( (2-2b)a^2 \).
     */
    static SmoothProblem d4(double b) {
        return new SmoothProblem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void residual(double[] z, double p, double[] out) {
                double x = z[0];
                double y = z[1];
                out[0] = -p * x + x * x * x + b * x * y * y;
                out[1] = -p * y + y * y * y + b * x * x * y;
            }

            @Override
            public void jacobian(double[] z, double p, double[] j) {
                double x = z[0];
                double y = z[1];
                j[0] = -p + 3 * x * x + b * y * y;
                j[1] = 2 * b * x * y;
                j[2] = 2 * b * x * y;
                j[3] = -p + 3 * y * y + b * x * x;
            }

            @Override
            public void parameterDerivative(double[] z, double p, double[] out) {
                out[0] = -z[0];
                out[1] = -z[1];
            }

            @Override
            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }
        };
    }

    /**
     * Gradient system in \( \mathbb{R}^3 \) with an isotypic splitting: \( L = (x_1 - p)^2/2 + (2 - p^2)|u|^2/2 + |u|^4/4 \),
     * \( u = (x_2, x_3) \). Trivial branch \( x = (p, 0, 0) \) with Hessian \( \mathrm{diag}(1, 2 - p^2, 2 - p^2) \):
     * block "A" = {1}, block "E" = {2 - p^2, 2 - p^2}; a double crossing in "E" at \( p = \sqrt 2 \).
     * The block callback is computed from the Jacobian entries, as a caller with a symmetry-adapted basis would.
     */
    static SmoothProblem sqrt2() {
        return new SmoothProblem() {
            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public void residual(double[] x, double p, double[] out) {
                double u2 = x[1] * x[1] + x[2] * x[2];
                out[0] = x[0] - p;
                out[1] = (2 - p * p) * x[1] + u2 * x[1];
                out[2] = (2 - p * p) * x[2] + u2 * x[2];
            }

            @Override
            public void jacobian(double[] x, double p, double[] j) {
                double u2 = x[1] * x[1] + x[2] * x[2];
                java.util.Arrays.fill(j, 0);
                j[0] = 1;
                j[4] = 2 - p * p + u2 + 2 * x[1] * x[1];
                j[5] = 2 * x[1] * x[2];
                j[7] = 2 * x[1] * x[2];
                j[8] = 2 - p * p + u2 + 2 * x[2] * x[2];
            }

            @Override
            public void parameterDerivative(double[] x, double p, double[] out) {
                out[0] = -1;
                out[1] = -2 * p * x[1];
                out[2] = -2 * p * x[2];
            }

            @Override
            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }

            @Override
            public SpectralBlocks spectralBlocks() {
                return (x, p, j) -> {
                    double a = j[4];
                    double c = j[8];
                    double off = j[5];
                    double mean = 0.5 * (a + c);
                    double rad = Math.hypot(0.5 * (a - c), off);
                    return List.of(new BlockSpectrum("A", new double[] {j[0]}),
                            new BlockSpectrum("E", new double[] {mean - rad, mean + rad}));
                };
            }
        };
    }

    /**
     * Even-order touch in a linear block: \( F = ((p - 1)^2 x_1,\ x_2 - p) \), trivial branch \( (0, p) \),
     * Jacobian eigenvalues \( (p-1)^2 \ge 0 \) and 1: an eigenvalue touches zero at \( p = 1 \) without a sign change.
     */
    static SmoothProblem touch() {
        return new SmoothProblem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void residual(double[] x, double p, double[] out) {
                out[0] = (p - 1) * (p - 1) * x[0];
                out[1] = x[1] - p;
            }

            @Override
            public void jacobian(double[] x, double p, double[] j) {
                j[0] = (p - 1) * (p - 1);
                j[1] = 0;
                j[2] = 0;
                j[3] = 1;
            }

            @Override
            public void parameterDerivative(double[] x, double p, double[] out) {
                out[0] = 2 * (p - 1) * x[0];
                out[1] = -1;
            }

            @Override
            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }
        };
    }
}
