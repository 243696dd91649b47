package org.landscape.base;

/** A numeric or symbolic verification did not pass its tolerance. Exit code 5. */
public class VerificationFailedException extends LandscapeException {
    private static final long serialVersionUID = 1L;

    public VerificationFailedException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return 5;
    }
}
