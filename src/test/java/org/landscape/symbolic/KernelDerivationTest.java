package org.landscape.symbolic;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Symja derivation against closed forms typed here from the literature (not from the code). */
class KernelDerivationTest {

    private static double at(org.matheclipse.core.interfaces.IExpr e, double theta) {
        return Symja.numeric(e, new String[]{"theta"}, new double[]{theta}, 30).doubleValue();
    }

    @Test
    void derivedPartsMatchKnownArcCosineKernels() {
        KernelDerivation d = KernelDerivation.get();
        assertEquals("2", d.radialIntegral().toString());
        assertTrue(d.crossPart().isZero(), "cross term must vanish");
        for (double theta : new double[]{0, 1e-6, 0.4, 1.3, Math.PI / 2, 2.2, 3.0, Math.PI}) {
            // E|X||Y| for unit Gaussians with correlation cos(theta): (2/pi)(sin t + (pi/2 - t) cos t)
            double abs = 2 / Math.PI * (Math.sin(theta) + (Math.PI / 2 - theta) * Math.cos(theta));
            assertEquals(abs, at(d.absProfile(), theta), 1e-14);
            assertEquals(Math.cos(theta), at(d.linearProfile(), theta), 1e-14);
            // Cho and Saul (2009): relu kernel (sin t + (pi - t) cos t)/(2 pi)
            double relu = (Math.sin(theta) + (Math.PI - theta) * Math.cos(theta)) / (2 * Math.PI);
            assertEquals(relu, at(d.relu().g(), theta), 1e-14);
        }
    }

    @Test
    void profilesSatisfyTheirDefiningRelations() {
        // h'(u) = dh/du with u = cos(theta): check by a central difference in u of g(arccos u)
        KernelDerivation d = KernelDerivation.get();
        Profile p = d.relu();
        for (double u : new double[]{-0.9, -0.3, 0.2, 0.7}) {
            double hu = 1e-6;
            double fd = (at(p.g(), Math.acos(u + hu)) - at(p.g(), Math.acos(u - hu))) / (2 * hu);
            double theta = Math.acos(u);
            assertEquals(fd, at(p.hp(), theta), 1e-8);
            assertEquals(at(p.g(), theta) - u * at(p.hp(), theta), at(p.s(), theta), 1e-14);
            double fd2 = (at(p.hp(), Math.acos(u + hu)) - at(p.hp(), Math.acos(u - hu))) / (2 * hu);
            assertEquals(fd2 * (1 - u * u), at(p.t(), theta), 1e-8);
        }
    }

    @Test
    void everyIdentityIsProvenAndNumericallyConfirmed() {
        List<IdentityCheck> checks = KernelIdentities.checkAll();
        assertEquals(8, checks.size());
        for (IdentityCheck c : checks) {
            assertTrue(c.holds(), c.toString());
        }
    }

    @Test
    void exactLimitsAtTheEnds() {
        KernelFormulas f = KernelFormulas.get();
        double alpha = 0.37;
        double[] names = {0};
        String[] a = {"alpha"};
        double[] av = {alpha};
        assertEquals((1 + alpha * alpha) / 2, Symja.numeric(f.limitsAtZero().get("g"), a, av, 30).doubleValue(), 1e-15);
        assertEquals(-alpha, Symja.numeric(f.limitsAtPi().get("g"), a, av, 30).doubleValue(), 1e-15);
        assertEquals(alpha, Symja.numeric(f.limitsAtPi().get("hp"), a, av, 30).doubleValue(), 1e-15);
        assertEquals(0, Symja.numeric(f.limitsAtZero().get("t"), a, av, 30).doubleValue(), 0);
        assertEquals(1, names.length);
    }

    @Test
    void safeTaylorSeriesAgreesWithTheFunction() {
        // (sin x - x cos x) = x^3/3 - x^5/30 + ... : Symja's Series lost such terms (STACK-NOTES)
        var r = TaylorSeries.expand(Symja.eval("Sin[x] - x*Cos[x] + Pi/2*Cos[x]"), "x", "0", 9,
                new String[0], new double[0]);
        assertEquals(BigDecimal.ONE.divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL64).doubleValue(),
                Symja.numeric(r.coefficients()[3], new String[0], new double[0], 20).doubleValue(), 1e-15);
        assertEquals(Math.PI / 2, Symja.numeric(r.coefficients()[0], new String[0], new double[0], 20).doubleValue(),
                1e-15);
        assertTrue(r.relativeError() < 1e-25, "series error " + r.relativeError());
    }
}
