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
 * @param proof       "proved (...)" when the verdict is a theorem (exact arithmetic, or interval proofs), "not proved:
 *                    REASON" when it is numerical evidence, "" when no proof was attempted
 */
public record ClaimResult(Claim claim, Verdict verdict, String explanation, List<CriticalNumber> found,
                          List<Evidence> evidence, String proof) {
    /** A result without a proof status. */
    public ClaimResult(Claim claim, Verdict verdict, String explanation, List<CriticalNumber> found,
                       List<Evidence> evidence) {
        this(claim, verdict, explanation, found, evidence, "");
    }

    /** @return a copy with the proof status */
    public ClaimResult withProof(String p) {
        return new ClaimResult(claim, verdict, explanation, found, evidence, p);
    }

    /** @return true if the verdict is proved */
    public boolean proved() {
        return proof.startsWith("proved");
    }
}
