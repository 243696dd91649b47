package org.landscape.symbolic;

import org.junit.jupiter.api.Test;
import org.landscape.compile.JaninoCompiler;
import org.landscape.compile.generated.LeakyKernelProfiles;
import org.landscape.model.Models;
import org.landscape.model.ProfileKernel;
import org.landscape.symbolic.KernelFrameFormulas.FrameFormula;
import org.landscape.symbolic.KernelFrameFormulas.FrameVector;
import org.landscape.symbolic.print.JavaExportPrinter;

import java.lang.reflect.Method;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assembly derived by Symja differentiation equals the derivative template of STACK-NOTES (a closed form
 * checked there numerically, not produced by this code), term by term; and the exported Java of the frame
 * coefficients, combined with the compiled profiles, reproduces the compiled model's Hessian blocks in d = 4.
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

    @Test
    void exportedFrameCoefficientsReproduceTheCompiledModel() throws Exception {
        String src = JavaExportPrinter.print(FormulaId.HESSIAN_WV_FRAME);
        Class<?> cls = JaninoCompiler.compile("LeakyReluHessianWvFrame", src);
        Method coef = cls.getMethod("hessianWVFrame", double.class, double.class, double.class, double.class,
                double.class, double.class, double.class, double.class);
        double alpha = 0.35;
        double[] w = {0.4, 0.9, -0.1, 0.3};
        double[] v = {1.1, -0.2, 0.5, 0.7};
        double nw = Math.sqrt(0.16 + 0.81 + 0.01 + 0.09);
        double nv = Math.sqrt(1.21 + 0.04 + 0.25 + 0.49);
        double u = 0;
        for (int c = 0; c < 4; c++) {
            u += w[c] * v[c] / (nw * nv);
        }
        double theta = Math.acos(u);
        double[] p = new double[8];
        new LeakyKernelProfiles().nearZero(theta, p);
        double beta = (1 - alpha) * (1 - alpha);
        double hp = alpha * p[1] + beta * p[5];
        double s = alpha * p[2] + beta * p[6];
        double t = alpha * p[3] + beta * p[7];
        double[] c = (double[]) coef.invoke(null, nw, nv, theta, 0.0, hp, s, t, alpha);
        double[] n = new double[4];
        double[] m = new double[4];
        double sin = Math.sin(theta);
        for (int q = 0; q < 4; q++) {
            n[q] = (v[q] / nv - u * w[q] / nw) / sin;
            m[q] = (w[q] / nw - u * v[q] / nv) / sin;
        }
        ProfileKernel pk = Models.kernel(alpha);
        double[] expected = new double[16];
        pk.hessianWV(w, v, expected);
        for (int r = 0; r < 4; r++) {
            for (int q = 0; q < 4; q++) {
                double got = (r == q ? c[0] : 0) + c[1] * w[r] / nw * v[q] / nv + c[2] * n[r] * m[q];
                assertEquals(expected[r * 4 + q], got, 1e-13);
            }
        }
    }
}
