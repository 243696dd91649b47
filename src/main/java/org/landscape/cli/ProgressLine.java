package org.landscape.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The progress line of a {@link LongRun}: {@link #status} records the computation's latest status; a daemon ticker
 * prints it to stderr as {@code NAME: status (12 s)} at most once a second, the first time within
 * {@link #FIRST_REPORT_MILLIS} of the start, and again every {@link #QUIET_MILLIS} when nothing changed (so a long
 * step still shows that the command is alive). Nothing is printed once a stop was requested.
 */
final class ProgressLine {
    static final long FIRST_REPORT_MILLIS = 1000;
    static final long QUIET_MILLIS = 10_000;

    private final String name;
    private final PrintWriter err;
    private final BooleanSupplier stopping;
    private final long start = System.nanoTime();
    private final Thread ticker;
    private volatile boolean ended;
    private volatile String status;
    private String shown;
    private long shownAt;

    /** @param stopping true once a stop was requested (the ticker then stays silent) */
    ProgressLine(String name, PrintWriter err, BooleanSupplier stopping) {
        this.name = name;
        this.err = err;
        this.stopping = stopping;
        this.ticker = new Thread(this::tick, name + "-progress");
        ticker.setDaemon(true);
    }

    void start() {
        ticker.start();
    }

    void status(String line) {
        status = line;
    }

    /** Prints a line now (e.g. a result as it is computed), in the same stream and format as the status. */
    void say(String line) {
        synchronized (err) {
            err.println(name + ": " + line);
            err.flush();
        }
    }

    /** @return seconds since the start */
    double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Stops the ticker. */
    void end() {
        ended = true;
        ticker.interrupt();
    }

    private void tick() {
        try {
            Thread.sleep(FIRST_REPORT_MILLIS);
            while (!ended) {
                String s = status;
                long now = System.nanoTime();
                if (s != null && !stopping.getAsBoolean()
                        && (!s.equals(shown) || now - shownAt > QUIET_MILLIS * 1_000_000)) {
                    say(String.format(Locale.ROOT, "%s (%.0f s)", s, elapsed()));
                    shown = s;
                    shownAt = now;
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
