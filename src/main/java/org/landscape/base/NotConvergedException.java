package org.landscape.base;

/** An iterative method did not reach its tolerance (and the caller decided this is an error). Exit code 3. */
public class NotConvergedException extends LandscapeException {
    private static final long serialVersionUID = 1L;

    public NotConvergedException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return 3;
    }
}
