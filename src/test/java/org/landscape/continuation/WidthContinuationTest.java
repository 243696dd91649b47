package org.landscape.continuation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.landscape.solve.EventKind;
import org.landscape.analysis.FamilyInWidth;
import org.landscape.analysis.WidthFamily;
import org.landscape.analysis.WidthTransitions;
import org.landscape.analysis.YoungFamily;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.reduced.YoungStructure;
import org.landscape.solve.Newton;
import org.landscape.solve.NewtonSettings;
import org.landscape.solve.SymmetricEigenvalues;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Families in the width with k real (issue 19): the fractional widths where the type-A and the two-block families
 * turn from saddles into minima, located by continuation in k and by direct root finding on the block eigenvalue
 * (two routes), bracketed by the integer widths (dense Hessians of the integer members: an independent route), and
 * the curve of such an event in the (alpha, k) plane against the continuation in k at another alpha.
 */
class WidthContinuationTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."));

    private static double[][] read(String p) throws Exception {
        return new ObjectMapper().readValue(ROOT.resolve(p).toFile(), double[][].class);
    }

    /** The smallest eigenvalue of the dense kd x kd Hessian of the family member at integer width k. */
    private static double denseLambdaMin(YoungFamily family, double[][] start, int k) {
        FamilyInWidth p = new FamilyInWidth(family, FamilyInWidth.Parameter.WIDTH, 0);
        double[] x = WidthFamily.startPattern(family, start);
        int k0 = start.length;
        int steps = Math.max(1, Math.abs(k - k0) * 4);
        for (int i = 1; i <= steps; i++) {
            x = new Newton().solve(p, x, k0 + (k - k0) * (double) i / steps, NewtonSettings.DEFAULT).x();
        }
        double[][] w = YoungStructure.diagonal(family.parts(k)).matrix(x);
        NetworkLoss loss = Models.loss(0, Matrices.identity(k));
        double[] g = new double[k * k];
        loss.gradient(w, g);
        double gn = 0;
        for (double v : g) {
            gn += v * v;
        }
        assertTrue(Math.sqrt(gn) < 1e-10, "the real-k equations at integer k give a critical point: " + gn);
        double[] h = new double[k * k * k * k];
        loss.hessian(w, h);
        return SymmetricEigenvalues.of(h, k * k)[0];
    }

    /** The Morse index of the dense kd x kd Hessian at the family member of integer width k (any Young family). */
    private static int denseIndex(YoungFamily family, double[][] start, int k) {
        FamilyInWidth p = new FamilyInWidth(family, FamilyInWidth.Parameter.WIDTH, 0);
        double[] x = WidthFamily.startPattern(family, start);
        int k0 = start.length;
        for (int kk = k0 + 1; kk <= k; kk++) {
            x = new Newton().solve(p, x, kk, NewtonSettings.DEFAULT).x();
        }
        double[][] w = family.structure(k).matrix(x);
        NetworkLoss loss = Models.loss(0, Matrices.identity(k));
        double[] g = new double[k * k];
        loss.gradient(w, g);
        assertTrue(java.util.Arrays.stream(g).map(v -> v * v).sum() < 1e-20, "a critical point at k = " + k);
        double[] h = new double[k * k * k * k];
        loss.hessian(w, h);
        return (int) java.util.Arrays.stream(SymmetricEigenvalues.of(h, k * k)).filter(v -> v < -1e-8).count();
    }

    @Test
    void nonDiagonalFamilyLosesStabilityInTheStandardBlockBetweenIntegerWidths() throws Exception {
        // Delta S_{k-2} on the first k-2 rows and columns, two further neurons, the last two columns swapped: an
        // index-2 saddle at k = 6 (examples/large-width) whose [k-3,1] block (dimension k-3) turns negative
        YoungFamily m = YoungFamily.parse("Delta(S{k-2})xS1xS1xS2");
        double[][] w6 = read("examples/large-width/saddle-k6-delta4-rows1-1-cols2.json");
        LossBranch b = WidthContinuation.run(m, w6, 0, 24.5, 0.2, 2000, Optional.empty(),
                LossContinuation.Progress.SILENT).branch();
        List<LossEvent> crossings = b.events().stream().filter(e -> e.kind() == EventKind.BRANCH_POINT).toList();
        assertEquals(1, crossings.size(), b.events().toString());
        LossEvent e = crossings.get(0);
        assertEquals("[k-3,1]x[1]x[1]x[2]", e.component());
        assertTrue(e.precision() < 1e-8, "precision " + e.precision());
        WidthTransitions.Transition t = WidthTransitions.locate(m, w6, 0, 23, 24, "[k-3,1]x[1]x[1]x[2]");
        assertEquals(t.k(), e.alpha(), 1e-8, "continuation in k and Brent on the block eigenvalue");
        assertTrue(e.alpha() > 23 && e.alpha() < 24, "k* = " + e.alpha());
        // the dense Hessians of the integer members on both sides: the index jumps by dim [21,1] = 21
        assertEquals(2, denseIndex(m, w6, 23));
        assertEquals(23, denseIndex(m, w6, 24));
    }

    @Test
    void typeAFamilyBecomesAMinimumAtAFractionalWidthFoundByTwoRoutes() throws Exception {
        YoungFamily a = YoungFamily.parse("Delta(S{k-1}xS1)");
        double[][] w6 = read("examples/spurious-minima/spurious-k6.json");
        LossBranch b = WidthContinuation.run(a, w6, 0, 5, 0.05, 2000, Optional.empty(),
                LossContinuation.Progress.SILENT).branch();
        List<LossEvent> crossings = b.events().stream().filter(e -> e.kind() == EventKind.BRANCH_POINT).toList();
        assertEquals(1, crossings.size(), b.events().toString());
        LossEvent e = crossings.get(0);
        assertEquals("[k-2,1]x[1]", e.component());
        assertTrue(e.precision() < 1e-10);
        WidthTransitions.Transition t = WidthTransitions.locate(a, w6, 0, 6, 5, "[k-2,1]x[1]");
        assertEquals(t.k(), e.alpha(), 1e-10, "continuation in k and Brent on the block eigenvalue");
        assertTrue(e.alpha() > 5 && e.alpha() < 6);
        // the integer widths on both sides, from the dense Hessian of the integer members
        assertTrue(denseLambdaMin(a, w6, 5) < 0, "a saddle at k = 5");
        assertTrue(denseLambdaMin(a, w6, 6) > 0, "a minimum at k = 6");
    }

    @Test
    void twoBlockFamilyIsAMinimumFromAFractionalWidthBetweenSevenAndEight() throws Exception {
        YoungFamily s2 = YoungFamily.parse("Delta(S{k-2}xS2)");
        double[][] w9 = read("examples/spurious-minima/spurious-k9-S7xS2.json");
        LossBranch b = WidthContinuation.run(s2, w9, 0, 7, 0.05, 2000, Optional.empty(),
                LossContinuation.Progress.SILENT).branch();
        LossEvent e = b.events().stream().filter(x -> x.component().equals("[k-3,1]x[2]")).findFirst().orElseThrow();
        assertTrue(e.alpha() > 7 && e.alpha() < 8, "k* = " + e.alpha());
        WidthTransitions.Transition t = WidthTransitions.locate(s2, w9, 0, 8, 7, "[k-3,1]x[2]");
        assertEquals(t.k(), e.alpha(), 1e-10);
        assertTrue(denseLambdaMin(s2, w9, 7) < 0, "a saddle at k = 7");
        assertTrue(denseLambdaMin(s2, w9, 8) > 0, "a minimum at k = 8 (before the k >= 9 of the abstract)");
    }

    @Test
    void theEventCurveMeetsTheContinuationInKAtAnotherSlope() throws Exception {
        YoungFamily a = YoungFamily.parse("Delta(S{k-1}xS1)");
        double[][] w6 = read("examples/spurious-minima/spurious-k6.json");
        WidthContinuation.Result r = WidthContinuation.run(a, w6, 0, 5, 0.05, 2000, Optional.of(0.4),
                LossContinuation.Progress.SILENT);
        EventCurve.Curve c = r.curves().get(0);
        int last = c.alpha().length - 1;
        assertEquals(0.4, c.alpha()[last], 1e-12);
        // route 2: at alpha = 0.4 the type-A family, continued from k = 6 (where it is continued in alpha first), crosses
        // the same block at the width the curve reached
        FamilyInWidth inAlpha = new FamilyInWidth(a, FamilyInWidth.Parameter.SLOPE, 6);
        double[] x = WidthFamily.startPattern(a, w6);
        for (int i = 1; i <= 8; i++) {
            x = new Newton().solve(inAlpha, x, 0.4 * i / 8, NewtonSettings.DEFAULT).x();
        }
        double[][] w6at04 = YoungStructure.diagonal(a.parts(6)).matrix(x);
        WidthTransitions.Transition t = WidthTransitions.locate(a, w6at04, 0.4, 6, 5, "[k-2,1]x[1]");
        assertEquals(t.k(), c.width()[last], 1e-8);
    }
}
