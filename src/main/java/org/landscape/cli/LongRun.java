package org.landscape.cli;

import org.landscape.base.CancelledException;
import org.landscape.base.Monitor;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Progress and Ctrl-C/SIGTERM for every long command (census, family, continue, group lattices, degrees): one helper,
 * used as {@code try (LongRun run = LongRun.start("census", err)) { ... }}.
 *
 * <p>Progress: {@link #status} records the computation's latest status; a daemon ticker prints it to stderr as
 * {@code NAME: status (12 s)} at most once a second, the first time within {@link #FIRST_REPORT_MILLIS} of the start,
 * and again every {@link #QUIET_MILLIS} when nothing changed (so a long step still shows that the command is alive).
 *
 * <p>Stopping: a signal runs the JVM's shutdown hooks; this one sets {@link #stopRequested()} (which the computation
 * polls), says so on stderr, and waits at most {@link #GRACE_MILLIS} for {@link #close()}, i.e. for the command to
 * write what it has computed. Then the JVM exits (code 130 for Ctrl-C, 143 for SIGTERM).
 */
final class LongRun implements Monitor, AutoCloseable {
    static final long FIRST_REPORT_MILLIS = 1000;
    static final long QUIET_MILLIS = 10_000;
    static final long GRACE_MILLIS = 30_000;
    /** How long {@link #call} waits after a stop request for a computation to return what it has, before abandoning it. */
    static final long COOPERATIVE_MILLIS = 800;

    private final String name;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;
    private final Thread ticker;
    private volatile String status;
    private String shown;
    private long shownAt;

    private LongRun(String name, PrintWriter err) {
        this.name = name;
        this.err = err;
        this.hook = new Thread(this::onSignal, name + "-stop");
        this.ticker = new Thread(this::tick, name + "-progress");
        ticker.setDaemon(true);
    }

    /** Installs the signal hook and starts the progress ticker. */
    static LongRun start(String name, PrintWriter err) {
        LongRun r = new LongRun(name, err);
        Runtime.getRuntime().addShutdownHook(r.hook);
        r.ticker.start();
        return r;
    }

    @Override
    public void status(String line) {
        status = line;
    }

    /** Prints a line now (e.g. a result as it is computed), in the same stream and format as the status. */
    void say(String line) {
        synchronized (err) {
            err.println(name + ": " + line);
            err.flush();
        }
    }

    @Override
    public boolean stopRequested() {
        return stop.get() || Thread.currentThread().isInterrupted();
    }

    /** @return seconds since the start */
    double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }

    private void tick() {
        try {
            Thread.sleep(FIRST_REPORT_MILLIS);
            while (closed.getCount() > 0) {
                String s = status;
                long now = System.nanoTime();
                if (s != null && !stop.get() && (!s.equals(shown) || now - shownAt > QUIET_MILLIS * 1_000_000)) {
                    say(String.format(java.util.Locale.ROOT, "%s (%.0f s)", s, elapsed()));
                    shown = s;
                    shownAt = now;
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void onSignal() {
        stop.set(true);
        say(String.format(java.util.Locale.ROOT, "stopping on a signal after %.1f s",
                elapsed()));
        try {
            closed.await(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs {@code work} on a daemon thread and waits for it, polling for a stop request every 50 ms. After a stop
     * request the work has {@link #COOPERATIVE_MILLIS} to return (a computation that polls the request returns what it
     * has); then it is abandoned (it ends with the JVM) and {@link CancelledException} is thrown, so the command can
     * write what it has within the grace period even when the work cannot be interrupted.
     *
     * @return the work's result
     * @throws CancelledException on a stop request; any exception or error of the work is rethrown as it is
     */
    <T> T call(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(task, name + "-work");
        t.setDaemon(true);
        t.start();
        long stopSeen = 0;
        while (true) {
            try {
                return task.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (stopRequested()) {
                    // a computation that polls the stop request returns what it has within this time
                    long now = System.nanoTime();
                    stopSeen = stopSeen == 0 ? now : stopSeen;
                    if (now - stopSeen < COOPERATIVE_MILLIS * 1_000_000) {
                        continue;
                    }
                    t.interrupt();
                    throw new CancelledException(name + " stopped on a signal after " + String.format(
                            java.util.Locale.ROOT, "%.1f s", elapsed()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException(name + " interrupted");
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                if (c instanceof Error er) {
                    throw er;
                }
                throw new IllegalStateException(c);
            }
        }
    }

    /**
     * A command whose result is all or nothing (a lattice, a degree): runs {@code work} with {@code status} shown as
     * progress, and on a stop request ends at once with exit code 130.
     */
    static int around(String name, PrintWriter err, String status, Work work) {
        try (LongRun run = start(name, err)) {
            run.status(status);
            try {
                return run.call(() -> work.run(run));
            } catch (CancelledException e) {
                run.say("stopped on a signal after " + String.format(java.util.Locale.ROOT, "%.1f s", run.elapsed())
                        + " (nothing partial to keep)");
                return 130;
            }
        }
    }

    /** A command's computation, given the run as its {@link Monitor} (progress and stop requests). */
    @FunctionalInterface
    interface Work {
        int run(Monitor monitor) throws Exception;
    }

    /** The command has written its output: lets a pending signal end the JVM, or removes the hook. */
    @Override
    public void close() {
        closed.countDown();
        ticker.interrupt();
        if (!stop.get()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook has run or is running, and now returns
            }
        }
    }
}
