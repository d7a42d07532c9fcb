package dev.conv.run;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * One thread that gives up on work running longer than a limit. Work is watched where it runs, on
 * its own thread: nothing is handed to another thread and waited for, which cost a context switch
 * or two per file (on a busy machine, a time slice each). Expired work is told so by its
 * {@code onExpiry}, run on the watchdog's thread; the work itself learns it from {@link Watch#end}.
 */
final class Watchdog implements AutoCloseable {
    private final long limitNanos;
    /** Watched work, oldest first: with one limit for all, the oldest is the first to expire. */
    private final LinkedHashSet<Watch> running = new LinkedHashSet<>();
    private final Thread thread;
    private boolean closed;

    Watchdog(Duration limit) {
        if (limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("no limit: " + limit);
        }
        limitNanos = limit.toNanos();
        thread = new Thread(this::guard, "conv-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching work on the calling thread; {@code onExpiry} runs if it is not ended in time. */
    Watch start(Runnable onExpiry) {
        synchronized (this) {
            Watch w = new Watch(System.nanoTime() + limitNanos, onExpiry);
            running.add(w);
            return w;
        }
    }

    /**
     * Sleeps until the oldest work's deadline. It is never woken early: work started later has a
     * later deadline than any wake-up already planned (at most one limit from now), so starting and
     * ending work costs no signal to this thread.
     */
    private void guard() {
        while (true) {
            Watch expired;
            synchronized (this) {
                if (closed) {
                    return;
                }
                Iterator<Watch> all = running.iterator();
                Watch oldest = all.hasNext() ? all.next() : null;
                long wait = oldest != null ? oldest.deadline - System.nanoTime() : limitNanos;
                if (wait > 0) {
                    try {
                        wait(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                    continue;
                }
                all.remove();
                oldest.expired = true;
                expired = oldest;
            }
            expired.onExpiry.run();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
    }

    /** Work being watched. */
    final class Watch {
        private final long deadline;
        private final Runnable onExpiry;
        private boolean expired;

        private Watch(long deadline, Runnable onExpiry) {
            this.deadline = deadline;
            this.onExpiry = onExpiry;
        }

        /**
         * Stops watching: true when the work ended in time, false when it had expired (its
         * {@code onExpiry} has run or is running, and the work's result must be dropped). Ending
         * twice gives the same answer.
         */
        boolean end() {
            synchronized (Watchdog.this) {
                running.remove(this);
                return !expired;
            }
        }
    }
}
