package org.landscape.base;

/** The caller's input is wrong (malformed matrix, NaN parameter, unknown group, ...). Exit code 2. */
public class InvalidInputException extends LandscapeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
