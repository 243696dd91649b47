package org.landscape.dynamics;

import org.landscape.model.NetworkLoss;
import org.landscape.solve.SymmetricEigenvalues;

/**
 * Eigenvalues of the model Hessian \( \nabla^2_W L \) (kd x kd, exact \( \theta \to 0, \pi \) limits) and the
 * Morse index: negative eigenvalues below \( -\tau \), zero ones within \( \tau \), with
 * \( \tau = 10^{-9} \max|\lambda| \). Cost O((kd)^3).
 *
 * @param eigenvalues ascending (copy)
 * @param index       number of negative eigenvalues
 * @param nullity     number of eigenvalues within the tolerance of 0
 * @param tolerance   the tolerance used
 */
public record HessianSpectrum(double[] eigenvalues, int index, int nullity, double tolerance) {
    /** Copies the array. */
    public HessianSpectrum {
        eigenvalues = eigenvalues.clone();
    }

    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** @return the spectrum of the Hessian of {@code loss} at W (every row non-zero) */
    public static HessianSpectrum at(NetworkLoss loss, double[][] W) {
        int m = W.length * W[0].length;
        double[] h = new double[m * m];
        loss.hessian(W, h);
        // the QL route, as the JSON "method" field of the dynamics commands says
        double[] asc = SymmetricEigenvalues.decomposition(h, m).values();
        double max = 0;
        for (int i = 0; i < m; i++) {
            max = Math.max(max, Math.abs(asc[i]));
        }
        double tol = DynamicsThresholds.ZERO_EIGENVALUE * Math.max(max, 1e-300);
        int[] in = Linear.inertia(asc, tol);
        return new HessianSpectrum(asc, in[0], in[1], tol);
    }

    /** @return the smallest eigenvalue */
    public double min() {
        return eigenvalues[0];
    }

    /** @return the largest eigenvalue */
    public double max() {
        return eigenvalues[eigenvalues.length - 1];
    }
}
