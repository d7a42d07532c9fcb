package dev.conv.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs one task per item on every core and returns the results in the items' order. Items are
 * started largest first, so one big file does not finish alone at the end of a run.
 */
public final class Parallel {
    private Parallel() {
    }

    public static <T, R> List<R> map(List<T> items, Function<T, R> task, Consumer<R> onDone) {
        return map(items, task, onDone, item -> 0);
    }

    public static <T, R> List<R> map(List<T> items, Function<T, R> task, Consumer<R> onDone, ToLongFunction<T> size) {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                R r = task.apply(item);
                onDone.accept(r);
                results.add(r);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "conv-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Integer[] order = new Integer[items.size()];
            long[] sizes = new long[items.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                sizes[i] = size.applyAsLong(items.get(i));
            }
            Arrays.sort(order, Comparator.comparingLong((Integer i) -> sizes[i]).reversed());
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                futures.add(null);
            }
            for (int i : order) {
                T item = items.get(i);
                futures.set(i, pool.submit(() -> {
                    R r = task.apply(item);
                    onDone.accept(r);
                    return r;
                }));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The size of a file, 0 if it cannot be read (the task will report why). */
    public static long fileSize(java.nio.file.Path path) {
        try {
            return java.nio.file.Files.size(path);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
