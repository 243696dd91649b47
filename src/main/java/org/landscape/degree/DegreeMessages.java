package org.landscape.degree;


/** Every user-facing message of the {@code degree} package ({@code %s} placeholders, checked by a test). */
public enum DegreeMessages {
    MORSE_INDEX_COUNT(2, "expected %s isotypic Morse indices (one per irreducible), got %s"),
    NEGATIVE_MORSE_INDEX(2, "isotypic Morse index of %s must be >= 0, got %s"),
    COEFFICIENT_COUNT(2, "expected %s coefficients (one per subgroup class), got %s"),
    NOT_A_MARK_VECTOR(1, "not the mark vector of a virtual G-set at class %s: give marks of a virtual G-set");

    private final int arity;
    private final String format;

    DegreeMessages(int arity, String format) {
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
