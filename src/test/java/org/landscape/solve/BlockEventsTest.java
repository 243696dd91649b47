package org.landscape.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Crossings per isotypic block: multiplicities, close crossings, and a block the callback forgot. */
class BlockEventsTest {

    private final PalcContinuation palc = new PalcContinuation();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void multipleCrossingAtSqrtTwoHasTheBlockMultiplicity(int m) {
        // AUTO-07p dropped 4- and 6-fold crossings of this kind (STACK-NOTES); here each is one located event
        Branch b = palc.run(NormalForms.sqrt2Multiple(m), new double[m + 1], 0.0, ContinuationSettings.of(0, 2));
        assertEquals(1, b.events().size(), b.events().toString());
        SpecialPoint e = b.events().get(0);
        assertEquals(EventKind.BRANCH_POINT, e.kind());
        assertEquals("E", e.component());
        assertEquals(m, e.multiplicity());
        assertEquals(m, e.kernelDimension());
        assertEquals(0, e.indexBefore());
        assertEquals(m, e.indexAfter());
        assertEquals(Math.sqrt(2), e.p(), 1e-12);
        assertTrue(e.precision() <= 1e-12);
    }

    @Test
    void closeCrossingsInDifferentBlocksAreSeparateEvents() {
        double pB = 1 + 1e-7;
        DoubleUnaryOperator[] lambdas = {p -> 1 - p, p -> pB - p, p -> 3 - p};
        SmoothProblem f = NormalForms.diagonal(new String[] {"A", "B", "C"}, lambdas, "");
        Branch b = palc.run(f, new double[3], 0.0, ContinuationSettings.of(0, 2));
        assertEquals(2, b.events().size(), b.events().toString());
        SpecialPoint a = b.events().stream().filter(e -> e.component().equals("A")).findFirst().orElseThrow();
        SpecialPoint bb = b.events().stream().filter(e -> e.component().equals("B")).findFirst().orElseThrow();
        assertEquals(1.0, a.p(), 1e-12);
        assertEquals(pB, bb.p(), 1e-12);
        // the index is 0 before both; the two events come from the same step, each sees the step's ends
        assertEquals(1, a.multiplicity());
        assertEquals(1, bb.multiplicity());
    }

    @Test
    void twoEigenvaluesOfOneBlockCrossingApartAreTwoEvents() {
        double second = 1 + 1e-6;
        DoubleUnaryOperator[] lambdas = {p -> 1 - p, p -> second - p};
        SmoothProblem f = NormalForms.diagonal(new String[] {"B", "B"}, lambdas, "");
        Branch b = palc.run(f, new double[2], 0.0, ContinuationSettings.of(0, 2));
        assertEquals(2, b.events().size(), b.events().toString());
        assertEquals(1.0, b.events().get(0).p(), 1e-12);
        assertEquals(second, b.events().get(1).p(), 1e-12);
        for (SpecialPoint e : b.events()) {
            assertEquals("B", e.component());
            assertEquals(1, e.multiplicity());
        }
    }

    @Test
    void determinantCatchesACrossingInABlockTheCallbackLeftOut() {
        DoubleUnaryOperator[] lambdas = {p -> 1 + p, p -> p * p - 0.5};
        SmoothProblem f = NormalForms.diagonal(new String[] {"A", "H"}, lambdas, "H");
        Branch b = palc.run(f, new double[2], 0.0, ContinuationSettings.of(0, 2));
        List<SpecialPoint> det = b.events().stream().filter(e -> e.component().equals("det")).toList();
        assertEquals(1, det.size(), b.events().toString());
        assertEquals(Math.sqrt(0.5), det.get(0).p(), 1e-12);
        assertEquals(1, b.events().size(), "nothing else: block A never crosses on p in [0, 2]");
    }

    @Test
    void everyLocatedPointLiesInsideItsBracket() {
        DoubleUnaryOperator[] lambdas = {p -> Math.sin(3 * p), p -> Math.cos(2 * p) - 0.3, p -> (p - 1.2) * (p - 1.2)};
        SmoothProblem f = NormalForms.diagonal(new String[] {"A", "B", "C"}, lambdas, "");
        Branch b = palc.run(f, new double[3], 0.01, ContinuationSettings.of(0.01, 3));
        // sin 3p: zeros pi/3, 2pi/3; cos 2p = 0.3: acos(0.3)/2, pi - acos(0.3)/2; (p - 1.2)^2: touch at 1.2
        double[] expected = {Math.PI / 3, 2 * Math.PI / 3, Math.acos(0.3) / 2, Math.PI - Math.acos(0.3) / 2};
        assertEquals(5, b.events().size(), b.events().toString());
        assertEquals(1, b.events(EventKind.TOUCH).size());
        assertEquals(1.2, b.events(EventKind.TOUCH).get(0).p(), 1e-10);
        for (double p : expected) {
            assertTrue(b.events(EventKind.BRANCH_POINT).stream().anyMatch(e -> Math.abs(e.p() - p) <= 1e-12),
                    "crossing at " + p + " in " + b.events());
        }
        for (SpecialPoint e : b.events()) {
            assertTrue(e.pLow() <= e.p() && e.p() <= e.pHigh(), e.toString());
        }
    }

