package org.landscape.analysis;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;
import org.landscape.model.Matrices;
import org.landscape.model.Models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Closed-form Specht blocks at W = V = I_k against a dense eigen-decomposition of the numeric Hessian. */
class GlobalMinimumSpectrumTest {

    @Test
    void closedFormSpectrumEqualsDenseNumericSpectrum() {
        GlobalMinimumSpectrum s = GlobalMinimumSpectrum.get();
        for (int k = 4; k <= 7; k++) {
            for (double alpha : new double[]{-1.3, -0.5, 0, 0.25, 1, 2.5}) {
                double[][] id = Matrices.identity(k);
                int m = k * k;
                double[] h = new double[m * m];
                Models.loss(alpha, id).hessian(id, h);
                double[][] hm = new double[m][m];
                for (int r = 0; r < m; r++) {
                    System.arraycopy(h, r * m, hm[r], 0, m);
                }
                double[] dense = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(hm)).getEigenvalues();
                List<Double> numeric = new ArrayList<>();
                for (double x : dense) {
                    numeric.add(x);
                }
                Collections.sort(numeric);
                List<Double> closed = new ArrayList<>();
                double[][] ev = s.eigenvalues(alpha, k);
                int[] dims = GlobalMinimumSpectrum.dimensions(k);
                for (int b = 0; b < ev.length; b++) {
                    for (double x : ev[b]) {
                        for (int c = 0; c < dims[b]; c++) {
                            closed.add(x);
                        }
                    }
                }
                Collections.sort(closed);
                assertEquals(m, closed.size(), "multiplicities must add up to k^2");
                for (int i = 0; i < m; i++) {
                    assertEquals(numeric.get(i), closed.get(i), 1e-12, "k=" + k + " alpha=" + alpha + " #" + i);
                }
            }
        }
    }

    @Test
    void antisymmetricBlockIsTheKnownValue() {
        // [k-2,1,1]: (1 - alpha)^2 (1/4 - 1/(2 pi)), e.g. 1/4 - 1/(2 pi) at alpha = 0 (any k)
        GlobalMinimumSpectrum s = GlobalMinimumSpectrum.get();
        for (double alpha : new double[]{0, 0.5, -2}) {
            double expected = (1 - alpha) * (1 - alpha) * (0.25 - 1 / (2 * Math.PI));
            assertEquals(expected, s.eigenvalues(alpha, 5)[3][0], 1e-14);
            assertEquals(expected, s.eigenvalues(alpha, 9)[3][0], 1e-14);
        }
    }

    @Test
    void compiledBlocksAgreeWithSymbolicEvaluation() {
        GlobalMinimumSpectrum s = GlobalMinimumSpectrum.get();
        for (int k : new int[]{4, 7, 12}) {
            for (double alpha : new double[]{-2.2, 0, 0.7}) {
                double[][] a = s.eigenvalues(alpha, k);
                double[][] b = s.eigenvaluesCompiled(alpha, k);
                for (int c = 0; c < a.length; c++) {
                    for (int i = 0; i < a[c].length; i++) {
                        assertEquals(a[c][i], b[c][i], 1e-13 * (1 + Math.abs(a[c][i])));
                    }
                }
            }
        }
    }
}
