package org.landscape.analysis;

import org.landscape.base.Evidence;
import org.landscape.model.Matrices;
import org.landscape.solve.NewtonResult;

import java.util.Optional;

/**
 * The outcome of a Newton search for \( \nabla_W L = 0 \) ({@link CriticalPointSearch}).
 *
 * @param w                 the last iterate (the critical point when converged), k x d
 * @param alpha             the leaky slope
 * @param loss              \( L(W) = \tfrac12 E[(f_W - f_V)^2] \) (Arjevani-Field normalisation)
 * @param gradientNorm      \( \|\nabla_W L\|_2 \) in the full space (not only its Fix(H) part)
 * @param newton            the Newton result (status, iterations, residual history, settings)
 * @param subspace          "M(k,d)" or "Fix(H)" with H's name
 * @param subspaceDimension the number of unknowns
 * @param isotropy          the isotropy of the final point (when converged)
 * @param spectrum          its symmetry-adapted Hessian spectrum (when converged and kd is small enough)
 * @param evidence          how the gradient norm was obtained
 */
public record CriticalPoint(double[][] w, double alpha, double loss, double gradientNorm, NewtonResult newton,
                            String subspace, int subspaceDimension, Optional<IsotropySubgroup> isotropy,
                            Optional<HessianSpectrum> spectrum, Evidence evidence) {
    public CriticalPoint {
        w = Matrices.copy(w);
    }

    @Override
    public double[][] w() {
        return Matrices.copy(w);
    }

    /** @return true if Newton converged */
    public boolean converged() {
        return newton.status().converged();
    }
}
