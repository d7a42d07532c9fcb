package dev.conv.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs one task per item on every core and returns the results in the items' order. Items are
 * started largest first, so one big file does not finish alone at the end of a run. A task may be
 * given up ({@link Slot#giveUp}): its item gets the result given, a new worker takes its thread's
 * place, and what the task returns in the end is dropped.
 */
public final class Parallel {
    private Parallel() {
    }

    /** A task that can be given up from another thread through its item's slot. */
    public interface Task<T, R> {
        R apply(T item, Slot<R> slot);
    }

    /** One item's place in the results. */
    public interface Slot<R> {
        /**
         * Gives the item {@code result} now, unless it has one already (false then); the thread
         * still running its task is let go, and a new worker goes on with the other items.
         */
        boolean giveUp(R result);
    }

    public static <T, R> List<R> map(List<T> items, Function<T, R> task, Consumer<R> onDone) {
        return map(items, task, onDone, item -> 0);
    }

    public static <T, R> List<R> map(List<T> items, Function<T, R> task, Consumer<R> onDone, ToLongFunction<T> size) {
        return map(items, (item, slot) -> task.apply(item), onDone, size, false);
    }

    /**
     * @param mayGiveUp whether tasks may be given up: then even one item runs on a worker of its
     *                  own, so that the caller can go on without it
     */
    public static <T, R> List<R> map(List<T> items, Task<T, R> task, Consumer<R> onDone, ToLongFunction<T> size,
            boolean mayGiveUp) {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1 && !mayGiveUp) {
            List<R> results = new ArrayList<>(items.size());
            Slot<R> none = result -> false;
            for (T item : items) {
                R r = task.apply(item, none);
                onDone.accept(r);
                results.add(r);
            }
            return results;
        }
        return new Run<>(items, task, onDone, size).go(threads);
    }

    /** The size of a file, 0 if it cannot be read (the task will report why). */
    public static long fileSize(java.nio.file.Path path) {
        try {
            return java.nio.file.Files.size(path);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Workers taking items off one counter, largest first; each item's result set exactly once. */
    private static final class Run<T, R> {
        private final List<T> items;
        private final Task<T, R> task;
        private final Consumer<R> onDone;
        private final Integer[] order;
        private final AtomicInteger next = new AtomicInteger();
        private final Object[] results;
        private final CountDownLatch left;
        private Throwable failure;

        Run(List<T> items, Task<T, R> task, Consumer<R> onDone, ToLongFunction<T> size) {
            this.items = items;
            this.task = task;
            this.onDone = onDone;
            long[] sizes = new long[items.size()];
            order = new Integer[items.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                sizes[i] = size.applyAsLong(items.get(i));
            }
            // not Comparator.comparing...: a lambda made in an interface is never archived, so each run made it again
            Arrays.sort(order, (a, b) -> Long.compare(sizes[b], sizes[a]));
            results = new Object[items.size()];
            left = new CountDownLatch(items.size());
        }

        @SuppressWarnings("unchecked")
        List<R> go(int threads) {
            for (int i = 0; i < threads; i++) {
                startWorker();
            }
            try {
                left.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            synchronized (this) {
                if (failure instanceof RuntimeException re) {
                    throw re;
                }
                if (failure instanceof Error err) {
                    throw err;
                }
            }
            List<R> list = new ArrayList<>(items.size());
            for (Object r : results) {
                list.add((R) r);
            }
            return list;
        }

        private void startWorker() {
            Thread t = new Thread(this::work, "conv-worker");
            t.setDaemon(true);
            t.start();
        }

        private void work() {
            int k;
            while ((k = next.getAndIncrement()) < order.length) {
                ItemSlot slot = new ItemSlot(order[k]);
                R r = null;
                boolean failed = false;
                try {
                    r = task.apply(items.get(slot.index), slot);
                } catch (RuntimeException | Error e) {
                    failed = true;
                    synchronized (this) {
                        if (failure == null) {
                            failure = e;
                        }
                    }
                }
                if (!slot.set(r)) {
                    return; // given up: a new worker has taken this thread's place
                }
                if (!failed) {
                    onDone.accept(r);
                }
                left.countDown();
            }
        }

        private final class ItemSlot implements Slot<R> {
            private final int index;
            private boolean done;

            ItemSlot(int index) {
                this.index = index;
            }

            /** Sets the item's result unless it has one; the latch's count-down publishes it. */
            synchronized boolean set(R r) {
                if (done) {
                    return false;
                }
                done = true;
                results[index] = r;
                return true;
            }

            @Override
            public boolean giveUp(R r) {
                if (!set(r)) {
                    return false;
                }
                onDone.accept(r);
                left.countDown();
                startWorker();
                return true;
            }
        }
    }
}
