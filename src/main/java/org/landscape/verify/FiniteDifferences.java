package org.landscape.verify;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;

import java.util.function.ToDoubleFunction;

/**
 * Central finite differences: the gradient of a scalar function and the Jacobian of a vector function (the
 * Hessian, when the vector function is a gradient).
 *
 * <p>Entry c uses the step \( h_c = \text{relativeStep}\cdot\max(|x_c|, \text{typicalScale}) \); the denominator is
 * the exactly representable \( (x_c + h_c) - (x_c - h_c) \). The central quotient
 * \( D(h) = (f(x + h e_c) - f(x - h e_c)) / (2h) \) has error \( O(h^2) \) where f is \( C^3 \) and \( O(h) \) across a
 * kink of the derivative (here: parallel or antiparallel pairs, where the loss is \( C^2 \) but not \( C^3 \)), plus a
 * rounding error about \( \epsilon |f| / h \). With Richardson extrapolation the result is
 * \( (4D(h/2) - D(h))/3 \) (error \( O(h^4) \) for smooth f) and the per-entry error estimate is
 * \( |D(h/2) - D(h)|/3 \); without it the result is \( D(h) \) and the estimate \( |D(h) - D(2h)| \).
 * Cost: 4 evaluations of f per coordinate (two step sizes, with or without extrapolation).
 */
public final class FiniteDifferences {

    /**
     * @param relativeStep step relative to \( \max(|x_c|, \text{typicalScale}) \), in (0, 0.1]
     * @param richardson   whether to extrapolate from steps h and h/2
     */
    public record Settings(double relativeStep, boolean richardson) {
        /** For gradients of values: h = 1e-4 relative, with Richardson (measured error about 1e-11). */
        public static final Settings GRADIENT = new Settings(1e-4, true);
        /** For Hessians from gradients: h = 1e-6 relative, with Richardson (about 1e-7 at kinks, 1e-9 elsewhere). */
        public static final Settings HESSIAN = new Settings(1e-6, true);

        public Settings {
            if (!(relativeStep > 0 && relativeStep <= 0.1)) {
                throw new InvalidInputException("finite-difference relative step must be in (0, 0.1], got "
                        + relativeStep);
            }
        }

        /** @return a copy with another relative step */
        public Settings withRelativeStep(double step) {
            return new Settings(step, richardson);
        }
    }

    /**
     * Derivative estimates with per-entry absolute error estimates. Arrays are copied in and out.
     *
     * @param derivative the estimates; a Jacobian is row-major {@code m x n}, entry {@code r*n + c} being
     *                   \( \partial g_r / \partial x_c \)
     * @param error      absolute error estimates, same layout
     * @param settings   the settings used
     */
    public record Result(double[] derivative, double[] error, Settings settings) {
        public Result {
            derivative = derivative.clone();
            error = error.clone();
        }

        @Override
        public double[] derivative() {
            return derivative.clone();
        }

        @Override
        public double[] error() {
            return error.clone();
        }

        /** @return the largest error estimate */
        public double maxError() {
            double m = 0;
            for (double e : error) {
                m = Math.max(m, e);
            }
            return m;
        }
    }

    /** A vector function \( g : R^n \to R^m \); {@code x} is read, {@code out} (length m) is written. */
    @FunctionalInterface
    public interface VectorFunction {
        void evaluate(double[] x, double[] out);
    }

    private FiniteDifferences() {
    }

    /**
     * @param f            the scalar function (called with a private copy of x)
     * @param x            the point, read
     * @param typicalScale a positive magnitude below which coordinates are not considered relative (e.g. |x|)
     * @param settings     step and extrapolation
     * @return \( \nabla f(x) \) with error estimates
     */
    public static Result gradient(ToDoubleFunction<double[]> f, double[] x, double typicalScale, Settings settings) {
        Require.finite(x, "finite-difference point");
        return jacobian((p, out) -> out[0] = f.applyAsDouble(p), 1, x, typicalScale, settings);
    }

    /**
     * @param g            the vector function (called with a private copy of x)
     * @param m            output length of g
     * @param x            the point, read
     * @param typicalScale a positive magnitude below which coordinates are not considered relative
     * @param settings     step and extrapolation
     * @return the Jacobian \( \partial g_r/\partial x_c \) at {@code r*n + c}, with error estimates
     */
    public static Result jacobian(VectorFunction g, int m, double[] x, double typicalScale, Settings settings) {
        Require.finite(x, "finite-difference point");
        Require.positive(m, "output length");
        if (!(typicalScale > 0) || !Double.isFinite(typicalScale)) {
            throw new InvalidInputException("finite-difference typical scale must be positive, got " + typicalScale);
        }
        int n = x.length;
        double[] jac = new double[m * n];
        double[] err = new double[m * n];
        double[] wide = new double[m];
        double[] narrow = new double[m];
        for (int c = 0; c < n; c++) {
            double h = settings.relativeStep() * Math.max(Math.abs(x[c]), typicalScale);
            if (settings.richardson()) {
                quotient(g, x, c, h, wide);
                quotient(g, x, c, h / 2, narrow);
                for (int r = 0; r < m; r++) {
                    jac[r * n + c] = (4 * narrow[r] - wide[r]) / 3;
                    err[r * n + c] = Math.abs(narrow[r] - wide[r]) / 3;
                }
            } else {
                quotient(g, x, c, h, narrow);
                quotient(g, x, c, 2 * h, wide);
                for (int r = 0; r < m; r++) {
                    jac[r * n + c] = narrow[r];
                    err[r * n + c] = Math.abs(narrow[r] - wide[r]);
                }
            }
        }
        return new Result(jac, err, settings);
    }

    /**
     * The Hessian from a gradient: {@link #jacobian} with m = n; entry {@code r*n + c} is
     * \( \partial g_r/\partial x_c \). Not symmetrised, so an asymmetric result exposes an inconsistent gradient.
     *
     * @param gradient     the gradient function (called with a private copy of x)
     * @param x            the point, read
     * @param typicalScale a positive magnitude below which coordinates are not considered relative
     * @param settings     step and extrapolation, e.g. {@link Settings#HESSIAN}
     * @return the n x n Hessian estimate with error estimates
     */
    public static Result hessian(VectorFunction gradient, double[] x, double typicalScale, Settings settings) {
        return jacobian(gradient, x.length, x, typicalScale, settings);
    }

    /** Writes the central quotient in coordinate c with step h into {@code out}. */
    private static void quotient(VectorFunction g, double[] x, int c, double h, double[] out) {
        int m = out.length;
        double[] p = x.clone();
        double xp = x[c] + h;
        double xm = x[c] - h;
        double[] fp = new double[m];
        double[] fm = new double[m];
        p[c] = xp;
        g.evaluate(p.clone(), fp);
        p[c] = xm;
        g.evaluate(p.clone(), fm);
        double denom = xp - xm;
        for (int r = 0; r < m; r++) {
            out[r] = (fp[r] - fm[r]) / denom;
        }
    }
}
