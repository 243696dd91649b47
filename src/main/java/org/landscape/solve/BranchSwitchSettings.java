package org.landscape.solve;

import org.landscape.base.Require;

/**
 * Settings of {@link BranchSwitching}.
 *
 * @param offset       distance \( h \) from the branch point along the kernel direction at which the first point of
 *                     the new branch is corrected; in (0, 1]. It must be large compared with the located precision
 *                     and small compared with the scale of the normal form.
 * @param continuation settings for continuing each half of the new branch
 */
public record BranchSwitchSettings(double offset, ContinuationSettings continuation) {

    public BranchSwitchSettings {
        if (!(offset > 0 && offset <= 1)) {
            throw SolveMessages.OUT_OF_RANGE.invalid("branch switching offset", offset, "(0, 1]");
        }
        Require.nonNull(continuation, "branch switching continuation settings");
    }

    /** @return offset 0.01 and the given continuation settings */
    public static BranchSwitchSettings of(ContinuationSettings continuation) {
        return new BranchSwitchSettings(0.01, continuation);
    }

    /** @return a copy with another offset */
    public BranchSwitchSettings withOffset(double h) {
        return new BranchSwitchSettings(h, continuation);
    }
}
