package org.landscape.compile;

import org.landscape.base.Evidence;
import org.landscape.symbolic.KernelFormulas;
import org.landscape.symbolic.Profile;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.interfaces.IExpr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Random;

/**
 * Checks that the compiled profiles reproduce the derived Symja expressions: each alpha-combined
 * profile is evaluated by Symja in 40 digits and by the compiled evaluator at seeded random
 * \( (\theta, \alpha) \), including angles near 0 and \( \pi \); the maximum relative error is the
 * evidence attached to every exported formula.
 */
public final class FormulaCheck {
    private FormulaCheck() {
    }

    /** @return evidence: max relative error of compiled vs 40-digit symbolic over {@code samples} points */
    public static Evidence compiledAgainstSymbolic(KernelProfiles compiled, int samples) {
        Map<String, IExpr> p = KernelFormulas.get().profiles();
        String[] names = Profile.NAMES;
        Random rnd = new Random(2024);
        double max = 0;
        double[] out = new double[8];
        for (int i = 0; i < samples; i++) {
            double theta = switch (i % 4) {
                case 0 -> Math.PI * rnd.nextDouble();
                case 1 -> Math.pow(10, -12 * rnd.nextDouble());
                case 2 -> Math.PI - Math.pow(10, -8 * rnd.nextDouble());
                default -> Math.PI / 2 * rnd.nextDouble();
            };
            double alpha = -3 + 6 * rnd.nextDouble();
            double phi = Math.PI - theta;
            if (theta <= Math.PI / 2) {
                compiled.nearZero(theta, out);
            } else {
                compiled.nearPi(phi, out);
            }
            double beta = (1 - alpha) * (1 - alpha);
            for (int j = 0; j < 4; j++) {
                double value = alpha * out[j] + beta * out[4 + j];
                BigDecimal ref = Symja.numeric(p.get(names[j]), new String[]{"theta", "alpha"},
                        new double[]{theta, alpha}, 40);
                BigDecimal diff = new BigDecimal(value).subtract(ref).abs();
                double scale = Math.abs(alpha) + beta; // the profiles are O(|alpha| + beta)
                double rel = diff.divide(BigDecimal.valueOf(Math.max(ref.abs().doubleValue(), 1e-300)),
                        MathContext.DECIMAL64).doubleValue();
                double relScale = diff.doubleValue() / scale;
                max = Math.max(max, Math.min(rel, relScale));
            }
        }
        return new Evidence("compiled profiles vs 40-digit Symja evaluation of the derived expressions", max,
                samples + " seeded points (theta uniform, near 0 down to 1e-12, near pi down to pi - 1e-8; alpha in [-3,3]);"
                        + " error relative to the value or to |alpha| + (1-alpha)^2, whichever is smaller");
    }
}
