package org.landscape.solve;

import java.util.List;

/**
 * Test-function groups of a {@link SmoothProblem}: for a point \( (x, p) \) and its Jacobian, the eigenvalues
 * of \( J \) split into named blocks (for the loss Hessian: one block per isotypic component, computed in a
 * symmetry-adapted basis by the caller). A sign change of an eigenvalue in a block is an event labelled with
 * the block (STYLE 10). Labels must be the same at every point of a branch; a block missing at one end of a
 * step is not tested on that step.
 *
 * <p>The index of a point is the sum of the blocks' negative counts, so blocks should partition the spectrum.
 */
@FunctionalInterface
public interface SpectralBlocks {

    /**
     * @param x        read, length n
     * @param p        the parameter
     * @param jacobian read, flat row-major n*n, \( J(x, p) \)
     * @return the block spectra at this point
     */
    List<BlockSpectrum> at(double[] x, double p, double[] jacobian);

    /**
     * One block {@code "all"}: the eigenvalues of \( J \) by Hipparchus' symmetric (Householder tridiagonal + QL)
     * or non-symmetric (Hessenberg + Schur, real parts) eigen-decomposition, \( O(n^3) \).
     *
     * @param symmetry how to decompose
     * @return the callback
     */
    static SpectralBlocks wholeSpectrum(JacobianSymmetry symmetry) {
        return (x, p, jacobian) -> List.of(new BlockSpectrum("all", symmetry == JacobianSymmetry.SYMMETRIC
                ? Dense.symmetricEigenvalues(jacobian, x.length)
                : Dense.eigenvalueRealParts(jacobian, x.length)));
    }
}
