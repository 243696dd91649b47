package org.landscape.cli;

import org.landscape.base.CancelledException;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The work of a {@link LongRun} on its own daemon thread, abandoned after a stop request (see {@link #call}). */
final class StoppableCall {
    /** How long {@link #call} waits after a stop request for a computation to return what it has, before abandoning it. */
    static final long COOPERATIVE_MILLIS = 800;

    private StoppableCall() {
    }

    /**
     * Runs {@code work} on a daemon thread and waits for it, polling for a stop request every 50 ms. After a stop
     * request the work has {@link LongRun#COOPERATIVE_MILLIS} to return (a computation that polls the request returns
     * what it has); then it is abandoned (it ends with the JVM) and {@link CancelledException} is thrown, so the
     * command can write what it has within the grace period even when the work cannot be interrupted.
     *
     * @return the work's result
     * @throws CancelledException on a stop request; any exception or error of the work is rethrown as it is
     */
    static <T> T call(String name, Callable<T> work, LongRun run) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(task, name + "-work");
        t.setDaemon(true);
        t.start();
        long stopSeen = 0;
        while (true) {
            try {
                return task.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (run.stopRequested()) {
                    // a computation that polls the stop request returns what it has within this time
                    long now = System.nanoTime();
                    stopSeen = stopSeen == 0 ? now : stopSeen;
                    if (now - stopSeen < COOPERATIVE_MILLIS * 1_000_000) {
                        continue;
                    }
                    t.interrupt();
                    throw new CancelledException(name + " stopped on a signal after " + String.format(
                            Locale.ROOT, "%.1f s", run.elapsed()));
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
}
