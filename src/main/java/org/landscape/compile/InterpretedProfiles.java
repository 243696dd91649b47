package org.landscape.compile;

import org.landscape.symbolic.KernelDerivation;
import org.landscape.symbolic.Profile;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The slow fallback of {@link KernelProfiles}: evaluates the sixteen profile expressions of
 * {@link KernelDerivation} (linear and ReLU parts, in \( \theta \) and in \( \varphi = \pi - \theta \))
 * numerically with Symja on every call, without generating or compiling any code.
 *
 * <p>Accuracy: at \( x \ge \) {@link #HIGH_PRECISION_BELOW} each expression is evaluated in machine
 * precision by Symja ({@code evalf}); below it, where closed forms such as
 * \( (\sin\varphi - \varphi\cos\varphi)/(2\pi) \) cancel, in 30-digit arithmetic ({@code N[.., 30]}) and rounded,
 * which replaces the Taylor series of the generated code. Cost: about 40 us per profile in machine
 * precision (0.3 ms per call of {@link #nearZero}), milliseconds in 30 digits: 10^3 to 10^5 times slower than
 * the generated class. Calls are serialised (Symja engines are per thread), so parallel callers wait.
 */
public final class InterpretedProfiles implements KernelProfiles {
    /**
     * Below this angle the expressions are evaluated in 30 digits. The generated evaluator switches
     * to series below 0.555 (ReLU value profile near \( \pi \), see {@code LeakyKernelProfiles.SWITCH_NEAR_PI}).
     */
    public static final double HIGH_PRECISION_BELOW = 0.6;

    private final IExpr[][] exprs = new IExpr[2][8];
    private final ExprEvaluator evaluator;
    private final IExpr theta;
    private final IExpr phi;

    /** Derives the profiles (about 10-20 s on first use in a JVM). */
    public InterpretedProfiles() {
        KernelDerivation d = KernelDerivation.get();
        Profile[] parts = {d.linear(), d.relu()};
        for (int p = 0; p < 2; p++) {
            System.arraycopy(parts[p].nearZero(), 0, exprs[0], 4 * p, 4);
            System.arraycopy(parts[p].nearPi(), 0, exprs[1], 4 * p, 4);
        }
        evaluator = Symja.evaluator();
        theta = Symja.eval("theta");
        phi = Symja.eval("phi");
        if (!theta.isSymbol() || !phi.isSymbol()) {
            throw new IllegalStateException("the Symja symbols theta and phi have values assigned; "
                    + "the interpreted profiles need them free");
        }
    }

    @Override
    public synchronized void nearZero(double x, double[] out) {
        evaluate(0, theta, "theta", x, out);
    }

    @Override
    public synchronized void nearPi(double x, double[] out) {
        evaluate(1, phi, "phi", x, out);
    }

    private void evaluate(int end, IExpr var, String name, double x, double[] out) {
        EvalEngine.set(evaluator.getEvalEngine());
        for (int i = 0; i < 8; i++) {
            if (x < HIGH_PRECISION_BELOW) {
                out[i] = Symja.numeric(exprs[end][i], new String[]{name}, new double[]{x}, 30).doubleValue();
            } else {
                out[i] = evaluator.evalf(exprs[end][i].subs(var, F.num(x)));
            }
        }
    }

    @Override
    public String provenance() {
        return "interpreted: Symja evaluates the derived profile expressions on every call (slow fallback)";
    }
}
