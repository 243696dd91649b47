package org.landscape.base;

/** A well-formed request that this version cannot answer (yet). Exit code 4. */
public class UnsupportedException extends LandscapeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return 4;
    }
}
