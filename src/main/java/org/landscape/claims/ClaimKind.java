package org.landscape.claims;

import java.util.Locale;

/** The kinds of claim the checker understands (names as written in claims files). */
public enum ClaimKind {
    /** The set of parameter values in an interval where the Hessian on the family is singular. */
    CRITICAL_NUMBERS("critical-numbers"),
    /** No eigenvalue changes sign on an interval. */
    NO_INSTABILITY("no-instability"),
    /** The critical numbers do not depend on the width k. */
    WIDTH_INDEPENDENT("width-independent"),
    /** The maximal orbit types of omega at a critical number. */
    ORBIT_TYPES("orbit-types"),
    /** Branches at a critical number are sub- or supercritical. */
    BRANCH_DIRECTION("branch-direction"),
    /** A point is a non-degenerate local minimum with a given loss. */
    MINIMUM("minimum");

    private final String json;

    ClaimKind(String json) {
        this.json = json;
    }

    /** @return the name used in claims files */
    public String jsonName() {
        return json;
    }

    /** @return the kind with this file name, or null */
    public static ClaimKind fromJson(String s) {
        for (ClaimKind k : values()) {
            if (k.json.equals(s.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
