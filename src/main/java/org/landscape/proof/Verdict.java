package org.landscape.proof;

/**
 * A claim's outcome: proved, or not proved with the reason; {@code inPrinciple} marks reasons that no enclosure
 * can overcome (a singular Hessian, a dead neuron, an even-order touch): then the output falls back to the
 * numerical verdict, labelled as such.
 *
 * @param outcome     proved or not
 * @param reason      why not (empty when proved)
 * @param inPrinciple true if a proof is impossible in principle here
 */
public record Verdict(Outcome outcome, String reason, boolean inPrinciple) {
    /** Proved or not. */
    public enum Outcome {
        /** A theorem under the error model of {@code interval.Interval}. */
        PROVED,
        /** Not proved (see the reason). */
        NOT_PROVED
    }

    /** A proved claim. */
    public static final Verdict PROVED = new Verdict(Outcome.PROVED, "", false);

    /** @return a claim not proved for the given reason (a proof might succeed with other settings) */
    public static Verdict notProved(String reason) {
        return new Verdict(Outcome.NOT_PROVED, reason, false);
    }

    /** @return a claim that cannot be proved here in principle */
    public static Verdict impossible(String reason) {
        return new Verdict(Outcome.NOT_PROVED, reason, true);
    }

    /** @return true if proved */
    public boolean proved() {
        return outcome == Outcome.PROVED;
    }

    /** @return "proved" or "not proved: REASON" */
    @Override
    public String toString() {
        return proved() ? "proved" : "not proved: " + reason;
    }
}
