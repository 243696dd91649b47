package org.landscape.claims;

import org.junit.jupiter.api.Test;
import org.landscape.base.InvalidInputException;
import org.landscape.io.ClaimsReader;
import org.landscape.solve.EventKind;
import org.landscape.symbolic.Symja;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each claim kind with a case that holds and one that fails, where the truth is known independently:
 * W = V is a global minimum for every alpha (L >= 0 = L(V)), so its Hessian is positive semi-definite and
 * no eigenvalue can change sign; at alpha = 1 the loss is 1/2 |sum w - sum v|^2 whose Hessian has rank d,
 * so 1 is critical; at alpha = 0 the [k-2,1,1] eigenvalue is 1/4 - 1/(2 pi) > 0 (issue 8's example).
 * Kinds that cannot fail on the global minimum are exercised on a synthetic family with a known crossing.
 */
class ClaimsCheckerTest {

    private static List<ClaimResult> run(String json) {
        ClaimsFile f = ClaimsReader.parse(json, "test.json");
        return new ClaimsChecker().check(f, s -> { });
    }

    private static String file(String model, String claims) {
        return "{\"model\": " + model + ", \"family\": \"global-minimum\", \"claims\": [" + claims + "]}";
    }

    @Test
    void globalMinimumClaimsAgainstKnownTruths() {
        List<ClaimResult> r = run(file("{\"slope\": \"a\"}",
                "{\"id\":\"one\",\"kind\":\"critical-numbers\",\"interval\":[-3,3],\"k\":[5],\"values\":[1]},"
                        + "{\"id\":\"zero\",\"kind\":\"critical-numbers\",\"interval\":[-3,3],\"k\":[5],\"values\":[0]},"
                        + "{\"id\":\"stable\",\"kind\":\"no-instability\",\"interval\":[-3,3],\"k\":{\"from\":4}},"
                        + "{\"id\":\"width\",\"kind\":\"width-independent\",\"k\":{\"from\":4}},"
                        + "{\"id\":\"orbit-none\",\"kind\":\"orbit-types\",\"at\":1,\"k\":5,\"orbit_types\":[]},"
                        + "{\"id\":\"orbit-claimed\",\"kind\":\"orbit-types\",\"at\":1,\"k\":5,\"orbit_types\":[\"Delta(S4xS1)\"]},"
                        + "{\"id\":\"orbit-not-critical\",\"kind\":\"orbit-types\",\"at\":0,\"k\":5,\"orbit_types\":[]}"));
        assertEquals(Verdict.HOLDS, r.get(0).verdict(), r.get(0).explanation());
        assertEquals(Verdict.FAILS, r.get(1).verdict(), r.get(1).explanation());
        double expected = 0.25 - 1 / (2 * Math.PI);
        assertTrue(r.get(1).explanation().contains(String.format(java.util.Locale.ROOT, "%.12f", expected).substring(0, 12)),
                r.get(1).explanation());
        assertEquals(Verdict.HOLDS, r.get(2).verdict(), r.get(2).explanation());
        assertEquals(Verdict.HOLDS, r.get(3).verdict(), r.get(3).explanation());
        assertEquals(Verdict.HOLDS, r.get(4).verdict(), r.get(4).explanation());
        assertEquals(Verdict.FAILS, r.get(5).verdict(), r.get(5).explanation());
        assertEquals(Verdict.FAILS, r.get(6).verdict(), r.get(6).explanation());
        for (CriticalNumber n : r.get(0).found()) {
            assertEquals(EventKind.TOUCH, n.kind(), "a PSD Hessian cannot change sign");
            assertEquals(1.0, n.value(), 1e-50);
        }
    }

    @Test
    void slopeMapMovesTheCriticalNumber() {
        // slope alpha = 1 - a: alpha = 1 <=> a = 0
        List<ClaimResult> r = run(file("{\"slope\": \"1 - a\"}",
                "{\"kind\":\"critical-numbers\",\"interval\":[-3,3],\"k\":[4,6],\"values\":[0]}"));
        assertEquals(Verdict.HOLDS, r.get(0).verdict(), r.get(0).explanation());
    }

    @Test
    void minimumClaims() {
        List<ClaimResult> r = run("{\"family\":\"point\",\"claims\":["
                + "{\"kind\":\"minimum\",\"at\":0.3,\"student\":\"identity:3\",\"loss\":0,\"tolerance\":1e-12},"
                + "{\"kind\":\"minimum\",\"at\":0.3,\"student\":\"[[0.5,0,0],[0,0.5,0],[0,0,0.5]]\"}]}");
        assertEquals(Verdict.HOLDS, r.get(0).verdict(), r.get(0).explanation());
        assertEquals(Verdict.FAILS, r.get(1).verdict(), r.get(1).explanation());
    }

    /** A one-block family whose eigenvalue a - 1/2 crosses zero at 1/2, and one with root 1/k (width-dependent). */
    @Test
    void syntheticFamilyWithACrossing() {
        ExactBlock crossing = new ExactBlock("[x]", "1", List.of(Symja.eval("a - 1/2"), Symja.eval("-1")),
                ExactBlock.factors(Symja.eval("a - 1/2")), Symja.eval("1"));
        ClaimsChecker checker = new ClaimsChecker(List.of(crossing));
        ClaimsFile f = ClaimsReader.parse(file("{}",
                "{\"kind\":\"no-instability\",\"interval\":[0,1],\"k\":[5]},"
                        + "{\"kind\":\"no-instability\",\"interval\":[0.6,1],\"k\":[5]},"
                        + "{\"kind\":\"critical-numbers\",\"interval\":[0,1],\"k\":[5],\"values\":[0.5],\"types\":[\"crossing\"]}"),
                "t.json");
        List<ClaimResult> r = checker.check(f, s -> { });
        assertEquals(Verdict.FAILS, r.get(0).verdict(), r.get(0).explanation());
        assertEquals(Verdict.HOLDS, r.get(1).verdict(), r.get(1).explanation());
        assertEquals(Verdict.HOLDS, r.get(2).verdict(), r.get(2).explanation());
        CriticalNumber n = r.get(2).found().get(0);
        assertEquals(1, n.indexBelow());
        assertEquals(0, n.indexAbove());

        ExactBlock moving = new ExactBlock("[y]", "1", List.of(Symja.eval("a*k - 1"), Symja.eval("-k")),
                ExactBlock.factors(Symja.eval("a*k - 1")), Symja.eval("1"));
        List<ClaimResult> w = new ClaimsChecker(List.of(moving)).check(ClaimsReader.parse(file("{}",
                "{\"kind\":\"width-independent\",\"interval\":[0,1],\"k\":[4,5]}"), "w.json"), s -> { });
        assertEquals(Verdict.FAILS, w.get(0).verdict(), w.get(0).explanation());
    }

    @Test
    void malformedFilesNameLineAndField() {
        var e = assertThrows(InvalidInputException.class, () -> ClaimsReader.parse(
                "{\n \"claims\": [\n  {\"kind\": \"critical-numbers\",\n   \"interval\": [3, -3]}\n ]\n}", "bad.json"));
        assertTrue(e.getMessage().startsWith("bad.json:4: field 'interval'"), e.getMessage());
        var e2 = assertThrows(InvalidInputException.class, () -> ClaimsReader.parse(
                "{\"claims\": [{\"kind\": \"guess\"}]}", "bad2.json"));
        assertTrue(e2.getMessage().contains("field 'kind'") && e2.getMessage().contains("guess"), e2.getMessage());
        var e3 = assertThrows(InvalidInputException.class, () -> ClaimsReader.parse("{\"claims\": [", "bad3.json"));
        assertTrue(e3.getMessage().startsWith("bad3.json:1:"), e3.getMessage());
    }

    /**
     * Regression (issue 20, item 6): the claim "no critical number on [-3, 0)" came out undecided because a
     * characteristic coefficient was tested at a = 1, outside the claim's interval. A verdict looks only inside its
     * interval. Truth, independently: at W = V = I_k the only critical number in [-3, 3] is alpha = 1 (identity
     * activation: the Hessian of 1/2 |sum w - sum v|^2 has rank d); the dense Hessian's smallest eigenvalue is
     * positive on a grid of [-3, 0] (checked below with the compiled model, not the exact blocks).
     */
    @Test
    void emptyValueClaimsLookOnlyInsideTheirInterval() {
        List<ClaimResult> r = run(file("{\"slope\": \"a\"}",
                "{\"id\":\"below-zero\",\"kind\":\"critical-numbers\",\"interval\":[-3,0],\"open\":true,"
                        + "\"k\":{\"from\":4},\"values\":[]},"
                        + "{\"id\":\"closed-below\",\"kind\":\"critical-numbers\",\"interval\":[-3,0],\"k\":[4,5],\"values\":[]},"
                        + "{\"id\":\"around-one\",\"kind\":\"critical-numbers\",\"interval\":[0.5,1.5],\"k\":[4,5],\"values\":[]},"
                        + "{\"id\":\"open-at-one\",\"kind\":\"critical-numbers\",\"interval\":[1,3],\"open\":true,\"k\":[4],\"values\":[]},"
                        + "{\"id\":\"closed-at-one\",\"kind\":\"critical-numbers\",\"interval\":[1,3],\"k\":[4],\"values\":[]},"
                        + "{\"id\":\"above\",\"kind\":\"critical-numbers\",\"interval\":[1.5,3],\"k\":[4,6],\"values\":[]}"));
        Verdict[] expected = {Verdict.HOLDS, Verdict.HOLDS, Verdict.FAILS, Verdict.HOLDS, Verdict.FAILS, Verdict.HOLDS};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], r.get(i).verdict(), r.get(i).claim().id() + ": " + r.get(i).explanation());
        }
        assertTrue(r.get(2).explanation().contains("unclaimed critical number 1"), r.get(2).explanation());
        assertTrue(r.get(0).found().isEmpty() && r.get(5).found().isEmpty());
        for (int k = 4; k <= 5; k++) {
            double[][] v = org.landscape.model.Matrices.identity(k);
            for (double alpha = -3; alpha <= 0; alpha += 0.05) {
                double[] h = new double[k * k * k * k];
                org.landscape.model.Models.loss(alpha, v).hessian(v, h);
                double min = new org.hipparchus.linear.EigenDecompositionSymmetric(
                        org.hipparchus.linear.MatrixUtils.createRealMatrix(square(h, k * k))).getEigenvalues()[k * k - 1];
                assertTrue(min > 1e-3, "k = " + k + ", alpha = " + alpha + ": lambda_min = " + min);
            }
        }
    }

    private static double[][] square(double[] h, int m) {
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(h, i * m, a[i], 0, m);
        }
        return a;
    }
}
