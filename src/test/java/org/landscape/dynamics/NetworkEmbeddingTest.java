package org.landscape.dynamics;

import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.DescentNewtonResult;
import org.landscape.analysis.DescentWarmStart;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscape.base.InvalidInputException;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Embedding: loss invariance (independent kernel), gradient invariance, and Arjevani-Field annihilation at k = 6. */
class NetworkEmbeddingTest {

    /** Delta(S5 x S1)-symmetric start near a spurious minimum of k = n = d = 6, alpha = 0, V = I (5 parameters, 4 digits). */
    static double[][] symmetricStart() {
        double[] a = {0.9867, -0.0504, 0.3080, 0.2245, -0.6015};
        int k = 6;
        double[][] w = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                w[i][j] = i < k - 1 && j < k - 1 ? (i == j ? a[0] : a[1]) : i < k - 1 ? a[2] : j < k - 1 ? a[3] : a[4];
            }
        }
        return w;
    }

    @ParameterizedTest
    @CsvSource({"0.0, 0.5, 1", "0.3, 0.2, 2", "-0.6, 0.9, 3", "2.0, 0.37, 4"})
    void splitAndZeroNeuronKeepTheLoss(double alpha, double t, long seed) {
        Random r = new Random(seed);
        double[][] w = new double[3][4];
        double[][] v = new double[2][4];
        for (double[] row : w) {
            for (int c = 0; c < 4; c++) {
                row[c] = r.nextGaussian();
            }
        }
        for (double[] row : v) {
            for (int c = 0; c < 4; c++) {
                row[c] = r.nextGaussian();
            }
        }
        double before = IndependentKernel.loss(alpha, w, v);
        EmbeddingReport s = NetworkEmbedding.analyseSplit(alpha, w, v, 1, t);
        assertEquals(before, IndependentKernel.loss(alpha, s.embedded(), v), 1e-12);
        assertEquals(before, s.lossAfter(), 1e-12);
        assertEquals(0, s.lossChange(), 1e-13);
        assertEquals(before, IndependentKernel.loss(alpha, NetworkEmbedding.addZero(w), v), 1e-12);
        // degree-0 homogeneity: both halves carry the old gradient row of neuron 1
        NetworkLoss loss = Models.loss(alpha, v);
        double[] g0 = new double[12];
        loss.gradient(w, g0);
        double[] g1 = new double[16];
        loss.gradient(s.embedded(), g1);
        for (int c = 0; c < 4; c++) {
            assertEquals(g0[4 + c], g1[4 + c], 1e-10);
            assertEquals(g0[4 + c], g1[12 + c], 1e-10);
            assertEquals(g0[c], g1[c], 1e-10);
        }
    }

    @Test
    void badRatioAndIndexAreInvalidInput() {
        double[][] w = {{1, 0}};
        assertThrows(InvalidInputException.class, () -> NetworkEmbedding.split(w, 0, 1.5));
        assertThrows(InvalidInputException.class, () -> NetworkEmbedding.split(w, 3, 0.5));
        assertThrows(InvalidInputException.class, () -> NetworkEmbedding.split(new double[][] {{0, 0}}, 0, 0.5));
    }

    /**
     * Arjevani-Field annihilation: Newton from a symmetric start finds a spurious minimum (loss > 0, Hessian positive
     * definite); embedded into width 7 by a zero neuron it escapes (one-sided difference of the independent loss is
     * negative) and split it has a descent direction (independent loss decreases along the negative eigenvector).
     */
    @Test
    void spuriousMinimumBecomesSaddleAfterEmbedding() {
        double[][] v = Matrices.identity(6);
        DescentNewtonResult min = CriticalPointSearch.withDescent(symmetricStart(), v, 0, new double[0][],
                new DescentWarmStart(0, 1e-12));
        assertEquals(DescentNewtonResult.Status.CONVERGED, min.status());
        assertTrue(min.loss() > 0.02, "spurious: loss " + min.loss());
        assertEquals(0, min.spectrum().orElseThrow().index());
        assertTrue(min.spectrum().orElseThrow().smallestEigenvalue() > 1e-3);
        double[][] w = min.W();

        EmbeddingReport z = NetworkEmbedding.analyseAddZero(0, w, v, EscapeSettings.defaults());
        assertEquals(PointType.SADDLE, z.classification());
        NeuronEscape e = z.escape().orElseThrow().neurons().get(0);
        assertTrue(e.minimum() < -0.01);
        double[][] moved = Matrices.copy(z.embedded());
        double s = 1e-6;
        for (int c = 0; c < 6; c++) {
            moved[6][c] = s * e.direction()[c];
        }
        double slope = (IndependentKernel.loss(0, moved, v) - IndependentKernel.loss(0, z.embedded(), v)) / s;
        assertEquals(e.minimum(), slope, 1e-5);

        EmbeddingReport sp = NetworkEmbedding.analyseSplit(0, w, v, 5, 0.5);
        assertEquals(PointType.SADDLE, sp.classification());
        assertTrue(sp.spectrumAfter().orElseThrow().nullity() >= 1, "the split line is flat");
        NetworkLoss loss = Models.loss(0, v);
        int m = 42;
        double[] h = new double[m * m];
        loss.hessian(sp.embedded(), h);
        double[][] hm = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                hm[i][j] = h[i * m + j];
            }
        }
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(hm));
        double lambda = eig.getEigenvalue(m - 1);
        double[] dir = eig.getEigenvector(m - 1).toArray();
        assertTrue(lambda < -0.01);
        double[][] p = Matrices.copy(sp.embedded());
        double eps = 1e-3;
        for (int i = 0; i < 7; i++) {
            for (int c = 0; c < 6; c++) {
                p[i][c] += eps * dir[i * 6 + c];
            }
        }
        double drop = IndependentKernel.loss(0, p, v) - IndependentKernel.loss(0, sp.embedded(), v);
        assertEquals(0.5 * lambda * eps * eps, drop, 0.05 * Math.abs(0.5 * lambda * eps * eps));
    }
}
