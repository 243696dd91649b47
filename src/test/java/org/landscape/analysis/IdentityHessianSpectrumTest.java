package org.landscape.analysis;

import org.junit.jupiter.api.Test;
import org.landscape.model.Models;
import org.landscape.solve.SpectrumRoute;
import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.solve.SymmetricSpectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression test of the documented Hipparchus 4.0.2 failure: Householder + QL does not converge on the Hessian (alpha = 0.2) at
 * \( W = V = I_{20} \) (kd = 400, eigenvalue multiplicities up to 171). The spectrum factory must fall back to the
 * cyclic Jacobi method, say so, and agree with the values-only EJML route (two algorithms) and with the trace
 * identities \( \sum \lambda = \mathrm{tr} H \), \( \sum \lambda^2 = \|H\|_F^2 \).
 */
class IdentityHessianSpectrumTest {

    @Test
    void hessianAtTheIdentityFallsBackToJacobiAndAgreesWithEjml() {
        int k = 20;
        double[][] id = new double[k][k];
        for (int i = 0; i < k; i++) {
            id[i][i] = 1;
        }
        int m = k * k;
        double[] h = new double[m * m];
        Models.loss(0.2, id).hessian(id, h);
        SymmetricSpectrum withVectors = SymmetricEigenvalues.decomposition(h, m);
        SymmetricSpectrum values = SymmetricEigenvalues.spectrum(h, m);
        assertEquals(SpectrumRoute.JACOBI_FALLBACK, withVectors.route(), "Hipparchus QL converged: update the docs");
        assertEquals(SpectrumRoute.EJML_DENSE, values.route());
        assertTrue(withVectors.evidence().method().contains("Jacobi"));
        double trace = 0;
        double frob = 0;
        double[][] a = new double[m][m];
        for (int r = 0; r < m; r++) {
            trace += h[r * m + r];
            for (int c = 0; c < m; c++) {
                a[r][c] = 0.5 * (h[r * m + c] + h[c * m + r]);
                frob += a[r][c] * a[r][c];
            }
        }
        double[] j = withVectors.values();
        double[] e = values.values();
        double scale = Math.sqrt(frob);
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < m; i++) {
            assertEquals(e[i], j[i], 1e-12 * scale, "eigenvalue " + i + ": Jacobi against EJML");
            sum += j[i];
            sum2 += j[i] * j[i];
        }
        assertEquals(trace, sum, 1e-12 * scale * m);
        assertEquals(frob, sum2, 1e-12 * frob * m);
        double[][] v = withVectors.vectors();
        for (int i = 0; i < m; i++) {
            double res = 0;
            double norm = 0;
            for (int p = 0; p < m; p++) {
                double s = -j[i] * v[i][p];
                for (int q = 0; q < m; q++) {
                    s += a[p][q] * v[i][q];
                }
                res = Math.max(res, Math.abs(s));
                norm += v[i][p] * v[i][p];
            }
            assertEquals(1, norm, 1e-12, "|v_" + i + "|");
            assertTrue(res <= 1e-12 * scale * m, "residual " + res + " of eigenpair " + i);
        }
    }
}
