package org.landscape.continuation;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;

/**
 * Settings of {@link LossContinuation}.
 *
 * @param alphaStart     the start alpha (Newton runs there)
 * @param alphaEnd       the target alpha, different from the start
 * @param switchBranches follow every predicted branch at every crossing
 * @param maxSteps       accepted steps on the main branch, in [1, 10^6]
 * @param maxStep        largest arclength step, in (0, 1]
 * @param switchSteps    accepted steps on each half of a switched branch, in [1, 10^5]
 * @param switchOffset   distance from the crossing of the first point of a switched branch, in (0, 1]
 * @param maxNorm        stop when \( \|W\|_F \) exceeds this (escape to infinity)
 */
public record LossContinuationSettings(double alphaStart, double alphaEnd, boolean switchBranches, int maxSteps,
        double maxStep, int switchSteps, double switchOffset, double maxNorm) {

    public LossContinuationSettings {
        Require.finite(alphaStart, "`alphaStart`");
        Require.finite(alphaEnd, "`alphaEnd`");
        if (alphaStart == alphaEnd) {
            throw new InvalidInputException(ContinuationMessages.SAME_ALPHA.format(alphaEnd));
        }
        if (maxSteps < 1 || maxSteps > 1_000_000) {
            throw new InvalidInputException(ContinuationMessages.OUT_OF_RANGE.format("`maxSteps`", maxSteps,
                    "[1, 1000000]"));
        }
        if (!(maxStep > 0 && maxStep <= 1)) {
            throw new InvalidInputException(ContinuationMessages.OUT_OF_RANGE.format("`maxStep`", maxStep, "(0, 1]"));
        }
        if (switchSteps < 1 || switchSteps > 100_000) {
            throw new InvalidInputException(ContinuationMessages.OUT_OF_RANGE.format("`switchSteps`", switchSteps,
                    "[1, 100000]"));
        }
        if (!(switchOffset > 0 && switchOffset <= 1)) {
            throw new InvalidInputException(ContinuationMessages.OUT_OF_RANGE.format("switch offset", switchOffset,
                    "(0, 1]"));
        }
        if (!(maxNorm > 0)) {
            throw new InvalidInputException(ContinuationMessages.OUT_OF_RANGE.format("max norm", maxNorm,
                    "(0, inf]"));
        }
    }

    /** @return defaults: no switching, 2000 steps of at most 0.05, 60 steps per switched half, offset 0.02, norm 1e3 */
    public static LossContinuationSettings of(double alphaStart, double alphaEnd) {
        return new LossContinuationSettings(alphaStart, alphaEnd, false, 2000, 0.05, 60, 0.02, 1e3);
    }

    /** @return a copy with branch switching on or off */
    public LossContinuationSettings withSwitching(boolean on) {
        return new LossContinuationSettings(alphaStart, alphaEnd, on, maxSteps, maxStep, switchSteps, switchOffset,
                maxNorm);
    }

    /** @return a copy with other step limits */
    public LossContinuationSettings withSteps(int max, double largest, int perSwitchedHalf) {
        return new LossContinuationSettings(alphaStart, alphaEnd, switchBranches, max, largest, perSwitchedHalf,
                switchOffset, maxNorm);
    }

    /** @return a copy with another switching offset */
    public LossContinuationSettings withSwitchOffset(double h) {
        return new LossContinuationSettings(alphaStart, alphaEnd, switchBranches, maxSteps, maxStep, switchSteps, h,
                maxNorm);
    }
}
