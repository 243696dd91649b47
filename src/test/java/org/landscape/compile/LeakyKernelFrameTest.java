package org.landscape.compile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landscape.compile.generated.LeakyKernelFrame;
import org.landscape.symbolic.KernelFrameFormulas;
import org.landscape.symbolic.KernelFrameFormulas.FrameFormula;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.interfaces.IExpr;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The generated frame assembly of the compiled model reproduces the derived coefficients: at random values of
 * r, rho, g, hp, s, t and alpha, \( r^a \rho^b \) times each generated reduced coefficient equals the Symja
 * coefficient of {@link KernelFrameFormulas} evaluated to 30 digits (so the factoring of the norm powers and the
 * printing are checked, not only that the file matches a fresh generation).
 */
class LeakyKernelFrameTest {

    @BeforeAll
    static void symja() {
        Symja.evaluator();
    }

    private static List<IExpr> coefficients(FrameFormula f) {
        List<IExpr> c = new ArrayList<>();
        if (!f.identity().isZero()) {
            c.add(f.identity());
        }
        f.terms().forEach(t -> c.add(t.coefficient()));
        return c;
    }

    private static void check(String method, FrameFormula f, int[] powers, boolean self, double[] x) throws Exception {
        List<IExpr> c = coefficients(f);
        String[] symbols = KernelFrameFormulas.SYMBOLS.toArray(new String[0]);
        for (int j = 0; j < c.size(); j++) {
            boolean identity = j == 0 && !f.identity().isZero();
            String name = method + (identity ? "Identity" : String.valueOf(f.identity().isZero() ? j : j - 1));
            double reduced;
            if (self) {
                Method m = LeakyKernelFrame.class.getMethod(name, double.class);
                reduced = (double) m.invoke(null, x[7]);
            } else {
                Method m = LeakyKernelFrame.class.getMethod(name, double.class, double.class, double.class, double.class);
                reduced = (double) m.invoke(null, x[3], x[4], x[5], x[6]);
            }
            double got = Math.pow(x[0], powers[0]) * Math.pow(x[1], powers[1]) * reduced;
            double expected = Symja.numeric(c.get(j), symbols, x, 30).doubleValue();
            assertEquals(expected, got, 1e-14 * (1 + Math.abs(expected)), f.id() + " " + name);
        }
    }

    @Test
    void generatedCoefficientsAreTheDerivedOnes() throws Exception {
        KernelFrameFormulas k = KernelFrameFormulas.get();
        Random rnd = new Random(18);
        for (int trial = 0; trial < 5; trial++) {
            double[] x = {0.2 + 2 * rnd.nextDouble(), 0.2 + 2 * rnd.nextDouble(), 3 * rnd.nextDouble(),
                    rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian(), 2 * rnd.nextGaussian()};
            check("gradient", k.gradient(), LeakyKernelFrame.GRADIENT_NORM_POWERS, false, x);
            check("hessianWW", k.hessianWW(), LeakyKernelFrame.HESSIAN_WW_NORM_POWERS, false, x);
            check("hessianWV", k.hessianWV(), LeakyKernelFrame.HESSIAN_WV_NORM_POWERS, false, x);
            check("selfGradient", k.selfGradient(), LeakyKernelFrame.SELF_GRADIENT_NORM_POWERS, true, x);
            check("selfHessian", k.selfHessian(), LeakyKernelFrame.SELF_HESSIAN_NORM_POWERS, true, x);
            IExpr[] w = k.partWeights();
            assertEquals(Symja.numeric(w[0], new String[]{"alpha"}, new double[]{x[7]}, 30).doubleValue(),
                    LeakyKernelFrame.linearWeight(x[7]), 1e-15 * (1 + Math.abs(x[7])));
            assertEquals(Symja.numeric(w[1], new String[]{"alpha"}, new double[]{x[7]}, 30).doubleValue(),
                    LeakyKernelFrame.reluWeight(x[7]), 1e-14 * (1 + x[7] * x[7]));
        }
    }
}
