package org.landscape.claims;

import org.landscape.base.Evidence;

import java.util.List;

/**
 * The verdict on one claim.
 *
 * @param claim       the claim
 * @param verdict     holds / fails / undecided
 * @param explanation one paragraph: what was computed and why the verdict follows (names the counterexample)
 * @param found       the critical numbers found (empty when not applicable)
 * @param evidence    how each number was obtained and to what accuracy
 */
public record ClaimResult(Claim claim, Verdict verdict, String explanation, List<CriticalNumber> found,
                          List<Evidence> evidence) {
}
