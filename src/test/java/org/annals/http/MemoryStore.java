package org.annals.http;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.annals.model.Actor;
import org.annals.model.AnalysisResult;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.annals.output.ResultJson;
import org.annals.search.SearchHit;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;
import org.annals.store.ActorCount;
import org.annals.store.ActorQuery;
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
 * A small archive in memory for the server tests, answering by scanning everything: enough to serve real
 * analysed fixture articles to the web UI. Articles with the same title are copies of one story.
 */
final class MemoryStore implements ArchiveStore {
    private record Entry(AnalysisResult result, String site, LocalDate published, String story) {}

    private final List<Entry> entries = new ArrayList<>();
    private final LocalDate added = LocalDate.of(2024, 10, 1);

    @Override
    public String location() {
        return "memory";
    }

    @Override
    public synchronized IngestReceipt put(AnalysisResult result) {
        String id = result.article().id();
        for (Entry e : entries) {
            if (e.result().article().id().equals(id)) {
                return new IngestReceipt(IngestReceipt.Outcome.DUPLICATE, id, e.story(), 0);
            }
        }
        String title = result.article().title();
        Entry first = entries.stream().filter(e -> title != null && title.equals(e.result().article().title()))
                .findFirst().orElse(null);
        String url = result.article().url();
        String site = url == null ? result.article().publisher() : java.net.URI.create(url).getHost();
        LocalDate published = result.article().published() == null ? null : result.article().published().date();
        entries.add(new Entry(result, site, published, first == null ? id : first.story()));
        return new IngestReceipt(first == null ? IngestReceipt.Outcome.STORED : IngestReceipt.Outcome.COPY, id,
                first == null ? id : first.story(), result.events().size());
    }

    private synchronized Stream<StoredEvent> allEvents() {
        List<StoredEvent> all = new ArrayList<>();
        long id = 0;
        for (Entry e : entries) {
            for (Event ev : e.result().events()) {
                id++;
                LocalDate date = ev.date() != null && ev.date().length() == 10 ? LocalDate.parse(ev.date()) : e.published();
                all.add(new StoredEvent(id, e.result().article().id(), e.result().article().url(), e.site(),
                        e.result().article().language(), e.published(), added, date, false, ev));
            }
        }
        return all.stream();
    }

    private static boolean code(Actor actor, String prefix) {
        return prefix == null || actor != null && actor.code() != null && actor.code().startsWith(prefix);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return (from == null || date != null && !date.isBefore(from)) && (to == null || date != null && !date.isAfter(to));
    }

    private Stream<StoredEvent> matching(EventQuery q) {
        return allEvents().filter(e -> code(e.event().source(), q.source()) && code(e.event().target(), q.target())
                && (q.cameo() == null || e.event().cameo().startsWith(q.cameo()))
                && (q.plover() == null || q.plover().equals(e.event().plover()))
                && (q.status() == null || q.status() == e.event().status())
                && within(e.date(), q.from(), q.to())
                && (q.language() == null || q.language().equals(e.language()))
                && (q.site() == null || q.site().equals(e.site())));
    }

