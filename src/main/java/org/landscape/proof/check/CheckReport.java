package org.landscape.proof.check;

import java.util.List;

/**
 * The outcome of re-checking a certificate: one line per claim.
 *
 * @param claims  the claims, in the order checked
 * @param seconds wall time
 */
public record CheckReport(List<ClaimCheck> claims, double seconds) {
    /** What happened to a claim. */
    public enum Status {
        /** Re-checked by the independent path: holds. */
        CONFIRMED,
        /** The independent path contradicts or cannot reproduce it. */
        FAILED,
        /** Not part of the certificate, or beyond the re-checker's reach (stated). */
        NOT_CHECKED
    }

    /**
     * @param claim   the claim's name
     * @param status  the outcome
     * @param detail  what was computed (the re-checker's own enclosure, or why it failed)
     */
    public record ClaimCheck(String claim, Status status, String detail) {
    }

    public CheckReport {
        claims = List.copyOf(claims);
    }

    /** @return true if no claim failed and the existence claim was confirmed */
    public boolean confirmed() {
        return claims.stream().noneMatch(c -> c.status() == Status.FAILED)
                && claims.stream().anyMatch(c -> c.claim().equals("existence") && c.status() == Status.CONFIRMED);
    }
}
