package org.landscape.dynamics;

import org.landscape.base.Evidence;

import java.util.List;

/**
 * Result of {@link GdStability}.
 *
 * @param verdict            stable or unstable flip, or why the criterion does not apply
 * @param reason             one line: the reason (for NOT_APPLICABLE) or the reading of the verdict
 * @param gradientNorm       \( |\nabla L| \) at the point
 * @param lambdaMax          \( \lambda_{max} \) of the Hessian (NaN if not computed)
 * @param etaStar            \( \eta^* = 2/\lambda_{max} \): gradient descent is linearly stable for \( \eta < \eta^* \)
 * @param lambdaGap          \( \lambda_{max} - \lambda_2 \) (simplicity of the top eigenvalue)
 * @param third              \( L_3 = \nabla^3 L[e,e,e] \)
 * @param fourth             \( L_4 = \nabla^4 L[e,e,e,e] \)
 * @param coupling           \( t^T H^{-1} t \) with \( t = \nabla^3 L[e,e,\cdot] \) (the centre-manifold correction)
 * @param flipCoefficient    \( \beta = (t^T H^{-1} t - L_4/3)/\lambda_{max} \); \( \beta > 0 \): supercritical flip
 * @param predictedAmplitude \( \sqrt{2\delta/\beta} \): amplitude along e of the period-2 orbit at \( \eta = (1+\delta)\eta^* \)
 * @param derivativeEvidence how L_3, L_4, t were obtained and their estimated accuracy
 * @param runs               gradient-descent runs below and above \( \eta^* \)
 * @param settings           the settings used
 */
public record StabilityReport(Verdict verdict, String reason, double gradientNorm, double lambdaMax, double etaStar,
                              double lambdaGap, double third, double fourth, double coupling, double flipCoefficient,
                              double predictedAmplitude, Evidence derivativeEvidence, List<GdRun> runs,
                              StabilitySettings settings) {
    /** Copies the list. */
    public StabilityReport {
        runs = List.copyOf(runs);
    }

    /** @return true if the gradient norm is within the stationarity threshold the analysis uses */
    public boolean atCriticalPoint() {
        return gradientNorm <= DynamicsThresholds.STATIONARY_GRADIENT;
    }

    /** The reading of the flip criterion. */
    public enum Verdict {
        /** \( \beta > 0 \): at \( \eta^* \) the minimum is stable; just above, GD settles on a small period-2 orbit. */
        STABLE_OSCILLATION,
        /** \( \beta < 0 \): subcritical flip; at and just above \( \eta^* \) GD leaves the minimum. */
        UNSTABLE,
        /** The criterion does not apply here (reason given): not a minimum, not C^3, degenerate or multiple top eigenvalue. */
        NOT_APPLICABLE
    }

    /**
     * One gradient-descent run \( x_{n+1} = x_n - \eta \nabla L(x_n) \) from \( x^* + \varepsilon e \).
     *
     * @param eta       step size
     * @param steps     steps taken
     * @param outcome   converged, period two, diverged
     * @param amplitude \( \max |e\cdot(x_n - x^*)| \) over the last 64 steps
     * @param distance  \( |x_N - x^*| \) at the end
     */
    public record GdRun(double eta, int steps, Outcome outcome, double amplitude, double distance) {
    }

    /** What a GD run did. */
    public enum Outcome {
        /** Returned to the minimum. */
        CONVERGED,
        /** Settled on a bounded oscillation \( x_{n+2} \approx x_n \ne x^* \). */
        PERIOD_TWO,
        /** Left the neighbourhood (or hit a dead neuron). */
        DIVERGED,
        /** None of the above within the step budget. */
        UNSETTLED
    }
}
