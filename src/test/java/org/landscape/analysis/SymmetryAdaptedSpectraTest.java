package org.landscape.analysis;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.junit.jupiter.api.Test;
import org.landscape.model.Matrices;
import org.landscape.model.Models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Block spectra equal dense spectra; at W = V = I they equal the closed forms of GlobalMinimumSpectrum. */
class SymmetryAdaptedSpectraTest {

    static double[] dense(double[][] w, double[][] v, double alpha) {
        int m = w.length * w[0].length;
        double[] h = new double[m * m];
        Models.loss(alpha, v).hessian(w, h);
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a[i][j] = 0.5 * (h[i * m + j] + h[j * m + i]);
            }
        }
        double[] ev = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(a)).getEigenvalues();
        Arrays.sort(ev);
        return ev;
    }

    static double[] expanded(HessianSpectrum s) {
        List<Double> all = new ArrayList<>();
        for (IsotypicBlock b : s.blocks()) {
            for (int j = 0; j < b.eigenvalues().length; j++) {
                for (int r = 0; r < b.multiplicities()[j]; r++) {
                    all.add(b.eigenvalues()[j]);
                }
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    @Test
    void blockSpectrumEqualsDenseSpectrum() {
        double a = 0.9;
        double b = 0.13;
        double c = -0.4;
        double e = 0.27;
        double f = 1.3;
        double[][][] ws = {
            Matrices.identity(4),
            {{a, b, b, b}, {b, a, b, b}, {b, b, a, b}, {b, b, b, a}},
            {{a, b, c}, {b, a, c}, {e, e, f}},
            {{a, b, c, e}, {b, a, c, e}, {e, e, f, b}, {c, e, b, a}},
            {{a, b, c}, {e, f, a}, {c, e, b}},
        };
        for (double alpha : new double[] {0.0, 0.35, -0.7}) {
            for (double[][] w : ws) {
                int m = w.length * w[0].length;
                double[][] v = Matrices.identity(w[0].length);
                HessianSpectrum s = SymmetryAdaptedSpectra.of(w, v, alpha);
                assertEquals(m, s.totalMultiplicity(), "sum of multiplicities = kd");
                double[] blocks = expanded(s);
                double[] ref = dense(w, v, alpha);
                int neg = 0;
                for (int j = 0; j < m; j++) {
                    assertEquals(ref[j], blocks[j], 1e-11, Arrays.deepToString(w) + " alpha " + alpha);
                    neg += ref[j] < 0 ? 1 : 0;
                }
                assertEquals(neg, s.index());
                assertTrue(s.errorBound() < 1e-10, "Weyl bound " + s.errorBound());
                assertTrue(s.isotropy().order().intValue() > 1 || s.blocks().size() == 1);
            }
        }
    }

    @Test
    void globalMinimumAgreesWithClosedForms() {
        GlobalMinimumSpectrum closed = GlobalMinimumSpectrum.get();
        int k = 5; // irreducible dimensions 1, 4, 5, 6 are distinct: blocks match by dimension
        for (double alpha : new double[] {0.0, 0.4, -0.6, 2.5}) {
            double[][] ev = closed.eigenvalues(alpha, k);
            int[] dims = GlobalMinimumSpectrum.dimensions(k);
            HessianSpectrum s = SymmetryAdaptedSpectra.of(Matrices.identity(k), Matrices.identity(k), alpha);
            assertEquals(4, s.blocks().size());
            for (IsotypicBlock b : s.blocks()) {
                int comp = -1;
                for (int x = 0; x < 4; x++) {
                    if (dims[x] == b.irrepDimension()) {
                        comp = x;
                    }
                }
                assertTrue(comp >= 0, "block of dimension " + b.irrepDimension());
                double[] mine = b.eigenvalues().clone();
                Arrays.sort(mine);
                assertEquals(ev[comp].length, mine.length, GlobalMinimumStructure.COMPONENTS[comp]);
                for (int j = 0; j < mine.length; j++) {
                    assertEquals(ev[comp][j], mine[j], 1e-10, GlobalMinimumStructure.COMPONENTS[comp] + " alpha " + alpha);
                }
            }
        }
    }

    /**
     * Blocks at diagonal Young isotropy are named by partitions from their characters: at W = V = I_5 the published
     * decomposition M(5,5) = 2[5] + 3[4,1] + [3,2] + [3,1,1], with 1/4 - 1/(2 pi) on [3,1,1] at alpha = 0 (issue 8's
     * closed form); at a Delta(S4 x S1) point of k = 5 the components of S4 x S1.
     */
    @Test
    void youngIsotropyBlocksAreNamedByPartitions() {
        HessianSpectrum s = SymmetryAdaptedSpectra.of(Matrices.identity(5), Matrices.identity(5), 0);
        java.util.Map<String, IsotypicBlock> by = new java.util.HashMap<>();
        for (IsotypicBlock b : s.blocks()) {
            by.put(b.irrep(), b);
        }
        assertEquals(java.util.Set.of("[5]", "[4,1]", "[3,2]", "[3,1,1]"), by.keySet());
        assertEquals(2, by.get("[5]").copies());
        assertEquals(3, by.get("[4,1]").copies());
        assertEquals(1, by.get("[3,2]").copies());
        assertEquals(6, by.get("[3,1,1]").irrepDimension());
        assertEquals(0.25 - 1 / (2 * Math.PI), by.get("[3,1,1]").eigenvalues()[0], 1e-12);
        double[][] w = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                w[i][j] = i == j ? (i < 4 ? 0.9 : -0.5) : (j == 4 ? 0.3 : i == 4 ? 0.2 : -0.04);
            }
        }
        HessianSpectrum t = SymmetryAdaptedSpectra.of(w, Matrices.identity(5), 0.1);
        int total = 0;
        for (IsotypicBlock b : t.blocks()) {
            assertTrue(b.irrep().matches("\\[[0-9,]+\\]x\\[1\\]"), b.irrep());
            total += b.irrepDimension() * b.copies();
        }
        assertEquals(25, total);
    }
}
