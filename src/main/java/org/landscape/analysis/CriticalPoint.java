package org.landscape.analysis;

import org.landscape.base.Evidence;
import org.landscape.model.Matrices;
import org.landscape.reduced.YoungStructure;
import org.landscape.solve.NewtonResult;

import java.util.Optional;

/**
 * The outcome of a Newton search for \( \nabla_W L = 0 \) ({@link CriticalPointSearch}). The point is held densely,
 * or, after an orbit-reduced search, as a {@link YoungStructure} with its pattern values, so that widths whose
 * k x d matrix would not fit in memory are represented exactly; {@link #w()} materialises the matrix on request.
 * Immutable.
 */
public final class CriticalPoint {
    private final double[][] w;
    private final YoungStructure structure;
    private final double[] pattern;
    private final double alpha;
    private final double loss;
    private final double gradientNorm;
    private final NewtonResult newton;
    private final String subspace;
    private final int subspaceDimension;
    private final Optional<IsotropySubgroup> isotropy;
    private final Optional<HessianSpectrum> spectrum;
    private final Evidence evidence;
    private final double lossError;
    private String route = "";

    /**
     * A dense point.
     *
     * @param w                 the last iterate (the critical point when converged), k x d (read, copied)
     * @param alpha             the leaky slope
     * @param loss              \( L(W) = \tfrac12 E[(f_W - f_V)^2] \) (Arjevani-Field normalisation)
     * @param gradientNorm      \( \|\nabla_W L\|_2 \) in the full space (not only its Fix(H) part)
     * @param newton            the Newton result (status, iterations, residual history, settings)
     * @param subspace          "M(k,d)" or "Fix(H)" with H's name
     * @param subspaceDimension the number of unknowns
     * @param isotropy          the isotropy of the final point (when converged)
     * @param spectrum          its Hessian spectrum (when converged and computable)
     * @param evidence          how the gradient norm was obtained
     */
    public CriticalPoint(double[][] w, double alpha, double loss, double gradientNorm, NewtonResult newton,
                         String subspace, int subspaceDimension, Optional<IsotropySubgroup> isotropy,
                         Optional<HessianSpectrum> spectrum, Evidence evidence) {
        this(Matrices.copy(w), null, null, alpha, loss, gradientNorm, newton, subspace, subspaceDimension, isotropy,
                spectrum, evidence, Double.NaN);
    }

    private CriticalPoint(double[][] w, YoungStructure structure, double[] pattern, double alpha, double loss,
                          double gradientNorm, NewtonResult newton, String subspace, int subspaceDimension,
                          Optional<IsotropySubgroup> isotropy, Optional<HessianSpectrum> spectrum, Evidence evidence,
                          double lossError) {
        this.w = w;
        this.lossError = lossError;
        this.structure = structure;
        this.pattern = pattern;
        this.alpha = alpha;
        this.loss = loss;
        this.gradientNorm = gradientNorm;
        this.newton = newton;
        this.subspace = subspace;
        this.subspaceDimension = subspaceDimension;
        this.isotropy = isotropy;
        this.spectrum = spectrum;
        this.evidence = evidence;
    }

    /**
     * A block-structured point of \( \mathrm{Fix}(H) \) given by its pattern (the other parameters as for the dense
     * constructor); {@code lossError} is the rounding estimate of the orbit-summed loss.
     */
    static CriticalPoint reduced(YoungStructure structure, double[] pattern, double alpha, double loss,
                                 double gradientNorm, NewtonResult newton, String subspace,
                                 Optional<IsotropySubgroup> isotropy, Optional<HessianSpectrum> spectrum,
                                 Evidence evidence, double lossError) {
        return new CriticalPoint(null, structure, pattern.clone(), alpha, loss, gradientNorm, newton, subspace,
                pattern.length, isotropy, spectrum, evidence, lossError);
    }

    /**
     * @return a rounding estimate of the error of {@link #loss()} (orbit sums: 1e-14 times the sum of the absolute
     *         values of the terms, which grows like k^2 while the loss shrinks like 1/k); NaN when not estimated
     */
    public double lossError() {
        return lossError;
    }

    /** @return the point W, k x d (a new matrix; O(kd) memory) */
    public double[][] w() {
        return w != null ? Matrices.copy(w) : structure.matrix(pattern);
    }

    /** @return the number of rows k */
    public int k() {
        return w != null ? w.length : structure.k();
    }

    /** @return the number of columns d */
    public int d() {
        return w != null ? w[0].length : structure.d();
    }

    /** @return the block structure and pattern values when the search was orbit-reduced */
    public Optional<YoungStructure> structure() {
        return Optional.ofNullable(structure);
    }

    /** @return the values of W on the orbits of {@link #structure()} (copy), when orbit-reduced */
    public Optional<double[]> pattern() {
        return Optional.ofNullable(pattern).map(double[]::clone);
    }

    /** @return the leaky slope */
    public double alpha() {
        return alpha;
    }

    /** @return \( L(W) = \tfrac12 E[(f_W - f_V)^2] \) (Arjevani-Field normalisation) */
    public double loss() {
        return loss;
    }

    /** @return \( \|\nabla_W L\|_2 \) over all kd coordinates */
    public double gradientNorm() {
        return gradientNorm;
    }

    /** @return the Newton result */
    public NewtonResult newton() {
        return newton;
    }

    /** @return "M(k,d)" or "Fix(H)" with H's name */
    public String subspace() {
        return subspace;
    }

    /** @return the number of unknowns */
    public int subspaceDimension() {
        return subspaceDimension;
    }

    /** @return the isotropy of the final point (when converged) */
    public Optional<IsotropySubgroup> isotropy() {
        return isotropy;
    }

    /** @return the Hessian spectrum (when converged and computable) */
    public Optional<HessianSpectrum> spectrum() {
        return spectrum;
    }

    /** @return how the gradient norm was obtained */
    public Evidence evidence() {
        return evidence;
    }

    /**
     * @return which route ran and why (orbit-reduced, dense in Fix(H), full space; a conjugated or projected start),
     *         for the user; empty when nothing beyond the subspace needs saying
     */
    public String route() {
        return route;
    }

    /** @return this point with the route description set (package use: the search sets it once) */
    CriticalPoint withRoute(String text) {
        route = text;
        return this;
    }

    /** @return true if Newton converged */
    public boolean converged() {
        return newton.status().converged();
    }
}
