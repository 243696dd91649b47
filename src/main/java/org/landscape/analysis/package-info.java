/**
 * Critical points of the population loss \( L(W; V, \alpha) = \tfrac12 E[(f_W - f_V)^2] \) (MATH.md sections 3, 4
 * and 6): the closed-form Hessian at the global minimum ({@link org.landscape.analysis.GlobalMinimumStructure},
 * {@link org.landscape.analysis.GlobalMinimumSpectrum}); Newton for \( \nabla L = 0 \) in \( M(k,d) \) and in
 * fixed-point subspaces \( \mathrm{Fix}(H) \) ({@link org.landscape.analysis.CriticalPointSearch} over
 * {@link org.landscape.analysis.LossProblem}; with a gradient-descent warm start,
 * {@link org.landscape.analysis.DescentWarmStart}); isotropy subgroups of numeric points
 * ({@link org.landscape.analysis.Isotropies}); symmetry-adapted Hessian spectra per isotypic block
 * ({@link org.landscape.analysis.SymmetryAdaptedSpectra}) and, without forming the Hessian, at block-structured
 * points of any width ({@link org.landscape.analysis.ReducedSpectra} over the orbit-reduced model of
 * {@code org.landscape.reduced}; the factory {@link org.landscape.analysis.HessianSpectra} chooses).
 */
package org.landscape.analysis;
