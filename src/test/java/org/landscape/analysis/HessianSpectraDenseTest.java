package org.landscape.analysis;

import org.junit.jupiter.api.Test;
import org.landscape.model.Matrices;
import org.landscape.model.Models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The symmetry-blind dense spectrum ({@link HessianSpectra#dense}) against the closed-form Specht blocks at the global
 * minimum \( W = V = I_k \) ({@link GlobalMinimumSpectrum}) and against the symmetry-adapted route at the same point;
 * its error bound against \( 10\, kd\, \epsilon \|H\|_F \) recomputed here.
 */
class HessianSpectraDenseTest {

    @Test
    void denseSpectrumAtTheGlobalMinimumIsTheClosedForm() {
        GlobalMinimumSpectrum closedForms = GlobalMinimumSpectrum.get();
        int k = 5;
        int m = k * k;
        double[][] id = Matrices.identity(k);
        for (double alpha : new double[] {0, 0.25, -0.5}) {
            HessianSpectrum s = HessianSpectra.dense(Models.loss(alpha, id), id);
            List<Double> closed = new ArrayList<>();
            double[][] ev = closedForms.eigenvalues(alpha, k);
            int[] dims = GlobalMinimumSpectrum.dimensions(k);
            for (int b = 0; b < ev.length; b++) {
                for (double x : ev[b]) {
                    for (int c = 0; c < dims[b]; c++) {
                        closed.add(x);
                    }
                }
            }
            Collections.sort(closed);
            double[] got = s.eigenvalues();
            assertEquals(m, got.length);
            for (int i = 0; i < m; i++) {
                assertEquals(closed.get(i), got[i], 1e-12, "alpha = " + alpha + ", eigenvalue " + i);
            }
            assertEquals(closed.get(0), s.smallestEigenvalue(), 1e-12);
            assertEquals(closed.get(m - 1), s.largestEigenvalue(), 1e-12);
            assertTrue(closed.get(0) > 1e-3, "the global minimum is non-degenerate");
            assertEquals(0, s.index());
            assertEquals(0, s.nullity());
            assertTrue(s.indexCertain());
            assertEquals("all", s.blocks().get(0).irrep());
            assertTrue(s.evidence().method().contains("EJML"), s.evidence().method());
            // the error bound is 10 kd eps |H|_F
            double[] h = new double[m * m];
            Models.loss(alpha, id).hessian(id, h);
            double f = 0;
            for (double x : h) {
                f += x * x;
            }
            assertEquals(10.0 * m * Math.ulp(1.0) * Math.sqrt(f), s.errorBound(), 1e-12 * s.errorBound());
            // the symmetry-adapted route agrees on every eigenvalue, the index and the nullity
            HessianSpectrum adapted = SymmetryAdaptedSpectra.of(id, id, alpha);
            double[] other = adapted.eigenvalues();
            for (int i = 0; i < m; i++) {
                assertEquals(other[i], got[i], s.errorBound() + adapted.errorBound(), "symmetry-adapted #" + i);
            }
            assertEquals(adapted.index(), s.index());
            assertEquals(adapted.nullity(), s.nullity());
        }
    }
}
