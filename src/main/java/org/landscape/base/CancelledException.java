package org.landscape.base;

/** A computation stopped because its caller asked it to (Ctrl-C, SIGTERM). Exit code 130, as for an interrupt. */
public class CancelledException extends LandscapeException {
    private static final long serialVersionUID = 1L;

    public CancelledException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return 130;
    }
}
