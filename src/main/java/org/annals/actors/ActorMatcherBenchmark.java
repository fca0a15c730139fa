package org.annals.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A short throughput measurement of {@link ActorMatcher} for {@code annals bench}: one thread,
 * a warm-up pass, then timed passes over the given sentences.
 */
public final class ActorMatcherBenchmark {
    private ActorMatcherBenchmark() {}

    /**
     * @param sentences sentences to match (the seed's, or any)
     * @param language  their language, or null
     * @param date      the date to resolve people at
     * @param minMillis keep measuring for at least this long
     * @return printable lines: sentences, mentions, sentences per second on one core
     */
    public static List<String> run(List<String> sentences, String language, LocalDate date, long minMillis) {
        ActorMatcher matcher = ActorMatcher.standard();
        long mentions = 0;
        for (int i = 0; i < 3; i++) {
            for (String s : sentences) {
                mentions += matcher.find(s, language, date).size();
            }
        }
        long done = 0;
        long t0 = System.nanoTime();
        long elapsed;
        do {
            for (String s : sentences) {
                mentions += matcher.find(s, language, date).size();
            }
            done += sentences.size();
            elapsed = System.nanoTime() - t0;
        } while (elapsed < minMillis * 1_000_000L);
        List<String> out = new ArrayList<>();
        out.add("actor matching: " + sentences.size() + " sentences, "
                + matcher.find(String.join(" ", sentences), language, date).size() + " mentions per pass");
        out.add(String.format(java.util.Locale.ROOT, "actor matching: %,.0f sentences/s on one thread (%d sentences in %d ms)",
                done / (elapsed / 1e9), done, elapsed / 1_000_000));
        if (mentions < 0) {
            out.add(""); // keeps the JIT from dropping the work
        }
        return out;
    }
}
