package org.landscape.script;

import org.landscape.base.InvalidInputException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How a script runs.
 *
 * @param out           folder that {@code WriteFormula} (and {@code Put}/{@code WriteString}) may write into; empty:
 *                      no file output at all
 * @param allowIo       lift the sandbox: Java interop ({@code JavaNew}, ...), {@code Compile}, file reads and writes
 *                      anywhere
 * @param checkExports  compare every exported formula numerically with its source (default on)
 * @param timeLimit     wall-clock limit of a whole script (of each input at a prompt), 1 s .. 7 days
 * @param maxMemory     heap ceiling in bytes: a statement that makes the JVM's live heap exceed it is stopped;
 *                      16 MB .. the JVM's maximum heap
 */
public record ScriptSettings(Optional<Path> out, boolean allowIo, boolean checkExports, Duration timeLimit,
                             long maxMemory) {
    /** Default wall-clock limit: ten minutes (the slowest derivation script takes about a minute). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(10);
    /** Smallest and largest accepted wall-clock limits. */
    public static final Duration MIN_TIME_LIMIT = Duration.ofSeconds(1);
    public static final Duration MAX_TIME_LIMIT = Duration.ofDays(7);
    /** Smallest accepted memory ceiling. */
    public static final long MIN_MEMORY = 16L << 20;

    public ScriptSettings {
        out = out.map(p -> p.toAbsolutePath().normalize());
        if (timeLimit == null || timeLimit.compareTo(MIN_TIME_LIMIT) < 0 || timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new InvalidInputException(ScriptMessages.TIME_LIMIT_RANGE.format(timeLimit));
        }
        long max = Runtime.getRuntime().maxMemory();
        if (maxMemory < MIN_MEMORY || maxMemory > max) {
            throw new InvalidInputException(ScriptMessages.MEMORY_RANGE.format(maxMemory >> 20, max >> 20));
        }
    }

    /** @return the default ceiling: 80% of the JVM's maximum heap */
    public static long defaultMaxMemory() {
        return Runtime.getRuntime().maxMemory() / 5 * 4;
    }

    /** @return the sandboxed default: no output folder, checks on, the default limits */
    public static ScriptSettings sandboxed() {
        return new ScriptSettings(Optional.empty(), false, true, DEFAULT_TIME_LIMIT, defaultMaxMemory());
    }

    /** @return a copy writing into {@code dir} */
    public ScriptSettings withOut(Path dir) {
        return new ScriptSettings(Optional.of(dir), allowIo, checkExports, timeLimit, maxMemory);
    }

    /** @return a copy with the sandbox lifted or not */
    public ScriptSettings withAllowIo(boolean allow) {
        return new ScriptSettings(out, allow, checkExports, timeLimit, maxMemory);
    }

    /** @return a copy with export checks on or off */
    public ScriptSettings withCheckExports(boolean check) {
        return new ScriptSettings(out, allowIo, check, timeLimit, maxMemory);
    }

    /** @return a copy with another wall-clock limit */
    public ScriptSettings withTimeLimit(Duration limit) {
        return new ScriptSettings(out, allowIo, checkExports, limit, maxMemory);
    }

    /** @return a copy with another heap ceiling (bytes) */
    public ScriptSettings withMaxMemory(long bytes) {
        return new ScriptSettings(out, allowIo, checkExports, timeLimit, bytes);
    }
}
