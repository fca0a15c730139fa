package org.annals.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Event;
import org.annals.model.Sentence;
import org.annals.model.Timestamp;

/**
 * A short throughput measurement of actor matching plus event coding for {@code annals bench}: the
 * sentences as one token-less article, coded again and again on one thread after a warm-up.
 */
public final class EventCoderBenchmark {
    private EventCoderBenchmark() {}

    /**
     * @param sentences sentences to code (the seed's, or any)
     * @param language  their language ("it", "en")
     * @param published the publication date of the article they form
     * @param minMillis keep measuring for at least this long
     * @return printable lines: sentences and events per pass, sentences per second on one thread
     */
    public static List<String> run(List<String> sentences, String language, LocalDate published, long minMillis) {
        StringBuilder text = new StringBuilder();
        List<Sentence> list = new ArrayList<>();
        for (String s : sentences) {
            String t = s.strip();
            if (t.isEmpty()) {
                continue;
            }
            int start = text.length();
            text.append(t);
            list.add(new Sentence(t, start, text.length(), List.of()));
            text.append('\n');
        }
        Article article = new Article("bench", null, null, published == null ? null : Timestamp.of(published), null,
                language, text.toString(), List.of(), List.of());
        AnalyzedArticle analyzed = new AnalyzedArticle(article, list);
        CameoEventCoder coder = CameoEventCoder.standard();
        long events = 0;
        for (int i = 0; i < 3; i++) {
            events += coder.code(analyzed, List.of()).size();
        }
        long done = 0;
        long t0 = System.nanoTime();
        long elapsed;
        do {
            List<Event> e = coder.code(analyzed, List.of());
            events += e.size();
            done += list.size();
            elapsed = System.nanoTime() - t0;
        } while (elapsed < minMillis * 1_000_000L);
        List<String> out = new ArrayList<>();
        out.add("event coding: " + list.size() + " sentences, " + coder.code(analyzed, List.of()).size()
                + " events per pass (actor matching included)");
        out.add(String.format(Locale.ROOT, "event coding: %,.0f sentences/s on one thread (%d sentences in %d ms)",
                done / (elapsed / 1e9), done, elapsed / 1_000_000));
        if (events < 0) {
            out.add(""); // keeps the JIT from dropping the work
        }
        return out;
    }
}
