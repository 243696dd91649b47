package org.landscape.base;

import java.util.Locale;

/**
 * Refuses requests that cannot fit in the heap before they are started: callers estimate the bytes their largest
 * allocations need and {@link #require} compares the estimate with what the JVM may still use.
 */
public final class MemoryBudget {
    /** Bytes of a {@code double}. */
    public static final long DOUBLE = 8;

    private MemoryBudget() {
    }

    /** @return the heap the JVM may use at most ({@code -Xmx}), in bytes */
    public static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** @return the heap still available: the maximum minus what is in use now */
    public static long available() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * @param factors the dimensions of an array of doubles, e.g. {@code (kd, kd)} for a dense Hessian
     * @return 8 times their product in bytes, saturating at {@link Long#MAX_VALUE}
     */
    public static long doubles(long... factors) {
        long bytes = DOUBLE;
        for (long f : factors) {
            bytes = saturatingMultiply(bytes, Math.max(0, f));
        }
        return bytes;
    }

    /** @return {@code a b}, or {@link Long#MAX_VALUE} on overflow */
    public static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi != 0 || lo < 0) {
            return Long.MAX_VALUE;
        }
        return lo;
    }

    /**
     * Refuses a request whose estimated memory exceeds the heap still available.
     *
     * @param bytes the estimate
     * @param what  what needs it, e.g. "the dense 10000 x 10000 Hessian"
     * @param fix   how to make the request smaller, e.g. "use a smaller k"
     * @return {@code bytes}
     * @throws ResourceLimitException naming the estimate and the available heap
     */
    public static long require(long bytes, String what, String fix) {
        long free = available();
        if (bytes > free) {
            throw new ResourceLimitException(ResourceLimitException.Limit.MEMORY, what + " needs about "
                    + human(bytes) + " but the JVM has " + human(free) + " of its " + human(maxHeap())
                    + " heap free: " + fix);
        }
        return bytes;
    }

    /** @return {@code bytes} as e.g. "80.0 GB" (powers of 1024) */
    public static String human(long bytes) {
        if (bytes == Long.MAX_VALUE) {
            return "more than 8 EB";
        }
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
        double x = bytes;
        int u = 0;
        while (x >= 1024 && u < units.length - 1) {
            x /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", x, units[u]);
    }
}
