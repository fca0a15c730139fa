package org.annals.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spaces the requests to each host: a request waits until at least the delay has passed since the previous
 * request to the same host was allowed, so that a feed of fifty articles on one site is not fetched in one
 * burst. Requests to different hosts do not wait for each other.
 *
 * <p>Thread-safe: each request books its slot atomically, so that two threads asking the same host at once are
 * spaced too. The only state is the next free slot of each host met.
 */
public final class HostThrottle {
    /** Waits: {@link Thread#sleep} in production, a recorder in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final long delayNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final ConcurrentHashMap<String, Long> nextSlot = new ConcurrentHashMap<>();

    /**
     * @param delay   the least time between two requests to one host; zero for none
     * @param clock   monotonic nanoseconds ({@link System#nanoTime})
     * @param sleeper waits
     */
    public HostThrottle(Duration delay, LongSupplier clock, Sleeper sleeper) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("the delay between requests cannot be negative, was " + delay);
        }
        this.delayNanos = delay.toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** A throttle on the system clock that sleeps for real. */
    public static HostThrottle of(Duration delay) {
        return new HostThrottle(delay, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    /**
     * Waits until {@code host} may be asked, and books the following slot.
     *
     * @param host    the host name (compared without case)
     * @param atLeast a longer delay the host asked for (its robots.txt Crawl-delay), or zero
     * @throws InterruptedException when interrupted while waiting; the slot stays booked
     */
    public void await(String host, Duration atLeast) throws InterruptedException {
        long delay = Math.max(delayNanos, atLeast.toNanos());
        long now = clock.getAsLong();
        long[] wait = new long[1];
        nextSlot.compute(host.toLowerCase(Locale.ROOT), (h, next) -> {
            // compared by difference, as System.nanoTime values must be
            long slot = next == null || next - now < 0 ? now : next;
            wait[0] = slot - now;
            return slot + delay;
        });
        if (wait[0] > 0) {
            sleeper.sleep(wait[0]);
        }
    }
}
