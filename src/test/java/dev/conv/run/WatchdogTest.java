package dev.conv.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Work that ends in time is never told otherwise; work that does not is told once, and learns it when it ends. */
class WatchdogTest {
    @Test
    void workEndedInTimeNeverExpires() {
        AtomicInteger expiries = new AtomicInteger();
        try (Watchdog watchdog = new Watchdog(Duration.ofHours(1))) {
            for (int i = 0; i < 1000; i++) {
                assertThat(watchdog.start(expiries::incrementAndGet).end()).isTrue();
            }
        }
        assertThat(expiries).hasValue(0);
    }

    @Test
    void workPastItsLimitExpiresOnceAndLearnsItWhenItEnds() throws InterruptedException {
        CountDownLatch expired = new CountDownLatch(1);
        AtomicInteger expiries = new AtomicInteger();
        try (Watchdog watchdog = new Watchdog(Duration.ofMillis(50))) {
            Watchdog.Watch late = watchdog.start(() -> {
                expiries.incrementAndGet();
                expired.countDown();
            });
            assertThat(expired.await(1, TimeUnit.MINUTES)).isTrue();
            assertThat(late.end()).isFalse();
            assertThat(late.end()).isFalse();
        }
        assertThat(expiries).hasValue(1);
    }

    @Test
    void laterWorkExpiresToo() throws InterruptedException {
        CountDownLatch expired = new CountDownLatch(3);
        try (Watchdog watchdog = new Watchdog(Duration.ofMillis(20))) {
            for (int i = 0; i < 3; i++) {
                watchdog.start(expired::countDown);
                Thread.sleep(15);
            }
            assertThat(expired.await(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    @Test
    void noLimitIsNoWatchdog() {
        assertThatThrownBy(() -> new Watchdog(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
