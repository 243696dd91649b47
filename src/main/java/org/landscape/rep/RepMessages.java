package org.landscape.rep;


/** Every user-facing message of the {@code rep} package ({@code %s} placeholders, checked by a test). */
public enum RepMessages {
    BAD_SHAPE(2, "M(k,d) needs k, d >= 1, got %s,%s"),
    DEGREE_DOES_NOT_FIT(7, "group %s acts on %s points; for M(%s,%s) it must act on k+d = %s, k = %s or 2k+d = %s points"),
    SIGNED_DEGREE(4, "a signed row action on M(%s,%s) needs a group on 2k+d = %s points, got %s"),
    SUBGROUP_DEGREE(3, "subgroup %s acts on %s points, expected %s"),
    FOREIGN_IRREDUCIBLES(1, "irreducibles of %s belong to another group instance: compute them for the action's group"),
    NEGATIVE_TOLERANCE(1, "tolerance must be >= 0, got %s"),
    REGULAR_TOO_LARGE(3, "real irreducibles from the regular representation are limited to |G| <= %s; %s has %s "
            + "elements: use a product of symmetric groups");

    private final int arity;
    private final String format;

    RepMessages(int arity, String format) {
        this.arity = arity;
        this.format = format;
    }

    /** @return the number of {@code %s} placeholders */
    public int arity() {
        return arity;
    }

    /** @return the raw format */
    public String pattern() {
        return format;
    }

    /** @return the message with the arguments filled in */
    public String format(Object... args) {
        return org.landscape.base.Messages.printf(name(), format, arity, args);
    }
}
