package org.landscape.solve;

import org.landscape.base.Require;

/**
 * Settings of {@link PalcContinuation} (STYLE 3: validated here, stored in the result; no output options).
 *
 * @param pMin              lower parameter limit (finite)
 * @param pMax              upper parameter limit, \( > p_{min} \)
 * @param initialStep       first arclength step, in [minStep, maxStep]
 * @param minStep           smallest step before giving up, in (0, maxStep]
 * @param maxStep           largest step, \( > 0 \); also bounds how far apart test functions are sampled
 * @param maxSteps          at most this many accepted steps, in [1, 10^7]
 * @param maxNorm           stop once \( \|x\|_2 > \) this, \( > 0 \) (may be infinite)
 * @param direction         initial direction of travel in \( p \)
 * @param corrector         Newton settings of the corrector and of every re-correction during localisation
 * @param maxTurnAngle      a step is rejected (and halved) when consecutive tangents differ by more than this angle,
 *                          in (0, pi/2] radians; guards against jumping between branches
 * @param locationTolerance absolute tolerance on the arclength coordinate when locating a zero, in [0, 1e-3]
 *                          (0 means machine precision)
 * @param touchTolerance    an eigenvalue whose modulus has a local minimum \( \le \) this, without a sign change, is a
 *                          TOUCH; in [0, 1)
 */
public record ContinuationSettings(double pMin, double pMax, double initialStep, double minStep, double maxStep,
        int maxSteps, double maxNorm, Direction direction, NewtonSettings corrector, double maxTurnAngle,
        double locationTolerance, double touchTolerance) {

    public ContinuationSettings {
        Require.finite(pMin, "continuation pMin");
        Require.finite(pMax, "continuation pMax");
        if (!(pMax > pMin)) {
            throw SolveMessages.NOT_LARGER.invalid("continuation pMax", pMax, "pMin", pMin);
        }
        if (!(maxStep > 0) || !Double.isFinite(maxStep)) {
            throw SolveMessages.OUT_OF_RANGE.invalid("continuation maxStep", maxStep, "(0, inf)");
        }
        if (!(minStep > 0 && minStep <= maxStep)) {
            throw SolveMessages.OUT_OF_RANGE.invalid("continuation minStep", minStep, "(0, maxStep = " + maxStep + "]");
        }
        if (!(initialStep >= minStep && initialStep <= maxStep)) {
            throw SolveMessages.OUT_OF_RANGE.invalid("continuation initialStep", initialStep,
                    "[minStep = " + minStep + ", maxStep = " + maxStep + "]");
        }
        if (maxSteps < 1 || maxSteps > 10_000_000) {
            throw SolveMessages.OUT_OF_RANGE.invalid("continuation maxSteps", maxSteps, "[1, 10000000]");
        }
        if (!(maxNorm > 0)) {
            throw SolveMessages.OUT_OF_RANGE.invalid("continuation maxNorm", maxNorm, "(0, inf]");
        }
        Require.nonNull(direction, "continuation direction");
        Require.nonNull(corrector, "continuation corrector settings");
        if (!(maxTurnAngle > 0 && maxTurnAngle <= Math.PI / 2)) {
            throw SolveMessages.OUT_OF_RANGE.invalid("continuation maxTurnAngle", maxTurnAngle, "(0, pi/2]");
        }
        if (!(locationTolerance >= 0 && locationTolerance <= 1e-3)) {
            throw SolveMessages.OUT_OF_RANGE.invalid("continuation locationTolerance", locationTolerance, "[0, 1e-3]");
        }
        if (!(touchTolerance >= 0 && touchTolerance < 1)) {
            throw SolveMessages.OUT_OF_RANGE.invalid("continuation touchTolerance", touchTolerance, "[0, 1)");
        }
    }

    /**
     * Defaults for the range [pMin, pMax]: steps 0.05 in [1e-8, 0.1], 2000 steps, no norm limit, increasing p,
     * {@link NewtonSettings#DEFAULT} with 12 iterations, turn angle 0.5 rad, location to machine precision,
     * touch tolerance 1e-8.
     *
     * @return the settings
     */
    public static ContinuationSettings of(double pMin, double pMax) {
        return new ContinuationSettings(pMin, pMax, 0.05, 1e-8, 0.1, 2000, Double.POSITIVE_INFINITY,
                Direction.INCREASING_P, NewtonSettings.DEFAULT.withMaxIterations(12), 0.5, 0.0, 1e-8);
    }

    /** @return a copy with another parameter range */
    public ContinuationSettings withParameterRange(double min, double max) {
        return new ContinuationSettings(min, max, initialStep, minStep, maxStep, maxSteps, maxNorm, direction,
                corrector, maxTurnAngle, locationTolerance, touchTolerance);
    }

    /** @return a copy with other step sizes */
    public ContinuationSettings withSteps(double initial, double min, double max) {
        return new ContinuationSettings(pMin, pMax, initial, min, max, maxSteps, maxNorm, direction, corrector,
                maxTurnAngle, locationTolerance, touchTolerance);
    }

    /** @return a copy with another step limit */
    public ContinuationSettings withMaxSteps(int max) {
        return new ContinuationSettings(pMin, pMax, initialStep, minStep, maxStep, max, maxNorm, direction, corrector,
                maxTurnAngle, locationTolerance, touchTolerance);
    }

    /** @return a copy with another norm limit */
    public ContinuationSettings withMaxNorm(double max) {
        return new ContinuationSettings(pMin, pMax, initialStep, minStep, maxStep, maxSteps, max, direction, corrector,
                maxTurnAngle, locationTolerance, touchTolerance);
    }

    /** @return a copy with another initial direction */
    public ContinuationSettings withDirection(Direction d) {
        return new ContinuationSettings(pMin, pMax, initialStep, minStep, maxStep, maxSteps, maxNorm, d, corrector,
                maxTurnAngle, locationTolerance, touchTolerance);
    }

    /** @return a copy with other corrector settings */
    public ContinuationSettings withCorrector(NewtonSettings c) {
        return new ContinuationSettings(pMin, pMax, initialStep, minStep, maxStep, maxSteps, maxNorm, direction, c,
                maxTurnAngle, locationTolerance, touchTolerance);
    }

    /** @return a copy with another touch tolerance */
    public ContinuationSettings withTouchTolerance(double tol) {
        return new ContinuationSettings(pMin, pMax, initialStep, minStep, maxStep, maxSteps, maxNorm, direction,
                corrector, maxTurnAngle, locationTolerance, tol);
    }

    /** @return a copy with another turn-angle limit */
    public ContinuationSettings withMaxTurnAngle(double angle) {
        return new ContinuationSettings(pMin, pMax, initialStep, minStep, maxStep, maxSteps, maxNorm, direction,
                corrector, angle, locationTolerance, touchTolerance);
    }

    /** @return a copy with another location tolerance */
    public ContinuationSettings withLocationTolerance(double tol) {
        return new ContinuationSettings(pMin, pMax, initialStep, minStep, maxStep, maxSteps, maxNorm, direction,
                corrector, maxTurnAngle, tol, touchTolerance);
    }
}
