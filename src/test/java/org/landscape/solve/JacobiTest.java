package org.landscape.solve;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cyclic Jacobi against matrices with prescribed spectra \( A = Q \Lambda Q^T \) (Q a product of reflections). */
class JacobiTest {

    /** @return Q diag(lambda) Q^T with Q = (I - 2uu^T)(I - 2vv^T), u, v random unit vectors */
    static double[][] withSpectrum(double[] lambda, long seed) {
        int n = lambda.length;
        SplittableRandom r = new SplittableRandom(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = lambda[i];
        }
        for (int reflection = 0; reflection < 2; reflection++) {
            double[] u = new double[n];
            double norm = 0;
            for (int i = 0; i < n; i++) {
                u[i] = r.nextDouble(-1, 1);
                norm += u[i] * u[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                u[i] /= norm;
            }
            // A <- P A P with P = I - 2 u u^T
            double[] au = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    au[i] += a[i][j] * u[j];
                }
            }
            double uau = 0;
            for (int i = 0; i < n; i++) {
                uau += u[i] * au[i];
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] += -2 * u[i] * au[j] - 2 * au[i] * u[j] + 4 * uau * u[i] * u[j];
                }
            }
        }
        return a;
    }

    @Test
    void prescribedSpectrumWithHighMultiplicities() {
        int n = 60;
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = i < 30 ? 0.25 : i < 50 ? -1.5 : i - 49; // multiplicities 30, 20 and ten simple values
        }
        double[][] a = withSpectrum(lambda, 3);
        double[] values = Jacobi.values(a);
        double[] vectorsRun = new double[n];
        double[][] v = Jacobi.decompose(a, vectorsRun);
        double[] expected = lambda.clone();
        Arrays.sort(expected);
        double[] got = values.clone();
        Arrays.sort(got);
        double[] got2 = vectorsRun.clone();
        Arrays.sort(got2);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], got[i], 1e-12 * 11, "eigenvalue " + i);
            assertEquals(expected[i], got2[i], 1e-12 * 11, "eigenvalue " + i + " (with vectors)");
        }
        // rows of v are orthonormal eigenvectors: |A v_i - lambda_i v_i| small
        for (int i = 0; i < n; i++) {
            double res = 0;
            for (int p = 0; p < n; p++) {
                double s = -vectorsRun[i] * v[i][p];
                for (int q = 0; q < n; q++) {
                    s += a[p][q] * v[i][q];
                }
                res = Math.max(res, Math.abs(s));
            }
            assertEquals(0, res, 1e-11, "residual of eigenvector " + i);
        }
    }
}
