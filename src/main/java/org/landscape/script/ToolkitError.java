package org.landscape.script;

/**
 * Thrown by a built-in during evaluation; the runner adds file and line. {@code verification} marks failed assertions
 * and export checks (exit code 5) as opposed to bad input (exit code 2).
 */
final class ToolkitError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean verification;

    ToolkitError(String message, boolean verification) {
        super(message, null, false, false);
        this.verification = verification;
    }

    static ToolkitError input(String message) {
        return new ToolkitError(message, false);
    }

    static ToolkitError verification(String message) {
        return new ToolkitError(message, true);
    }

    boolean isVerification() {
        return verification;
    }
}
