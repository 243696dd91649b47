package org.landscape.base;

/**
 * A request that would exceed, or did exceed, a resource limit: memory (refused up front with the estimate), a
 * script's wall-clock or memory ceiling, or the JVM running out of memory. Exit code 6.
 */
public class ResourceLimitException extends LandscapeException {
    private static final long serialVersionUID = 1L;

    /** Which limit. */
    public enum Limit {
        /** The heap: a request estimated or found to need more memory than the JVM may use. */
        MEMORY,
        /** A wall-clock limit. */
        TIME
    }

    private final Limit limit;

    public ResourceLimitException(Limit limit, String message) {
        super(message);
        this.limit = Require.nonNull(limit, "limit");
    }

    /** @return the limit that was reached */
    public Limit limit() {
        return limit;
    }

    @Override
    public int exitCode() {
        return 6;
    }
}
