package org.landscape.reduced;

/**
 * Loss, gradient and Hessian on \( \mathrm{Fix}(K) \) from {@link OrbitReducedLoss}, in the orbit-indicator
 * directions \( E_o \), with the sums of absolute values of the terms that made each number (for rounding-error
 * estimates: the computed value differs from the exact orbit sum by at most about
 * {@link #TERM_ACCURACY} times the absolute sum, the kernel's measured accuracy per term).
 *
 * @param loss         \( L \) (Arjevani-Field normalisation \( \tfrac12 E[(f_W - f_V)^2] \))
 * @param lossAbs      the sum of the absolute values of its terms
 * @param gradient     \( DL[E_o] \) per student orbit, or null when not asked for
 * @param gradientAbs  absolute sums of the gradient's terms, or null
 * @param hessian      \( D^2L[E_o, E_{o'}] \) (symmetrised), or null
 * @param hessianAbs   absolute sums of the Hessian's terms, or null
 */
public record OrbitSums(double loss, double lossAbs, double[] gradient, double[] gradientAbs, double[][] hessian,
                        double[][] hessianAbs) {
    /**
     * Relative accuracy of one term: the compiled kernel profiles are accurate to 2e-15 relative (verify, against
     * 45-digit quadrature), the assembly and embedding add a few roundings; 1e-14 covers both with a margin.
     */
    public static final double TERM_ACCURACY = 1e-14;

    /**
     * @param shape the shape the sums belong to
     * @return the gradient in the orthonormal orbit basis \( E_o / \sqrt{|o|} \): \( DL[E_o]/\sqrt{|o|} \)
     */
    public double[] orthonormalGradient(YoungShape shape) {
        double[] g = new double[gradient.length];
        for (int o = 0; o < g.length; o++) {
            g[o] = gradient[o] / Math.sqrt(shape.studentOrbitSize(o));
        }
        return g;
    }

    /** @return the Hessian in the orthonormal orbit basis: \( D^2L[E_o, E_{o'}] / \sqrt{|o||o'|} \) */
    public double[][] orthonormalHessian(YoungShape shape) {
        return scaled(hessian, shape);
    }

    /** @return the absolute sums of {@link #orthonormalHessian}'s entries */
    public double[][] orthonormalHessianAbs(YoungShape shape) {
        return scaled(hessianAbs, shape);
    }

    private static double[][] scaled(double[][] h, YoungShape shape) {
        int m = h.length;
        double[] s = new double[m];
        for (int o = 0; o < m; o++) {
            s[o] = 1 / Math.sqrt(shape.studentOrbitSize(o));
        }
        double[][] out = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                out[a][b] = h[a][b] * s[a] * s[b];
            }
        }
        return out;
    }

    /**
     * @return \( \|\nabla L\|_F \) over all kd coordinates: the gradient at a point of Fix(K) lies in Fix(K)
     *         (equivariance), so its Frobenius norm is the norm of the orthonormal coordinates
     */
    public double gradientNorm(YoungShape shape) {
        double s = 0;
        for (double x : orthonormalGradient(shape)) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
