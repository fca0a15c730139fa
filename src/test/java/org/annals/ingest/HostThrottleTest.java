package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The spacing of requests, on a clock that moves only when the throttle sleeps or the test says so. */
class HostThrottleTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Long> sleeps = new ArrayList<>();
    private final HostThrottle throttle = new HostThrottle(Duration.ofSeconds(1), now::get, nanos -> {
        synchronized (sleeps) {
            sleeps.add(nanos);
        }
        now.addAndGet(nanos);
    });

    private static long ms(long millis) {
        return millis * 1_000_000L;
    }

    @Test
    void requestsToOneHostAreSpacedAndOtherHostsDoNotWait() throws InterruptedException {
        throttle.await("news.example", Duration.ZERO);
        throttle.await("other.example", Duration.ZERO);
        assertEquals(List.of(), sleeps, "the first request to each host goes at once");
        throttle.await("NEWS.example", Duration.ZERO);
        assertEquals(List.of(ms(1000)), sleeps, "host names are compared without case");
        now.addAndGet(ms(400));
        throttle.await("news.example", Duration.ZERO);
        assertEquals(List.of(ms(1000), ms(600)), sleeps, "time already passed counts");
        now.addAndGet(ms(5000));
        throttle.await("news.example", Duration.ZERO);
        assertEquals(2, sleeps.size(), "after a long pause no wait");
    }

    @Test
    void aLongerCrawlDelayWins() throws InterruptedException {
        throttle.await("slow.example", Duration.ofSeconds(5));
        throttle.await("slow.example", Duration.ofSeconds(5));
        assertEquals(List.of(ms(5000)), sleeps);
    }

    @Test
    void threadsAskingAtOnceGetDistinctSlots() throws InterruptedException {
        HostThrottle frozen = new HostThrottle(Duration.ofSeconds(1), () -> 0L, nanos -> {
            synchronized (sleeps) {
                sleeps.add(nanos);
            }
        });
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    frozen.await("news.example", Duration.ZERO);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(ms(1000), ms(2000), ms(3000)), sleeps.stream().sorted().toList());
    }

    @Test
    void aNegativeDelayIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new HostThrottle(Duration.ofSeconds(-1), () -> 0L, nanos -> { }));
    }
}
