package org.annals.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.model.Actor;
import org.annals.model.AnalysisResult;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.annals.model.Status;
import org.annals.search.SearchHit;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;
import org.annals.store.ActorCount;
import org.annals.store.ActorQuery;
import org.annals.store.ArchiveException;
import org.annals.store.ArchiveStats;
import org.annals.store.ArchiveStore;
import org.annals.store.DyadCount;
import org.annals.store.DyadPeriod;
import org.annals.store.DyadQuery;
import org.annals.store.EventQuery;
import org.annals.store.IngestReceipt;
import org.annals.store.QuoteQuery;
import org.annals.store.StoredArticle;
import org.annals.store.StoredEvent;
import org.annals.store.StoredQuote;

/**
 * An archive with fixed answers that records the queries it receives, so that tests of the HTTP layer see
 * exactly which query record a request became. Tests with real articles use a real archive.
 */
final class StubStore implements ArchiveStore {
    static final Actor RUS = new Actor("Russia", "RUSGOV", "RUS");
    static final Actor PRK = new Actor("North Korea", "PRKGOV", "PRK");

    volatile Object lastQuery;
    volatile long eventTotal = 3;
    volatile ArchiveException failure;
    final List<AnalysisResult> stored = new ArrayList<>();

    private void answer(Object query) {
        lastQuery = query;
        if (failure != null) {
            throw failure;
        }
    }

    static Event event(String cameo, String sentence) {
        return new Event(RUS, PRK, cameo, "AGREE", 8.0, "2024-06-19", Status.ASSERTED, null, sentence, "signed");
    }

    @Override
    public String location() {
        return "stub";
    }

    @Override
    public synchronized IngestReceipt put(AnalysisResult result) {
        answer(result);
        boolean again = stored.stream().anyMatch(r -> r.article().id().equals(result.article().id()));
        if (!again) {
            stored.add(result);
        }
        return new IngestReceipt(again ? IngestReceipt.Outcome.DUPLICATE : IngestReceipt.Outcome.STORED,
                result.article().id(), result.article().id(), again ? 0 : result.events().size());
    }

    @Override
    public List<StoredEvent> events(EventQuery query) {
        answer(query);
        return List.of(new StoredEvent(7, "a1", "https://example.org/a1", "example.org", "en",
                LocalDate.of(2024, 6, 19), LocalDate.of(2024, 6, 20), LocalDate.of(2024, 6, 19), true,
                event("057", "Russia and North Korea signed a treaty.")));
    }

    @Override
    public long countEvents(EventQuery query) {
        answer(query);
        return eventTotal;
    }

    @Override
    public void exportEvents(EventQuery query, Consumer<StoredEvent> sink) {
        events(query).forEach(sink);
    }

    @Override
    public List<DyadPeriod> dyad(DyadQuery query) {
        answer(query);
        LocalDate june = LocalDate.of(2024, 6, 1);
        return List.of(
                new DyadPeriod(june, query.a(), query.b(), 3, 6.0, new long[] {1, 2, 0, 0}),
                new DyadPeriod(june, query.b(), query.a(), 1, -2.0, new long[] {0, 0, 1, 0}),
                new DyadPeriod(LocalDate.of(2024, 7, 1), query.b(), query.a(), 2, -9.0, new long[] {0, 0, 0, 2}));
    }

    @Override
    public List<ActorCount> topActors(ActorQuery query) {
        answer(query);
        return List.of(new ActorCount("RUSGOV", "Russia", 10, 6, 4), new ActorCount("PRKGOV", "North Korea", 5, 2, 3));
    }

    @Override
    public List<DyadCount> topDyads(ActorQuery query) {
        answer(query);
        return List.of(new DyadCount("PRKGOV", "RUSGOV", 5, 3.456));
    }

    @Override
    public List<StoredQuote> quotes(QuoteQuery query) {
        answer(query);
        if (query.page() > 1) {
            return List.of();
        }
        Quote q = new Quote("We will win", new Actor("Kim Jong Un", "PRKGOV", "PRK"),
                List.of(new Actor("KCNA", "PRKMED", "PRK")), "“We will win,” Kim said.", Quote.Kind.DIRECT, 1, 12);
        return List.of(new StoredQuote(3, "a1", null, "example.org", LocalDate.of(2024, 6, 19), q));
    }

    @Override
    public SearchPage search(SearchQuery query) {
        answer(query);
        return new SearchPage(12, List.of(new SearchHit("a1", "Treaty", null, "example.org", "en",
                LocalDate.of(2024, 6, 19), 2.5f, "the <mark>treaty</mark> &lt;b&gt;")));
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        answer(id);
        if (id.equals("a1")) {
            return Optional.of(new StoredArticle("a1", null, "Treaty", "example.org", "en", LocalDate.of(2024, 6, 19),
                    "a1", List.of("a2"), "{\"article\":{\"id\":\"a1\",\"text\":\"Hello\"},\"events\":[]}"));
        }
        if (id.equals("a2")) {
            return Optional.of(new StoredArticle("a2", "https://copy.example/a2", "Treaty (copy)", "copy.example",
                    "en", null, "a1", List.of("a1"), "{}"));
        }
        return Optional.empty();
    }

    @Override
    public ArchiveStats stats() {
        answer("stats");
        return new ArchiveStats(2, 1, 3, 1, 0);
    }

    @Override
    public void close() {}
}
