package org.landscape.analysis;

import org.junit.jupiter.api.Test;
import org.landscape.model.Matrices;
import org.landscape.reduced.BlockStructureDetection;
import org.landscape.reduced.YoungStructure;

import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The orbit-reduced spectrum against independent values: the closed-form Specht blocks at the global minimum
 * (GlobalMinimumSpectrum, derived symbolically) at widths far beyond dense reach, and the dense spectrum at
 * detected points whose rows and columns were shuffled.
 */
class ReducedSpectraTest {

    @Test
    void globalMinimumAtLargeWidthEqualsTheClosedForm() {
        GlobalMinimumSpectrum closed = GlobalMinimumSpectrum.get();
        for (int k : new int[] {30, 100, 1000}) {
            for (double alpha : new double[] {0.0, 0.4, -0.8}) {
                YoungStructure s = YoungStructure.diagonal(k);
                HessianSpectrum r = ReducedSpectra.of(s, identityPattern(s), identityTeacherPattern(s), alpha,
                        new org.landscape.base.Evidence("test", 0, ""));
                double[][] want = closed.eigenvalues(alpha, k);
                assertEquals(4, r.blocks().size());
                assertEquals((long) k * k, r.totalMultiplicity());
                for (int b = 0; b < 4; b++) {
                    double[] got = r.blocks().get(b).eigenvalues();
                    assertEquals(want[b].length, got.length, "block " + b);
                    for (int j = 0; j < got.length; j++) {
                        assertEquals(want[b][j], got[j], 1e-11 * Math.max(1, Math.abs(want[b][j])),
                                "k " + k + " alpha " + alpha + " block " + r.blocks().get(b).irrep());
                    }
                }
                assertEquals("DeltaS" + k, r.isotropy().structure());
            }
        }
    }

    /** The pattern of I_k without forming the k x k matrix: 1 on the diagonal orbit, 0 elsewhere. */
    private static double[] identityPattern(YoungStructure s) {
        double[] p = new double[s.shape().studentOrbits()];
        for (int o = 0; o < p.length; o++) {
            p[o] = s.shape().studentOrbit(o)[2];
        }
        return p;
    }

    /** The teacher I_k on the teacher orbits: 1 on the diagonal orbit, 0 elsewhere. */
    private static double[] identityTeacherPattern(YoungStructure s) {
        double[] p = new double[s.shape().teacherOrbits()];
        for (int o = 0; o < p.length; o++) {
            p[o] = s.shape().teacherOrbit(o)[2];
        }
        return p;
    }

    @Test
    void shuffledBlockPointsAreDetectedAndMatchTheDenseSpectrum() {
        SplittableRandom rnd = new SplittableRandom(3);
        int[][] shapes = {{4, 2}, {3, 3, 1}, {5, 1}, {2, 2, 1}, {6}};
        for (int[] parts : shapes) {
            YoungStructure s = YoungStructure.diagonal(parts);
            double[] p = new double[s.shape().studentOrbits()];
            for (int o = 0; o < p.length; o++) {
                p[o] = rnd.nextDouble(-0.5, 0.5) + (s.shape().studentOrbit(o)[2] == 1 ? 1 : 0);
            }
            double[][] w = s.matrix(p);
            int k = w.length;
            int[] perm = permutation(k, rnd);
            double[][] shuffled = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < k; c++) {
                    shuffled[perm[i]][perm[c]] = w[i][c] + 1e-10 * rnd.nextDouble(-1, 1);
                }
            }
            double[][] v = Matrices.identity(k);
            Optional<BlockStructureDetection.Detected> det = BlockStructureDetection.detect(shuffled, v, 1e-8);
            assertTrue(det.isPresent(), "detected " + java.util.Arrays.toString(parts));
            assertTrue(det.get().distance() < 2e-10);
            assertEquals(s.order(), det.get().structure().order());
            HessianSpectrum r = HessianSpectra.of(shuffled, v, 0.1);
            assertTrue(r.evidence().method().startsWith("orbit-reduced"), r.evidence().method());
            double[] dense = SymmetryAdaptedSpectra.denseEigenvalues(shuffled, v, 0.1);
            double[] red = HessianSpectra.expanded(r);
            for (int i = 0; i < dense.length; i++) {
                assertEquals(dense[i], red[i], 1e-8, "eigenvalue " + i);
            }
            assertTrue(r.denseDifference() < 1e-8, "dense cross-check " + r.denseDifference());
        }
    }

    @Test
    void aPointWithoutYoungStructureFallsBackToTheDenseRoute() {
        // a circulant: isotropy Z_4 (a cyclic shift), not a product of symmetric groups
        double[][] w = {{1, 0.2, 0.3, 0.4}, {0.4, 1, 0.2, 0.3}, {0.3, 0.4, 1, 0.2}, {0.2, 0.3, 0.4, 1}};
        assertTrue(BlockStructureDetection.detect(w, Matrices.identity(4), 1e-8).isEmpty());
        HessianSpectrum r = HessianSpectra.of(w, Matrices.identity(4), 0);
        assertEquals(16, r.totalMultiplicity());
        assertEquals("C4", r.isotropy().structure());
    }

    private static int[] permutation(int k, SplittableRandom rnd) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