    @Test
    void blocksFromOrthonormalBasesMatchTheHandWrittenCallback() {
        // sqrt2Multiple(3): block A = span e0, block E = span e1..e3, written out as bases in a rotated form
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        double[][] a = {{1}, {0}, {0}, {0}};
        double[][] e = {{0, 0, 0}, {c, -s, 0}, {s, c, 0}, {0, 0, 1}};
        SmoothProblem base = NormalForms.sqrt2Multiple(3);
        SmoothProblem viaBases = new SmoothProblem() {
            public int dimension() {
                return 4;
            }

            public void residual(double[] x, double p, double[] out) {
                base.residual(x, p, out);
            }

            public void jacobian(double[] x, double p, double[] jac) {
                base.jacobian(x, p, jac);
            }

            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }

            public SpectralBlocks spectralBlocks() {
                return SpectralBlocks.fromBases(List.of("A", "E"), List.of(a, e));
            }
        };
        double[] x = {0.3, 0.1, -0.2, 0.05};
        double[] j = new double[16];
        base.jacobian(x, 0.7, j);
        List<BlockSpectrum> expected = base.spectralBlocks().at(x, 0.7, j);
        List<BlockSpectrum> actual = viaBases.spectralBlocks().at(x, 0.7, j);
        for (int b = 0; b < 2; b++) {
            assertEquals(expected.get(b).label(), actual.get(b).label());
            for (int k = 0; k < expected.get(b).size(); k++) {
                assertEquals(expected.get(b).eigenvalue(k), actual.get(b).eigenvalue(k), 1e-14);
            }
        }
        Branch br = palc.run(viaBases, new double[4], 0.0, ContinuationSettings.of(0, 2));
        assertEquals(1, br.events().size());
        assertEquals("E", br.events().get(0).component());
        assertEquals(3, br.events().get(0).multiplicity());
        assertEquals(Math.sqrt(2), br.events().get(0).p(), 1e-12);
    }

    @Test
    void foldInOneBlockAndCrossingInAnotherAreClassifiedByBlock() {
        // L = x0^3/3 - p x0 + (2 - p^2)|u|^2/2 + |u|^4/4, u = (x1, x2): branch x0^2 = p, u = 0; block A = {2 x0}
        // (zero at the fold p = 0), block E = {2 - p^2 (twice)} (crossing at p = sqrt 2, after the fold)
        SmoothProblem f = new SmoothProblem() {
            public int dimension() {
                return 3;
            }

            public void residual(double[] x, double p, double[] out) {
                double u2 = x[1] * x[1] + x[2] * x[2];
                out[0] = x[0] * x[0] - p;
                out[1] = (2 - p * p + u2) * x[1];
                out[2] = (2 - p * p + u2) * x[2];
            }

            public void jacobian(double[] x, double p, double[] j) {
                double u2 = x[1] * x[1] + x[2] * x[2];
                java.util.Arrays.fill(j, 0);
                j[0] = 2 * x[0];
                j[4] = 2 - p * p + u2 + 2 * x[1] * x[1];
                j[5] = 2 * x[1] * x[2];
                j[7] = j[5];
                j[8] = 2 - p * p + u2 + 2 * x[2] * x[2];
            }

            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }

            public SpectralBlocks spectralBlocks() {
                double[][] a = {{1}, {0}, {0}};
                double[][] e = {{0, 0}, {1, 0}, {0, 1}};
                return SpectralBlocks.fromBases(List.of("A", "E"), List.of(a, e));
            }
        };
        ContinuationSettings st = ContinuationSettings.of(-1, 1.9).withDirection(Direction.DECREASING_P);
        Branch b = palc.run(f, new double[] {-1, 0, 0}, 1.0, st);
        assertEquals(BranchStatus.REACHED_PARAMETER_LIMIT, b.status());
        assertEquals(2, b.events().size(), b.events().toString());
        SpecialPoint fold = b.events().get(0);
        SpecialPoint bp = b.events().get(1);
        assertEquals(EventKind.FOLD, fold.kind());
        assertEquals("A", fold.component());
        assertEquals(0.0, fold.p(), 1e-12);
        assertEquals(1, fold.indexBefore());
        assertEquals(0, fold.indexAfter());
        assertEquals(EventKind.BRANCH_POINT, bp.kind());
        assertEquals("E", bp.component());
        assertEquals(2, bp.multiplicity());
        assertEquals(Math.sqrt(2), bp.p(), 1e-12);
        assertTrue(bp.x()[0] > 0, "the crossing is on the upper half, after the fold");
        assertEquals(0, bp.indexBefore());
        assertEquals(2, bp.indexAfter());
    }
}
