package org.landscape.proof;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hipparchus.dfp.Dfp;
import org.junit.jupiter.api.Test;
import org.landscape.analysis.CriticalPoint;
import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.LossProblem;
import org.landscape.analysis.SubgroupActions;
import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.base.InvalidInputException;
import org.landscape.interval.HighPrecisionReference;
import org.landscape.interval.Interval;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.solve.Newton;
import org.landscape.rep.WeightMatrixAction;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proofs about critical points checked against independent 50-digit recomputations ({@link HighPrecisionReference}:
 * Newton's method in 50 digits on a literature closed form, eigenvalue counts by Sylvester's law in 50 digits), the
 * issue's targets at the k = 6 ReLU spurious minimum, and the negative controls that must never be proved.
 */
class CriticalPointProofsTest {
    static final double[][] V6 = Matrices.identity(6);

    static double[][] spuriousK6() throws IOException {
        double[][] w = new ObjectMapper().readValue(new File("examples/spurious-minima/spurious-k6.json"),
                double[][].class);
        return CriticalPointSearch.newton(w, V6, 0.0, Optional.empty(), CriticalPointSearch.DEFAULT_SETTINGS).w();
    }

    /** Every enclosure of the proof contains the 50-digit recomputation at the 50-digit critical point. */
    static void assertContainsFiftyDigitTruth(CriticalPointProof p, double[][] w, double[][] v, double alpha) {
        HighPrecisionReference ref = new HighPrecisionReference(alpha);
        Dfp[][] star = ref.newton(w, v);
        int k = w.length;
        int d = w[0].length;
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                assertTrue(HighPrecisionReference.inside(p.point().get(i * d + c), star[i][c]), "coordinate " + i + ","
                        + c + ": " + p.point().get(i * d + c) + " vs " + star[i][c]);
            }
        }
        Dfp[][] e = ref.evaluate(star, HighPrecisionReference.dfp(v));
        assertTrue(HighPrecisionReference.inside(p.loss(), e[0][0]), "loss " + p.loss() + " vs " + e[0][0]);
        for (SpectrumEnclosures.Cluster c : p.spectrum().orElseThrow().clusters()) {
            int below = HighPrecisionReference.eigenvaluesBelow(e[2], k * d,
                    HighPrecisionReference.dfp(c.enclosure().lo()));
            int upTo = HighPrecisionReference.eigenvaluesBelow(e[2], k * d,
                    HighPrecisionReference.dfp(c.enclosure().hi()));
            assertTrue(below <= c.first() && upTo >= c.first() + c.count(), "eigenvalues " + c.first() + ".."
                    + (c.first() + c.count() - 1) + " not in " + c.enclosure() + " (" + below + ", " + upTo + ")");
        }
    }

    @Test
    void spuriousMinimumK6ReachesTheTargets() throws IOException {
        double[][] w = spuriousK6();
        CriticalPointProof p = CriticalPointProofs.prove(w, V6, Interval.point(0), Optional.empty(),
                CriticalPointProofs.DEFAULT_SETTINGS);
        assertTrue(p.proved(), p.existence() + " / " + p.index());
        assertEquals(0, p.morseIndex().getAsInt());
        assertTrue(p.boxRadius() <= 1e-12, "box radius " + p.boxRadius());
        assertTrue(p.loss().width() <= 1e-13, "loss width " + p.loss().width());
        assertTrue(p.spectrum().get().smallest().width() <= 1e-10, "eigenvalue width " + p.spectrum().get().smallest());
        assertTrue(p.spectrum().get().smallest().lo() > 0);
        assertTrue(p.seconds() < 5, "took " + p.seconds() + " s");
        assertContainsFiftyDigitTruth(p, w, V6, 0);
    }

    @Test
    void spuriousMinimumK6InFixedPointSubspace() throws IOException {
        double[][] w0 = spuriousK6();
        int[] perm = {0, 2, 3, 4, 5, 1}; // the special row and column last: Delta(S5xS1) in block order
        double[][] w = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int c = 0; c < 6; c++) {
                w[i][c] = w0[perm[i]][perm[c]];
            }
        }
        WeightMatrixAction h = SubgroupActions.onWeights("Delta(S5xS1)", 6, 6);
        CriticalPoint c = CriticalPointSearch.newton(w, V6, 0.0, Optional.of(h), CriticalPointSearch.DEFAULT_SETTINGS);
        CriticalPointProof p = CriticalPointProofs.prove(c.w(), V6, Interval.point(0), Optional.of(h),
                CriticalPointProofs.DEFAULT_SETTINGS);
        assertTrue(p.proved(), p.existence() + " / " + p.index());
        assertTrue(p.subspace().startsWith("Fix(Delta(S5xS1)), dimension 5"), p.subspace());
        assertEquals(0, p.morseIndex().getAsInt());
        assertTrue(p.boxRadius() <= 1e-12);
        assertTrue(p.certificate().basis().isPresent());
        assertContainsFiftyDigitTruth(p, c.w(), V6, 0);
    }

    @Test
    void globalMinimumWithParallelPairsIsProvedAwayFromAlphaOne() {
        // W = V: every pair (w_i, v_i) is parallel, L is C^2 but not C^3 there; Krawczyk needs only C^1 of grad L
        CriticalPointProof p = CriticalPointProofs.prove(V6, V6, Interval.point(0.3), Optional.empty(),
                CriticalPointProofs.DEFAULT_SETTINGS);
        assertTrue(p.proved(), p.existence() + " / " + p.index());
        assertEquals(0, p.morseIndex().getAsInt());
        assertTrue(p.loss().contains(0.0));
        assertContainsFiftyDigitTruth(p, V6, V6, 0.3);
    }

    @Test
    void negativeControlsAreNeverProved() throws IOException {
        double[][] w = spuriousK6();
        // 1. a point 1e-3 away from the critical point, with a box limited to 1e-4 (so no box reaches the zero)
        double[][] off = Matrices.copy(w);
        off[2][3] += 1e-3;
        CriticalPointProof far = CriticalPointProofs.prove(off, V6, Interval.point(0), Optional.empty(),
                new CriticalPointProofs.Settings(Krawczyk.DEFAULT_SETTINGS.withMaxRadius(1e-4), true));
        assertFalse(far.existence().proved(), far.existence().toString());
        assertFalse(far.proved());
        // 2. the singular global minimum at alpha = 1 (the linear network: a whole line of minima in Fix)
        CriticalPointProof singular = CriticalPointProofs.prove(V6, V6, Interval.point(1), Optional.empty(),
                CriticalPointProofs.DEFAULT_SETTINGS);
        assertFalse(singular.proved());
        assertTrue(singular.existence().inPrinciple(), singular.existence().toString());
        // 3. a dead neuron
        double[][] dead = Matrices.copy(w);
        java.util.Arrays.fill(dead[4], 0);
        CriticalPointProof d = CriticalPointProofs.prove(dead, V6, Interval.point(0), Optional.empty(),
                CriticalPointProofs.DEFAULT_SETTINGS);
        assertFalse(d.proved());
        assertTrue(d.existence().inPrinciple() && d.existence().reason().contains("dead"), d.existence().toString());
    }

    @Test
    void saddleWithEigenvalueMinusOneNanoIsNeverAMinimum() throws IOException {
        double[][] s6 = new ObjectMapper().readValue(new File("examples/liu-leaky-relu/deltaS6-start.json"),
                double[][].class);
        WeightMatrixAction h = SubgroupActions.onWeights("DeltaS6", 6, 6);
        // the Delta S6 family loses stability at alpha* = -0.68691213...; find alpha with lambda_min = -1e-9 (secant)
        double a0 = -0.6869121300066 - 2e-9;
        double a1 = a0 - 1e-9;
        double l0 = smallest(s6, h, a0);
        double l1 = smallest(s6, h, a1);
        for (int it = 0; it < 3; it++) {
            double a2 = a1 + (-1e-9 - l1) * (a1 - a0) / (l1 - l0);
            a0 = a1;
            l0 = l1;
            a1 = a2;
            l1 = smallest(s6, h, a1);
        }
        assertEquals(-1e-9, l1, 1e-11);
        CriticalPoint c = CriticalPointSearch.newton(s6, V6, a1, Optional.of(h), CriticalPointSearch.DEFAULT_SETTINGS);
        CriticalPointProof p = CriticalPointProofs.prove(c.w(), V6, Interval.point(a1), Optional.of(h),
                CriticalPointProofs.DEFAULT_SETTINGS);
        assertTrue(p.existence().proved());
        assertTrue(p.morseIndex().isEmpty() || p.morseIndex().getAsInt() == 5, "a saddle reported as index "
                + p.morseIndex());
        assertTrue(p.spectrum().get().smallest().hi() < 0, "the -1e-9 eigenvalue is enclosed below 0");
        assertContainsFiftyDigitTruth(p, c.w(), V6, a1);
    }

    /** Smallest Hessian eigenvalue at the Newton point in Fix(H) (double precision; only to choose alpha). */
    static double smallest(double[][] start, WeightMatrixAction h, double alpha) {
        LossProblem problem = LossProblem.restricted(V6, 6, FixedPointSubspace.of(h).basis());
        double[] flat = new double[36];
        for (int i = 0; i < 6; i++) {
            System.arraycopy(start[i], 0, flat, i * 6, 6);
        }
        double[][] w = problem.toMatrix(new Newton().solve(problem, problem.project(flat), alpha,
                CriticalPointSearch.DEFAULT_SETTINGS).x());
        double[] hess = new double[36 * 36];
        Models.loss(alpha, V6).hessian(w, hess);
        double[][] m = new double[36][36];
        for (int a = 0; a < 36; a++) {
            System.arraycopy(hess, a * 36, m[a], 0, 36);
        }
        return SymmetricEigenvalues.of(m)[0];
    }

    @Test
    void subgroupsThatDoNotFixTheTeacherAreRefused() {
        double[][] teacher = {{1, 0, 0}, {0, 2, 0}, {0, 0, 1}};
        WeightMatrixAction h = SubgroupActions.onWeights("DeltaS3", 3, 3);
        assertThrows(InvalidInputException.class, () -> ExactFixedSubspace.of(h, teacher));
        assertTrue(List.of(ExactFixedSubspace.of(h, V3).basis()).size() == 2);
    }

    private static final double[][] V3 = Matrices.identity(3);
}
