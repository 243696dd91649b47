package org.landscape.asymptotics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exact series arithmetic against textbook expansions: the binomial series of \( \sqrt{1+\varepsilon} \), the geometric
 * series, \( \arcsin \varepsilon = \varepsilon + \varepsilon^3/6 + 3\varepsilon^5/40 + \dots \), Laurent inverses, and
 * the Taylor coefficients of the ReLU profile \( g(\theta) = (\sin\theta + (\pi - \theta)\cos\theta)/(2\pi) \) (Cho-Saul)
 * at 0, \( \pi/2 \) and \( \pi \) against that closed form evaluated in double precision.
 */
class SeriesTest {
    /**
     * Symja's parser must be switched to strict Mathematica syntax before anything touches {@code F} (STACK-NOTES);
     * this test builds series from {@code F} constants, so it starts the evaluator first.
     */
    @BeforeAll
    static void symjaFirst() {
        Symja.evaluator();
    }

    private static void assertCoefficient(String expected, Series s, int power) {
        IExpr d = Symja.evaluator().eval(F.Simplify(F.Subtract(s.coefficient(power), Symja.eval(expected))));
        assertTrue(d.isZero(), "coefficient of eps^" + power + ": " + s.coefficient(power) + " != " + expected);
    }

    @Test
    void binomialAndGeometric() {
        Series onePlus = Series.of(0, F.C1, F.C1, F.C0, F.C0, F.C0, F.C0, F.C0, F.C0);
        Series r = onePlus.sqrt();
        String[] binomial = {"1", "1/2", "-1/8", "1/16", "-5/128", "7/256"};
        for (int j = 0; j < binomial.length; j++) {
            assertCoefficient(binomial[j], r, j);
        }
        Series oneMinus = Series.of(0, F.C1, F.CN1, F.C0, F.C0, F.C0, F.C0, F.C0, F.C0);
        Series g = oneMinus.inverse();
        for (int j = 0; j < 8; j++) {
            assertCoefficient("1", g, j);
        }
        // a Laurent inverse: 1/(eps^-2 - 1) = eps^2 + eps^4 + ...
        Series n = Series.monomial(F.C1, -2, 8).plus(Series.constant(F.CN1, 8));
        Series inv = n.inverse();
        assertEquals(2, inv.valuation());
        assertCoefficient("1", inv, 4);
        assertCoefficient("0", inv, 5);
    }

    @Test
    void arcsinComposition() {
        Series eps = Series.monomial(F.C1, 1, 8);
        Series a = eps.compose(ProfileTaylor.elementary("ArcSin[x]", 12));
        assertCoefficient("1", a, 1);
        assertCoefficient("0", a, 2);
        assertCoefficient("1/6", a, 3);
        assertCoefficient("3/40", a, 5);
        assertCoefficient("5/112", a, 7);
    }

    @Test
    void reluProfileTaylorAgainstClosedForm() {
        double h = 0.05;
        double[] at = {0, Math.PI / 2};
        ProfileTaylor.Point[] pts = {ProfileTaylor.Point.ZERO, ProfileTaylor.Point.RIGHT};
        for (int p = 0; p < 2; p++) {
            IExpr[] c = ProfileTaylor.of("g", pts[p], "0", 12);
            double sum = 0;
            for (int m = 0; m < c.length; m++) {
                sum += FamilyExpansion.value(c[m]) * Math.pow(h, m);
            }
            double t = at[p] + h;
            double closed = (Math.sin(t) + (Math.PI - t) * Math.cos(t)) / (2 * Math.PI);
            assertEquals(closed, sum, 1e-14, "Taylor of g at " + pts[p]);
        }
        // at pi in phi = pi - theta
        IExpr[] c = ProfileTaylor.of("g", ProfileTaylor.Point.PI, "0", 12);
        double sum = 0;
        for (int m = 0; m < c.length; m++) {
            sum += FamilyExpansion.value(c[m]) * Math.pow(h, m);
        }
        double t = Math.PI - h;
        assertEquals((Math.sin(t) + (Math.PI - t) * Math.cos(t)) / (2 * Math.PI), sum, 1e-14, "Taylor of g at pi");
    }

    /**
     * The printed truncated series, read back by Symja with k = 100, has the series' value: a compound coefficient with
     * a leading minus sign (e.g. \( -2 - 8/\pi \), \( -1/2 + 128/\pi^6 \)) is negated as a whole, not by its first sign.
     */
    @Test
    void printedSeriesHasTheSeriesValue() {
        Series s = Series.of(2, Symja.eval("-2 - 8/Pi"), Symja.eval("-1/2 + 128/Pi^6"), Symja.eval("3 - Pi"),
                Symja.eval("-(4/Pi)"), Symja.eval("-Sqrt[2]/Pi"));
        String text = SeriesText.plain(s);
        double printed = Symja.eval("N[(" + text.replace("k", "(100)") + ")]").evalf();
        assertEquals(FamilyExpansion.value(s, 100), printed, 1e-14, text);
    }
}
