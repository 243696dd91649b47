package org.landscape.solve;

/**
 * A smooth one-parameter problem \( F(x, p) = 0 \), \( F : \mathbb{R}^n \times \mathbb{R} \to \mathbb{R}^n \),
 * with Jacobian \( J = \partial F / \partial x \) and parameter derivative \( F_p = \partial F / \partial p \)
 * (MATH.md section 6: for this project \( F = \nabla_W L \), \( J \) is the loss Hessian and \( p = \alpha \)).
 *
 * <p>Ownership (STYLE 11): {@code x} is read, output arrays are written; implementations must not keep
 * references to either. Matrices are flat, row-major: {@code jac[r * n + c]} \( = \partial F_r / \partial x_c \).
 *
 * <p>Stability convention: a solution is called <em>stable</em> when \( J \) has no eigenvalue with negative
 * real part, i.e. it is a local minimum of \( L \) when \( F = \nabla L \) (stable for the flow
 * \( \dot x = -F \)). The <em>index</em> is the number of eigenvalues with negative real part (the Morse index
 * when \( J \) is symmetric).
 */
public interface SmoothProblem {

    /** @return the dimension \( n \ge 1 \) of \( x \) */
    int dimension();

    /**
     * Writes \( F(x, p) \).
     *
     * @param x   read, length n
     * @param p   the parameter
     * @param out written, length n
     */
    void residual(double[] x, double p, double[] out);

    /**
     * Writes \( J(x, p) = \partial F / \partial x \), flat row-major.
     *
     * @param x   read, length n
     * @param p   the parameter
     * @param jac written, length n*n
     */
    void jacobian(double[] x, double p, double[] jac);

    /**
     * Writes \( \partial F / \partial p \). The default is the central difference
     * \( (F(x, p + h) - F(x, p - h)) / 2h \), \( h = \epsilon^{1/3} \max(1, |p|) \), error \( O(h^2) \approx 10^{-11} \)
     * relative; override it with the exact derivative when it is available (localisation accuracy of folds
     * and branch points depends on it only through the corrector's convergence, not through the located
     * parameter value).
     *
     * @param x   read, length n
     * @param p   the parameter
     * @param out written, length n
     */
    default void parameterDerivative(double[] x, double p, double[] out) {
        int n = dimension();
        double h = 6.0554544523933395e-6 * Math.max(1.0, Math.abs(p)); // cube root of the double epsilon
        double[] plus = new double[n];
        double[] minus = new double[n];
        residual(x, p + h, plus);
        residual(x, p - h, minus);
        double width = (p + h) - (p - h);
        for (int i = 0; i < n; i++) {
            out[i] = (plus[i] - minus[i]) / width;
        }
    }

    /**
     * @return {@link JacobianSymmetry#SYMMETRIC} when \( J = J^T \) everywhere (a Hessian); then spectra use the
     *         symmetric eigen-decomposition and the index is the Morse index
     */
    default JacobianSymmetry jacobianSymmetry() {
        return JacobianSymmetry.GENERAL;
    }

    /**
     * The test functions of the problem: named blocks of eigenvalues (for the loss Hessian, one block per
     * isotypic component). The default is one block {@code "all"} holding the whole spectrum of \( J \)
     * (real parts when \( J \) is not symmetric).
     *
     * @return the block spectra callback
     */
    default SpectralBlocks spectralBlocks() {
        return SpectralBlocks.wholeSpectrum(jacobianSymmetry());
    }
}
