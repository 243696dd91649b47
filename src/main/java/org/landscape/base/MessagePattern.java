package org.landscape.base;

/**
 * One user-facing message of a package (STYLE 8): a {@link java.text.MessageFormat} pattern with numbered placeholders
 * {@code {0}, {1}, ...} (a literal quote is written {@code ''}) and its number of placeholders. Each package keeps its
 * messages in one enum implementing this interface; formatting and the exception are written once, here.
 * Arguments are inserted with {@code String.valueOf} (no locale grouping of numbers).
 */
public interface MessagePattern {
    /** @return the message's name (an enum constant's name) */
    String name();

    /** @return the raw pattern */
    String pattern();

    /** @return the number of placeholders */
    int arity();

    /**
     * @param args exactly {@link #arity()} arguments
     * @return the message with the arguments inserted
     * @throws IllegalArgumentException if the number of arguments is not {@link #arity()}
     */
    default String format(Object... args) {
        return Messages.format(name(), pattern(), arity(), args);
    }

    /** @return an {@link InvalidInputException} (the caller's fault) with this message */
    default InvalidInputException invalid(Object... args) {
        return new InvalidInputException(format(args));
    }
}
