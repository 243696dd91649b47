package org.landscape.script;

import org.landscape.base.ResourceLimitException;
import org.matheclipse.core.eval.EvalEngine;

import java.time.Duration;
import java.util.Optional;

/**
 * The wall-clock limit and heap ceiling of a {@link ScriptSession}. A daemon watchdog polls every 50 ms while a
 * statement runs; when the clock passes the deadline or the live heap exceeds the ceiling it records which limit was
 * reached and asks the engine to stop ({@code EvalEngine.stopRequest}); toolkit built-ins that compute in Java poll
 * {@link #reached()} themselves. The heap is measured as used = total - free; above the ceiling one collection is
 * requested (at most once a second) and the limit counts only if the heap is still above it afterwards.
 */
final class ScriptLimits {
    private static final long POLL_MILLIS = 50;

    private final Duration timeLimit;
    private final long maxMemory;
    private volatile long deadline;
    private volatile EvalEngine engine;
    private volatile ResourceLimitException.Limit reached;
    private volatile boolean armed;
    private long lastGc;
    private Thread watchdog;

    ScriptLimits(Duration timeLimit, long maxMemory) {
        this.timeLimit = timeLimit;
        this.maxMemory = maxMemory;
        restartClock();
    }

    /** Starts the wall clock again (a prompt does this before every input). */
    void restartClock() {
        deadline = System.nanoTime() + timeLimit.toNanos();
        reached = null;
    }

    /** Watches {@code e} until {@link #disarm()}. */
    synchronized void arm(EvalEngine e) {
        engine = e;
        e.setStopRequested(false);
        armed = true;
        if (watchdog == null) {
            watchdog = new Thread(this::watch, "script-limits");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        check();
    }

    void disarm() {
        armed = false;
    }

    /** @return the limit that stopped the current statement, if one did */
    Optional<ResourceLimitException.Limit> reached() {
        return Optional.ofNullable(reached);
    }

    /** @return the failure message for {@code limit} */
    String message(ResourceLimitException.Limit limit) {
        return limit == ResourceLimitException.Limit.TIME ? ScriptMessages.TIME_LIMIT.format(human(timeLimit))
                : ScriptMessages.MEMORY_LIMIT.format(maxMemory >> 20);
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (armed) {
                check();
            }
        }
    }

    private void check() {
        if (reached != null) {
            return;
        }
        if (System.nanoTime() - deadline > 0) {
            stop(ResourceLimitException.Limit.TIME);
        } else if (used() > maxMemory) {
            long now = System.nanoTime();
            if (now - lastGc > 1_000_000_000L) {
                lastGc = now;
                System.gc();
            }
            if (used() > maxMemory) {
                stop(ResourceLimitException.Limit.MEMORY);
            }
        }
    }

    private void stop(ResourceLimitException.Limit limit) {
        reached = limit;
        EvalEngine e = engine;
        if (e != null) {
            e.stopRequest();
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s % 3600 == 0) {
            return s / 3600 + " h";
        }
        if (s % 60 == 0) {
            return s / 60 + " min";
        }
        return s + " s";
    }
}
