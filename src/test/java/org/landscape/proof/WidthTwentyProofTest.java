package org.landscape.proof;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.landscape.analysis.WidthFamily;
import org.landscape.analysis.YoungFamily;
import org.landscape.interval.Interval;
import org.landscape.model.Matrices;
import org.landscape.rep.WeightMatrixAction;
import org.landscape.verify.QuadratureReference;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The type-A spurious minimum of width 20 (isotropy Delta(S19xS1)), proved in Fix(H) with the full-space evaluator
 * restricted to the exact orbit basis (5 unknowns): existence in a box of radius <= 1e-12, loss enclosure containing
 * an independent 45-digit quadrature of the loss, index 0. Slow (about 10-20 s).
 */
class WidthTwentyProofTest {

    @Test
    @Tag("slow")
    void typeAMinimumOfWidthTwenty() throws Exception {
        double[][] w6 = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                new java.io.File("examples/spurious-minima/spurious-k6.json"), double[][].class);
        YoungFamily family = YoungFamily.parse("Delta(S{k-1}xS1)");
        var members = WidthFamily.follow(family, w6, 0.0, 20, false, m -> { });
        double[][] w = members.get(members.size() - 1).point().w();
        double[][] v = Matrices.identity(20);
        WeightMatrixAction h = WeightMatrixAction.of(family.group(20), 20, 20);
        CriticalPointProof p = CriticalPointProofs.prove(w, v, Interval.point(0), Optional.of(h),
                CriticalPointProofs.DEFAULT_SETTINGS);
        assertTrue(p.proved(), p.existence() + " / " + p.index());
        assertEquals(0, p.morseIndex().getAsInt());
        assertTrue(p.boxRadius() <= 1e-12);
        assertTrue(p.loss().width() <= 1e-13);
        assertTrue(p.spectrum().get().smallest().width() <= 1e-10);
        double q = new QuadratureReference(0.0).lossValue(w, v);
        assertTrue(p.loss().contains(q), p.loss() + " vs 45-digit quadrature " + q);
    }
}
