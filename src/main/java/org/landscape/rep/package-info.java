/**
 * Numeric representation theory on weight matrices M(k,d) (MATH.md §4): the action of a permutation group
 * (rows, columns, optional row sign flips) as signed coordinate permutations
 * ({@link org.landscape.rep.WeightMatrixAction}), the isotypic decomposition with exact multiplicities,
 * orthogonal projectors and a symmetry-adapted orthonormal basis ({@link org.landscape.rep.IsotypicDecomposition};
 * for any group {@link org.landscape.rep.SymmetryAdaptedBases#of}, with {@link org.landscape.rep.RealIrreducibles}
 * for groups without a closed-form character table), the isotropy of a weight matrix
 * ({@link org.landscape.rep.Isotropy}),
 * and fixed-point subspaces Fix(H) with orthonormal bases ({@link org.landscape.rep.FixedPointSubspace}), all as
 * {@code double[][]} with vectors flattened {@code i*d + c}. Used by the critical-point and continuation layers for
 * Newton in Fix(H) and blockwise Hessian spectra. Imports {@code group} and {@code base} only.
 */
package org.landscape.rep;
