package org.landscape.analysis;

import org.landscape.model.Matrices;

/**
 * One distinct critical point of a {@link Census} (up to the symmetry \( S_k \times \mathrm{Stab}(V) \)).
 *
 * @param w                  a representative, rows and column blocks sorted (k x d)
 * @param loss               \( L = \tfrac12 E[(f_W - f_V)^2] \)
 * @param gradientNorm       \( \|\nabla L\|_2 \) at the representative
 * @param index              Morse index (eigenvalues below minus the error bound)
 * @param nullity            numerically zero eigenvalues
 * @param smallestEigenvalue the smallest Hessian eigenvalue
 * @param errorBound         its error bound (Weyl)
 * @param isotropy           isotropy structure name
 * @param isotropyOrder      isotropy order
 * @param count              how many starts reached it
 */
public record CensusPoint(double[][] w, double loss, double gradientNorm, int index, int nullity,
                          double smallestEigenvalue, double errorBound, String isotropy, String isotropyOrder,
                          long count) {
    public CensusPoint {
        w = Matrices.copy(w);
    }

    @Override
    public double[][] w() {
        return Matrices.copy(w);
    }

    /** @return a local minimum: index 0, no zero eigenvalue */
    public boolean isMinimum() {
        return index == 0 && nullity == 0;
    }

    /** @return the same point with another count */
    public CensusPoint withCount(long c) {
        return new CensusPoint(w, loss, gradientNorm, index, nullity, smallestEigenvalue, errorBound, isotropy,
                isotropyOrder, c);
    }
}
