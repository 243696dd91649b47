package org.landscape.cli;

import org.landscape.base.CancelledException;
import org.landscape.base.Monitor;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Progress and Ctrl-C/SIGTERM for every long command (census, family, continue, group lattices, degrees): one helper,
 * used as {@code try (LongRun run = LongRun.start("census", err)) { ... }}.
 *
 * <p>Progress: {@link #status} goes to a {@link ProgressLine} on stderr. The work runs on its own thread
 * ({@link #call}, {@link StoppableCall}).
 *
 * <p>Stopping: a signal runs the JVM's shutdown hooks; this one sets {@link #stopRequested()} (which the computation
 * polls), says so on stderr, and waits at most {@link #GRACE_MILLIS} for {@link #close()}, i.e. for the command to
 * write what it has computed. Then the JVM exits (code 130 for Ctrl-C, 143 for SIGTERM).
 */
final class LongRun implements Monitor, AutoCloseable {
    static final long GRACE_MILLIS = 30_000;

    private final String name;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;
    private final ProgressLine progress;

    private LongRun(String name, PrintWriter err) {
        this.name = name;
        this.progress = new ProgressLine(name, err, stop::get);
        this.hook = new Thread(this::onSignal, name + "-stop");
    }

    /** Installs the signal hook and starts the progress ticker. */
    static LongRun start(String name, PrintWriter err) {
        LongRun r = new LongRun(name, err);
        Runtime.getRuntime().addShutdownHook(r.hook);
        r.progress.start();
        return r;
    }

    @Override
    public void status(String line) {
        progress.status(line);
    }

    /** Prints a line now (e.g. a result as it is computed), in the same stream and format as the status. */
    void say(String line) {
        progress.say(line);
    }

    @Override
    public boolean stopRequested() {
        return stop.get() || Thread.currentThread().isInterrupted();
    }

    /** @return seconds since the start */
    double elapsed() {
        return progress.elapsed();
    }

    private void onSignal() {
        stop.set(true);
        say(String.format(Locale.ROOT, "stopping on a signal after %.1f s", elapsed()));
        try {
            closed.await(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code work} on its own thread until it returns or a stop request abandons it: {@link StoppableCall#call}. */
    <T> T call(Callable<T> work) {
        return StoppableCall.call(name, work, this);
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
                run.say("stopped on a signal after " + String.format(Locale.ROOT, "%.1f s", run.elapsed())
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
        progress.end();
        if (!stop.get()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook has run or is running, and now returns
            }
        }
    }
}
