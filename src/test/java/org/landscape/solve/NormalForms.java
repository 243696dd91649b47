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

    /**
     * The D4 system of {@link #d4} with \( \mu = p^2 - 2 \) in place of \( p \), rotated by the angle \( \theta \) and
     * shifted by \( c(p) = 0.3(\sin p, \cos p) \): \( L(x, p) = L_0(Q^T(x - c(p)), \mu(p)) \). No branch is a coordinate
     * subspace any more; the trivial branch is \( x = c(p) \), the double crossing is at \( p = \sqrt 2 \), and the
     * axial branch is \( x = c(p) + Q (r, 0) \) with \( r^2 = p^2 - 2 \).
     */
    static SmoothProblem d4Generic(double b, double theta) {
        return d4Generic(b, theta, p -> p * p - 2, p -> 2 * p);
    }

    /** As {@link #d4Generic(double, double)} with a general \( \mu(p) \) and its derivative. */
    static SmoothProblem d4Generic(double b, double theta, java.util.function.DoubleUnaryOperator muOf,
            java.util.function.DoubleUnaryOperator dmu) {
        double co = Math.cos(theta);
        double si = Math.sin(theta);
        return new SmoothProblem() {
            @Override
            public int dimension() {
                return 2;
            }

            private double[] z(double[] x, double p) {
                double d1 = x[0] - 0.3 * Math.sin(p);
                double d2 = x[1] - 0.3 * Math.cos(p);
                return new double[] {co * d1 + si * d2, -si * d1 + co * d2};
            }

            private double[] h0(double[] z, double p) {
                double mu = muOf.applyAsDouble(p);
                return new double[] {-mu + 3 * z[0] * z[0] + b * z[1] * z[1], 2 * b * z[0] * z[1],
                    2 * b * z[0] * z[1], -mu + 3 * z[1] * z[1] + b * z[0] * z[0]};
            }

            private void rotate(double g1, double g2, double[] out) {
                out[0] = co * g1 - si * g2;
                out[1] = si * g1 + co * g2;
            }

            @Override
            public void residual(double[] x, double p, double[] out) {
                double[] z = z(x, p);
                double mu = muOf.applyAsDouble(p);
                rotate(-mu * z[0] + z[0] * z[0] * z[0] + b * z[0] * z[1] * z[1],
                        -mu * z[1] + z[1] * z[1] * z[1] + b * z[0] * z[0] * z[1], out);
            }

            @Override
            public void jacobian(double[] x, double p, double[] j) {
                double[] h = h0(z(x, p), p);
                // Q H0 Q^T with Q = [[co, -si], [si, co]]
                double a00 = co * h[0] - si * h[2];
                double a01 = co * h[1] - si * h[3];
                double a10 = si * h[0] + co * h[2];
                double a11 = si * h[1] + co * h[3];
                j[0] = a00 * co - a01 * si;
                j[1] = a00 * si + a01 * co;
                j[2] = a10 * co - a11 * si;
                j[3] = a10 * si + a11 * co;
            }

            @Override
            public void parameterDerivative(double[] x, double p, double[] out) {
                double[] z = z(x, p);
                double[] h = h0(z, p);
                double c1 = 0.3 * Math.cos(p);
                double c2 = -0.3 * Math.sin(p);
                double dz1 = -(co * c1 + si * c2);
                double dz2 = -(-si * c1 + co * c2);
                double m1 = dmu.applyAsDouble(p);
                rotate(-m1 * z[0] + h[0] * dz1 + h[1] * dz2, -m1 * z[1] + h[2] * dz1 + h[3] * dz2, out);
            }

            @Override
            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }
        };
    }

    /**
     * Diagonal linear problem \( F_i = \lambda_i(p) x_i \): trivial branch \( x = 0 \), Jacobian
     * \( \mathrm{diag}(\lambda_i(p)) \), so eigenvalue \( i \) crosses zero exactly where \( \lambda_i \) does. Entry
     * \( i \) belongs to the block {@code labels[i]}; blocks whose label is {@code hidden} are left out of the callback.
     */
    static SmoothProblem diagonal(String[] labels, java.util.function.DoubleUnaryOperator[] lambdas, String hidden) {
        int n = labels.length;
        return new SmoothProblem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void residual(double[] x, double p, double[] out) {
                for (int i = 0; i < n; i++) {
                    out[i] = lambdas[i].applyAsDouble(p) * x[i];
                }
            }

            @Override
            public void jacobian(double[] x, double p, double[] j) {
                java.util.Arrays.fill(j, 0);
                for (int i = 0; i < n; i++) {
                    j[i * n + i] = lambdas[i].applyAsDouble(p);
                }
            }

            @Override
            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }

            @Override
            public SpectralBlocks spectralBlocks() {
                return (x, p, j) -> {
                    java.util.Map<String, java.util.List<Double>> byLabel = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        byLabel.computeIfAbsent(labels[i], k -> new java.util.ArrayList<>()).add(j[i * n + i]);
                    }
                    java.util.List<BlockSpectrum> out = new java.util.ArrayList<>();
                    byLabel.forEach((label, ev) -> {
                        if (!label.equals(hidden)) {
                            out.add(new BlockSpectrum(label, ev.stream().mapToDouble(Double::doubleValue).toArray()));
                        }
                    });
                    return out;
                };
            }
        };
    }

    /**
     * \( L = (x_0 - p)^2/2 + (2 - p^2)|u|^2/2 + |u|^4/4 \) with \( u \in \mathbb{R}^m \): block "A" = {1}, block "E" of
     * dimension m with the m-fold eigenvalue \( 2 - p^2 \) on the trivial branch, crossing at \( p = \sqrt 2 \).
     */
    static SmoothProblem sqrt2Multiple(int m) {
        int n = m + 1;
        return new SmoothProblem() {
            @Override
            public int dimension() {
                return n;
            }

            private double u2(double[] x) {
                double s = 0;
                for (int i = 1; i < n; i++) {
                    s += x[i] * x[i];
                }
                return s;
            }

            @Override
            public void residual(double[] x, double p, double[] out) {
                double u2 = u2(x);
                out[0] = x[0] - p;
                for (int i = 1; i < n; i++) {
                    out[i] = (2 - p * p + u2) * x[i];
                }
            }

            @Override
            public void jacobian(double[] x, double p, double[] j) {
                double u2 = u2(x);
                java.util.Arrays.fill(j, 0);
                j[0] = 1;
                for (int r = 1; r < n; r++) {
                    for (int c = 1; c < n; c++) {
                        j[r * n + c] = 2 * x[r] * x[c] + (r == c ? 2 - p * p + u2 : 0);
                    }
                }
            }

            @Override
            public void parameterDerivative(double[] x, double p, double[] out) {
                out[0] = -1;
                for (int i = 1; i < n; i++) {
                    out[i] = -2 * p * x[i];
                }
            }

            @Override
            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }

            @Override
            public SpectralBlocks spectralBlocks() {
                return (x, p, j) -> {
                    double[][] e = new double[m][m];
                    for (int r = 0; r < m; r++) {
                        for (int c = 0; c < m; c++) {
                            e[r][c] = j[(r + 1) * n + c + 1];
                        }
                    }
                    double[] ev = new org.hipparchus.linear.EigenDecompositionSymmetric(
                            new org.hipparchus.linear.Array2DRowRealMatrix(e)).getEigenvalues();
                    return List.of(new BlockSpectrum("A", new double[] {j[0]}), new BlockSpectrum("E", ev));
                };
            }
        };
    }

    /**
     * D3-symmetric gradient normal form \( L = -p|z|^2/2 + \mathrm{Re}(\bar z^3)/3 + |z|^4/4 \), \( z = x + iy \):
     * \( F = (-p x + x^2 - y^2 + |z|^2 x,\ -p y - 2xy + |z|^2 y) \). The kernel at \( p = 0 \) is 2-dimensional;
     * along each axis \( e^{2\pi i k/3} \) the branch \( z = r e^{2\pi i k/3} \), \( p = r + r^2 \) is transcritical,
     * with Hessian eigenvalues \( r + 2r^2 \) (radial) and \( -3r \) (angular): saddles on both sides near 0.
     */
    static SmoothProblem d3() {
        return new SmoothProblem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void residual(double[] z, double p, double[] out) {
                double x = z[0];
                double y = z[1];
                double r2 = x * x + y * y;
                out[0] = -p * x + x * x - y * y + r2 * x;
                out[1] = -p * y - 2 * x * y + r2 * y;
            }

            @Override
            public void jacobian(double[] z, double p, double[] j) {
                double x = z[0];
                double y = z[1];
                j[0] = -p + 2 * x + 3 * x * x + y * y;
                j[1] = -2 * y + 2 * x * y;
                j[2] = -2 * y + 2 * x * y;
                j[3] = -p - 2 * x + x * x + 3 * y * y;
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
}