    @Override
    public List<StoredEvent> events(EventQuery q) {
        return matching(q).sorted(Comparator.comparing(StoredEvent::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(StoredEvent::id)).skip(q.offset()).limit(q.size()).toList();
    }

    @Override
    public long countEvents(EventQuery q) {
        return matching(q).count();
    }

    @Override
    public void exportEvents(EventQuery q, Consumer<StoredEvent> sink) {
        matching(q).forEach(sink);
    }

    @Override
    public List<DyadPeriod> dyad(DyadQuery q) {
        Map<String, List<StoredEvent>> groups = new java.util.TreeMap<>();
        allEvents().filter(e -> e.date() != null && within(e.date(), q.from(), q.to())).forEach(e -> {
            boolean ab = code(e.event().source(), q.a()) && code(e.event().target(), q.b());
            boolean ba = code(e.event().source(), q.b()) && code(e.event().target(), q.a());
            if (ab || ba) {
                groups.computeIfAbsent(start(e.date(), q.by()) + (ab ? ">" : "<"), k -> new ArrayList<>()).add(e);
            }
        });
        List<DyadPeriod> out = new ArrayList<>();
        groups.forEach((key, events) -> {
            boolean ab = key.endsWith(">");
            long[] quad = new long[4];
            events.forEach(e -> quad[e.event().quadClass() - 1]++);
            out.add(new DyadPeriod(LocalDate.parse(key.substring(0, 10)), ab ? q.a() : q.b(), ab ? q.b() : q.a(),
                    events.size(), events.stream().mapToDouble(e -> e.event().goldstein()).average().orElse(0), quad));
        });
        return out;
    }

    private static LocalDate start(LocalDate d, DyadQuery.Period by) {
        return switch (by) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    @Override
    public List<ActorCount> topActors(ActorQuery q) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        allEvents().filter(e -> within(e.date(), q.from(), q.to())).forEach(e -> {
            for (int role = 0; role < 2; role++) {
                Actor a = role == 0 ? e.event().source() : e.event().target();
                if (a != null && a.code() != null) {
                    counts.computeIfAbsent(a.code(), k -> new long[2])[role]++;
                    names.putIfAbsent(a.code(), a.name());
                }
            }
        });
        return counts.entrySet().stream()
                .map(c -> new ActorCount(c.getKey(), names.get(c.getKey()), c.getValue()[0] + c.getValue()[1],
                        c.getValue()[0], c.getValue()[1]))
                .sorted(Comparator.comparingLong(ActorCount::events).reversed().thenComparing(ActorCount::code))
                .limit(q.top()).toList();
    }

    @Override
    public List<DyadCount> topDyads(ActorQuery q) {
        Map<String, List<Double>> pairs = new HashMap<>();
        allEvents().filter(e -> within(e.date(), q.from(), q.to()) && e.event().target() != null
                && e.event().source().code() != null && e.event().target().code() != null).forEach(e -> {
            String s = e.event().source().code(), t = e.event().target().code();
            String key = s.compareTo(t) < 0 ? s + " " + t : t + " " + s;
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(e.event().goldstein());
        });
        return pairs.entrySet().stream()
                .map(p -> new DyadCount(p.getKey().split(" ")[0], p.getKey().split(" ")[1], p.getValue().size(),
                        p.getValue().stream().mapToDouble(Double::doubleValue).average().orElse(0)))
                .sorted(Comparator.comparingLong(DyadCount::events).reversed().thenComparing(DyadCount::a))
                .limit(q.top()).toList();
    }

    @Override
    public synchronized List<StoredQuote> quotes(QuoteQuery q) {
        List<StoredQuote> out = new ArrayList<>();
        long id = 0;
        for (Entry e : entries) {
            for (Quote quote : e.result().quotes()) {
                id++;
                if (named(quote.speaker(), q.speaker())
                        && (q.via() == null || quote.via().stream().anyMatch(v -> named(v, q.via())))
                        && within(e.published(), q.from(), q.to())) {
                    out.add(new StoredQuote(id, e.result().article().id(), e.result().article().url(), e.site(),
                            e.published(), quote));
                }
            }
        }
        return out.stream().skip(q.offset()).limit(q.size()).toList();
    }

    private static boolean named(Actor actor, String name) {
        return name == null || actor != null && (actor.name().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))
                || name.equals(actor.code()));
    }

    @Override
    public synchronized SearchPage search(SearchQuery q) {
        String word = q.text().strip().split("\\s+")[0].replace("\"", "").toLowerCase(Locale.ROOT);
        List<SearchHit> hits = new ArrayList<>();
        for (Entry e : entries) {
            String text = e.result().article().text();
            int at = text.toLowerCase(Locale.ROOT).indexOf(word);
            if (at < 0 || q.language() != null && !q.language().equals(e.result().article().language())
                    || q.site() != null && !q.site().equals(e.site()) || !within(e.published(), q.from(), q.to())) {
                continue;
            }
            int from = Math.max(0, at - 60), to = Math.min(text.length(), at + word.length() + 100);
            String snippet = escape(text.substring(from, at)) + "<mark>" + escape(text.substring(at, at + word.length()))
                    + "</mark>" + escape(text.substring(at + word.length(), to));
            hits.add(new SearchHit(e.result().article().id(), e.result().article().title(), e.result().article().url(),
                    e.site(), e.result().article().language(), e.published(), 1f, snippet));
        }
        return new SearchPage(hits.size(), hits.stream().skip((long) (q.page() - 1) * q.size()).limit(q.size()).toList());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public synchronized Optional<StoredArticle> article(String id) {
        ResultJson json = new ResultJson(false);
        return entries.stream().filter(e -> e.result().article().id().equals(id)).findFirst().map(e -> new StoredArticle(
                id, e.result().article().url(), e.result().article().title(), e.site(), e.result().article().language(),
                e.published(), e.story(), entries.stream().filter(o -> o.story().equals(e.story()) && o != e)
                        .map(o -> o.result().article().id()).toList(), json.toJson(e.result()).toString()));
    }

    @Override
    public synchronized ArchiveStats stats() {
        long events = entries.stream().mapToLong(e -> e.result().events().size()).sum();
        long quotes = entries.stream().mapToLong(e -> e.result().quotes().size()).sum();
        long claims = entries.stream().mapToLong(e -> e.result().claims().size()).sum();
        return new ArchiveStats(entries.size(), entries.stream().map(Entry::story).distinct().count(), events, quotes,
                claims);
    }

    @Override
    public void close() {}
}
