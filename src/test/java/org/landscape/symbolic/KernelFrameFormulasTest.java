package org.landscape.symbolic;

import org.junit.jupiter.api.Test;
import org.landscape.symbolic.KernelFrameFormulas.FrameFormula;
import org.landscape.symbolic.KernelFrameFormulas.FrameVector;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assembly derived by Symja differentiation equals the derivative template of STACK-NOTES (a closed form
 * checked there numerically, not produced by this code), term by term. The exported Java of the frame coefficients
 * is checked against the compiled model in {@code compile.JavaExportPrinterTest}.
 */
class KernelFrameFormulasTest {

    private static void assertSame(String expected, org.matheclipse.core.interfaces.IExpr got) {
        assertTrue(Symja.eval("Simplify[(" + expected + ") - (" + Symja.input(got) + ")]").isZero(),
                "expected " + expected + ", derived " + Symja.display(got));
    }

    private static void assertTerms(FrameFormula f, String identity, List<FrameVector[]> vectors, String... coefs) {
        assertSame(identity, f.identity());
        assertEquals(coefs.length, f.terms().size(), f.id() + ": " + f.terms());
        for (int j = 0; j < coefs.length; j++) {
            assertEquals(vectors.get(j)[0], f.terms().get(j).left());
            assertEquals(vectors.get(j).length > 1 ? vectors.get(j)[1] : null, f.terms().get(j).right().orElse(null));
            assertSame(coefs[j], f.terms().get(j).coefficient());
        }
    }

    @Test
    void derivedAssemblyIsTheTemplate() {
        KernelFrameFormulas k = KernelFrameFormulas.get();
        assertSame("r*rho*g", k.value());
        assertTerms(k.gradient(), "0", List.of(new FrameVector[]{FrameVector.W_HAT}, new FrameVector[]{FrameVector.V_HAT}),
                "rho*s", "rho*hp");
        assertTerms(k.hessianWW(), "rho*s/r", List.of(new FrameVector[]{FrameVector.W_HAT, FrameVector.W_HAT},
                new FrameVector[]{FrameVector.N, FrameVector.N}), "-rho*s/r", "rho*t/r");
        assertTerms(k.hessianWV(), "hp", List.of(new FrameVector[]{FrameVector.W_HAT, FrameVector.V_HAT},
                new FrameVector[]{FrameVector.N, FrameVector.M}), "s", "t");
        // K(w, w) = (1 + alpha^2)/2 |w|^2 (MATH.md section 2)
        assertSame("(1 + alpha^2)/2*r^2", k.selfValue());
        assertTerms(k.selfGradient(), "0", List.<FrameVector[]>of(new FrameVector[]{FrameVector.W_HAT}),
                "(1 + alpha^2)*r");
        assertTerms(k.selfHessian(), "1 + alpha^2", List.of());
    }
}
