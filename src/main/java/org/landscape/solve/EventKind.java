package org.landscape.solve;

/**
 * Kinds of special points along a branch (Kuznetsov, <em>Elements of Applied Bifurcation Theory</em>,
 * 3rd ed., sections 3.2 and 10.2; STYLE 9).
 */
public enum EventKind {
    /**
     * An eigenvalue of a block crosses zero while \( \dot p \ne 0 \): for symmetric \( J \) the index changes,
     * the degree changes, and a branch bifurcates (JSON name {@code "crossing"}).
     */
    BRANCH_POINT("crossing"),
    /** The parameter turns: \( \dot p \) changes sign (limit point; one eigenvalue crosses zero there). */
    FOLD("fold"),
    /**
     * An eigenvalue reaches zero without changing sign (even-order degeneracy): \( |g| \le \) tolerance at a local
     * minimum of \( |g| \); no index change, equivariant degree invariant 0.
     */
    TOUCH("touch");

    private final String jsonName;

    EventKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the lower-case name used in JSON output (issue 7) */
    public String jsonName() {
        return jsonName;
    }
}
