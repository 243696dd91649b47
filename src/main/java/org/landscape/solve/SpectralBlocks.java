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
     * Blocks from orthonormal bases: block \( b \) holds the eigenvalues of \( B_b^T J_s B_b \), where the columns of
     * \( B_b \) (n x d_b) span an invariant subspace of \( J \) (for the loss Hessian: an isotypic component, from a
     * symmetry-adapted basis) and \( J_s = (J + J^T)/2 \). Cost \( O(n^2 d_b + d_b^3) \) per block. When the bases
     * are not invariant the blocks are compressions of \( J \), not parts of its spectrum.
     *
     * @param labels block labels, in order
     * @param bases  one n x d_b basis per label, {@code bases.get(b)[i][k]} = component i of column k; copied
     * @return the callback
     */
    static SpectralBlocks fromBases(List<String> labels, List<double[][]> bases) {
        org.landscape.base.Require.sameLength(labels.size(), bases.size(), "number of block bases");
        List<String> names = List.copyOf(labels);
        List<double[][]> copies = new java.util.ArrayList<>();
        for (int b = 0; b < bases.size(); b++) {
            double[][] basis = bases.get(b);
            org.landscape.base.Require.positive(basis.length, "rows of basis " + names.get(b));
            double[][] c = new double[basis.length][];
            for (int i = 0; i < basis.length; i++) {
                c[i] = org.landscape.base.Require.finite(basis[i].clone(), "basis " + names.get(b));
            }
            copies.add(c);
        }
        return (x, p, jacobian) -> {
            int n = x.length;
            List<BlockSpectrum> out = new java.util.ArrayList<>();
            for (int b = 0; b < names.size(); b++) {
                double[][] basis = copies.get(b);
                org.landscape.base.Require.sameLength(n, basis.length, "rows of basis " + names.get(b));
                int d = basis[0].length;
                double[] jb = new double[n * d];
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < d; k++) {
                        double acc = 0;
                        for (int j = 0; j < n; j++) {
                            acc += 0.5 * (jacobian[i * n + j] + jacobian[j * n + i]) * basis[j][k];
                        }
                        jb[i * d + k] = acc;
                    }
                }
                double[] small = new double[d * d];
                for (int k = 0; k < d; k++) {
                    for (int l = 0; l < d; l++) {
                        double acc = 0;
                        for (int i = 0; i < n; i++) {
                            acc += basis[i][k] * jb[i * d + l];
                        }
                        small[k * d + l] = acc;
                    }
                }
                out.add(new BlockSpectrum(names.get(b), Dense.symmetricEigenvalues(small, d)));
            }
            return out;
        };
    }

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
