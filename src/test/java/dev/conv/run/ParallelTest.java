package dev.conv.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Results in the items' order, whatever order they finish in; a task given up leaves the run going. */
class ParallelTest {
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void release() {
        never.countDown();
    }

    @Test
    void resultsComeInTheItemsOrderAndEachIsReportedOnce() {
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        List<Integer> results = Parallel.map(items, i -> i * 2, done::add, i -> i % 7);
        assertThat(results).isEqualTo(items.stream().map(i -> i * 2).toList());
        assertThat(done).containsExactlyInAnyOrderElementsOf(results);
    }

    @Test
    void aTaskGivenUpGetsTheGivenResultAndTheOthersStillRunOnEveryWorker() {
        List<Integer> items = IntStream.range(0, 20).boxed().toList();
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        // Every third item hangs and gives itself up from another thread, as the watchdog would:
        // with more hanging items than workers, the run ends only if each one is replaced.
        Parallel.Task<Integer, String> task = (i, slot) -> {
            if (i % 3 == 0) {
                new Thread(() -> slot.giveUp("gave up " + i)).start();
                await();
                return "late " + i;
            }
            return "done " + i;
        };
        List<String> results = Parallel.map(items, task, done::add, i -> 0, true);
        assertThat(results).isEqualTo(items.stream().map(i -> (i % 3 == 0 ? "gave up " : "done ") + i).toList());
        assertThat(done).containsExactlyInAnyOrderElementsOf(results);
    }

    @Test
    void aSlotKeepsItsFirstResult() throws Exception {
        java.util.concurrent.CompletableFuture<List<Boolean>> answers = new java.util.concurrent.CompletableFuture<>();
        Parallel.Task<Integer, String> task = (i, slot) -> {
            boolean first = slot.giveUp("given up");
            answers.complete(List.of(first, slot.giveUp("again")));
            return "returned";
        };
        assertThat(Parallel.map(List.of(1), task, r -> { }, i -> 0, true)).containsExactly("given up");
        assertThat(answers.get(1, java.util.concurrent.TimeUnit.MINUTES)).containsExactly(true, false);
    }

    private void await() {
        try {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
