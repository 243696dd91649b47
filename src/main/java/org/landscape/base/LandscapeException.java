package org.landscape.base;

/**
 * Root of the project's unchecked exceptions. Every message names the problem and how to fix it,
 * in one line; only the command line layer catches these, prints the message and exits non-zero.
 */
public abstract class LandscapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected LandscapeException(String message) {
        super(message);
    }

    protected LandscapeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @return the process exit code the command line uses for this kind of failure */
    public abstract int exitCode();
}
