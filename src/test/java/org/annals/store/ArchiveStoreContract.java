package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annals.model.Actor;
import org.annals.model.AnalysisResult;
import org.annals.model.Event;
import org.annals.model.Status;
import org.annals.output.ResultJson;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every archive backend does, checked the same way on each: a subclass says how to open a new, empty
 * archive for writing and how to open it again. Expected figures are computed from the analysed fixture
 * articles, so the checks follow the pipeline's output rather than copies of it.
 */
abstract class ArchiveStoreContract {
    protected ArchiveStore store;

    /** A new, empty archive, open for writing. */
    protected abstract ArchiveStore openEmpty() throws Exception;

    /** The archive {@link #openEmpty} made, opened again (after {@link #store} was closed). */
    protected abstract ArchiveStore reopen(Archives.Mode mode);

    @BeforeEach
    void openArchive() throws Exception {
        store = openEmpty();
    }

    @AfterEach
    void closeArchive() {
        store.close();
    }

    /** Stores the summit, its syndicated copy, the analysis, the aid and the strike articles. */
    /**
     * Stores five articles, one of them a syndicated copy of another, and returns the four whose events the
     * questions count: a copy's events are its story's, counted once.
     */
    private List<AnalysisResult> putFive() {
        List<AnalysisResult> all = List.of(ArchiveArticles.summit(), ArchiveArticles.summitCopy(),
                ArchiveArticles.summitAnalysis(), ArchiveArticles.aid(), ArchiveArticles.strike());
        all.forEach(store::put);
        String copy = ArchiveArticles.summitCopy().article().id();
        return all.stream().filter(r -> !r.article().id().equals(copy)).toList();
    }

    private static Stream<Event> events(List<AnalysisResult> results) {
        return results.stream().flatMap(r -> r.events().stream());
    }

    private static boolean code(Actor actor, String prefix) {
        return actor != null && actor.code() != null && actor.code().startsWith(prefix);
    }

    @Test
    void storesEachArticleWithWhatWasExtractedFromIt() {
        AnalysisResult summit = ArchiveArticles.summit();
        IngestReceipt receipt = store.put(summit);
        assertEquals(new IngestReceipt(IngestReceipt.Outcome.STORED, summit.article().id(), summit.article().id(),
                summit.events().size()), receipt);
        assertTrue(receipt.events() > 0, "the fixture has events");

        List<AnalysisResult> all = new ArrayList<>(List.of(summit));
        for (AnalysisResult r : List.of(ArchiveArticles.summitAnalysis(), ArchiveArticles.aid(), ArchiveArticles.strike())) {
            store.put(r);
            all.add(r);
        }
        ArchiveStats stats = store.stats();
        assertEquals(new ArchiveStats(4, 4, events(all).count(), all.stream().mapToLong(r -> r.quotes().size()).sum(),
                all.stream().mapToLong(r -> r.claims().size()).sum()), stats);
    }

    @Test
    void theSameArticleTwiceIsStoredOnce() {
        AnalysisResult summit = ArchiveArticles.summit();
        store.put(summit);
        ArchiveStats before = store.stats();
        assertEquals(new IngestReceipt(IngestReceipt.Outcome.DUPLICATE, summit.article().id(), summit.article().id(), 0),
                store.put(summit));
        assertEquals(before, store.stats());
    }

    @Test
    void anArticleUnderTheSameCanonicalUrlIsADuplicate() {
        AnalysisResult summit = ArchiveArticles.summit();
        store.put(summit);
        IngestReceipt again = store.put(ArchiveArticles.summitSameUrl());
        assertEquals(IngestReceipt.Outcome.DUPLICATE, again.outcome());
        assertEquals(summit.article().id(), again.articleId());
        assertEquals(1, store.stats().articles());
    }

    @Test
    void theSameTextUnderAnotherIdAndAddressIsADuplicate() {
        AnalysisResult summit = ArchiveArticles.summit();
        store.put(summit);
        IngestReceipt again = store.put(ArchiveArticles.renamed(summit, "elsewhere-1", "https://altrove.example.it/a"));
        assertEquals(IngestReceipt.Outcome.DUPLICATE, again.outcome());
        assertEquals(summit.article().id(), again.articleId());
    }

    @Test
    void aSyndicatedCopyJoinsTheFirstCopysStoryAndAnotherArticleDoesNot() {
        String summit = ArchiveArticles.summit().article().id();
        String copy = ArchiveArticles.summitCopy().article().id();
        store.put(ArchiveArticles.summit());
        IngestReceipt receipt = store.put(ArchiveArticles.summitCopy());
        assertEquals(new IngestReceipt(IngestReceipt.Outcome.COPY, copy, summit,
                ArchiveArticles.summitCopy().events().size()), receipt);
        IngestReceipt analysis = store.put(ArchiveArticles.summitAnalysis());
        assertEquals(IngestReceipt.Outcome.STORED, analysis.outcome());
        assertEquals(analysis.articleId(), analysis.storyId());

        assertEquals(List.of(copy), store.article(summit).orElseThrow().copies());
        StoredArticle stored = store.article(copy).orElseThrow();
        assertEquals(summit, stored.storyId());
        assertEquals(List.of(summit), stored.copies());
        assertEquals(List.of(), store.article(analysis.articleId()).orElseThrow().copies());
        ArchiveStats stats = store.stats();
        assertEquals(3, stats.articles());
        assertEquals(2, stats.stories());
        // the copy's events are the story's again: counted once, from the first copy
        assertTrue(ArchiveArticles.summitCopy().events().size() > 0);
        long own = ArchiveArticles.summit().events().size() + ArchiveArticles.summitAnalysis().events().size();
        assertEquals(own, store.countEvents(EventQuery.all()));
        assertTrue(store.events(EventQuery.all()).stream().noneMatch(e -> e.articleId().equals(copy)));
        long counted = store.topActors(new ActorQuery(1000, null, null)).stream().mapToLong(ActorCount::asSource).sum();
        assertEquals(own, counted);
    }

    @Test
    void storingManyAtOnceDecidesAsOneByOneWouldInTheGivenOrder() {
        AnalysisResult summit = ArchiveArticles.summit();
        AnalysisResult copy = ArchiveArticles.summitCopy();
        AnalysisResult aid = ArchiveArticles.aid();
        store.put(aid);
        List<IngestReceipt> receipts = store.putAll(List.of(summit, ArchiveArticles.summitSameUrl(), copy, summit, aid,
                ArchiveArticles.renamed(copy, "copy-again", null), ArchiveArticles.strike()));
        String s = summit.article().id();
        assertEquals(List.of(
                new IngestReceipt(IngestReceipt.Outcome.STORED, s, s, summit.events().size()),
                new IngestReceipt(IngestReceipt.Outcome.DUPLICATE, s, s, 0),
                new IngestReceipt(IngestReceipt.Outcome.COPY, copy.article().id(), s, copy.events().size()),
                new IngestReceipt(IngestReceipt.Outcome.DUPLICATE, s, s, 0),
                new IngestReceipt(IngestReceipt.Outcome.DUPLICATE, aid.article().id(), aid.article().id(), 0),
                new IngestReceipt(IngestReceipt.Outcome.DUPLICATE, copy.article().id(), s, 0),
                new IngestReceipt(IngestReceipt.Outcome.STORED, ArchiveArticles.strike().article().id(),
                        ArchiveArticles.strike().article().id(), ArchiveArticles.strike().events().size())), receipts);
        assertEquals(4, store.stats().articles());
        assertEquals(List.of(), store.putAll(List.of()));
        assertEquals(2, store.search(SearchQuery.of("Cremlino")).total(), "the stored copies are searchable");
    }

    @Test
    void anArticleComesBackWithItsWholeAnalysis() throws Exception {
        AnalysisResult aid = ArchiveArticles.aid();
        store.put(aid);
        StoredArticle stored = store.article(aid.article().id()).orElseThrow();
        assertEquals("https://worldwire.example.com/2024/06/aid-ukraine", stored.url());
        assertEquals("worldwire.example.com", stored.site());
        assertEquals("en", stored.language());
        assertEquals(LocalDate.of(2024, 6, 12), stored.published());
        assertEquals(aid.article().title(), stored.title());
        JsonNode json = ResultJson.MAPPER.readTree(stored.resultJson());
        assertEquals(new ResultJson(false).toJson(aid), json);
        assertTrue(store.article("no-such-article").isEmpty());
    }

    @Test
    void eventsAreFilteredByActorPrefixCodeStatusDateLanguageAndSite() {
        List<AnalysisResult> all = putFive();
        assertEquals(events(all).filter(e -> code(e.source(), "RUS")).count(),
                store.countEvents(new EventQuery("rus", null, null, null, null, null, null, null, null, 1, 100)));
        List<StoredEvent> rusChn = store.events(new EventQuery("RUS", "CHN", null, null, null, null, null, null, null, 1, 100));
        assertEquals(events(all).filter(e -> code(e.source(), "RUS") && code(e.target(), "CHN")).count(), rusChn.size());
        assertFalse(rusChn.isEmpty());
        rusChn.forEach(e -> assertTrue(e.event().source().code().startsWith("RUS") && e.event().target().code().startsWith("CHN")));
        // A full code matches only itself.
        assertEquals(events(all).filter(e -> e.source().code() != null && e.source().code().equals("RUSGOV")).count(),
                store.countEvents(new EventQuery("RUSGOV", null, null, null, null, null, null, null, null, 1, 100)));
        assertEquals(0, store.countEvents(new EventQuery("RUSGOVX", null, null, null, null, null, null, null, null, 1, 100)));

        assertEquals(events(all).filter(e -> e.cameo().startsWith("04")).count(),
                store.countEvents(new EventQuery(null, null, "04", null, null, null, null, null, null, 1, 100)));
        assertEquals(events(all).filter(e -> "AGREE".equals(e.plover())).count(),
                store.countEvents(new EventQuery(null, null, null, "agree", null, null, null, null, null, 1, 100)));
        assertEquals(events(all).filter(e -> e.status() == Status.PLANNED).count(),
                store.countEvents(new EventQuery(null, null, null, null, Status.PLANNED, null, null, null, null, 1, 100)));
        LocalDate june = LocalDate.of(2024, 6, 1);
        List<StoredEvent> fromJune = store.events(new EventQuery(null, null, null, null, null, june, null, null, null, 1, 100));
        assertEquals(ArchiveArticles.aid().events().size(), fromJune.size());
        assertEquals(events(List.of(ArchiveArticles.aid(), ArchiveArticles.strike())).count(),
                store.countEvents(new EventQuery(null, null, null, null, null, null, null, "en", null, 1, 100)));
        // the only article from this site is a copy: its events are counted under the story's first copy
        assertEquals(0, store.countEvents(new EventQuery(null, null, null, null, null, null, null, null,
                "Cronache.example.it", 1, 100)));
        assertEquals(events(List.of(ArchiveArticles.summit())).count(), store.countEvents(new EventQuery(null, null,
                null, null, null, null, null, null, "NOTIZIE.example.it", 1, 100)));
        assertEquals(0, store.countEvents(new EventQuery(null, null, null, null, null, LocalDate.of(2025, 1, 1), null,
                null, null, 1, 100)));
    }

    @Test
    void eventsComeNewestFirstPageByPageAndTheCountIgnoresThePage() {
        List<AnalysisResult> all = putFive();
        long total = events(all).count();
        assertEquals(total, store.countEvents(EventQuery.all().withPage(2, 1)));
        List<StoredEvent> everything = store.events(EventQuery.all().withPage(1, 1000));
        assertEquals(total, everything.size());
        Comparator<StoredEvent> order = Comparator.comparing(StoredEvent::date,
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparingLong(StoredEvent::id);
        assertEquals(everything.stream().sorted(order).toList(), everything);
        List<StoredEvent> paged = new ArrayList<>();
        for (int page = 1; page <= (total + 2) / 3; page++) {
            paged.addAll(store.events(EventQuery.all().withPage(page, 3)));
        }
        assertEquals(everything, paged);
        assertEquals(List.of(), store.events(EventQuery.all().withPage(100, 3)));
    }

    @Test
    void storedEventsKeepTheEventTheirArticleAndADateToFileThemUnder() {
        AnalysisResult summit = ArchiveArticles.summit();
        store.put(summit);
        List<StoredEvent> stored = new ArrayList<>();
        store.exportEvents(EventQuery.all(), stored::add);
        assertEquals(summit.events(), stored.stream().map(StoredEvent::event).toList());
        long seq = stored.get(0).id() / 1000;
        for (int i = 0; i < stored.size(); i++) {
            StoredEvent e = stored.get(i);
            assertEquals(seq * 1000 + i, e.id());
            assertEquals(summit.article().id(), e.articleId());
            assertEquals("https://notizie.example.it/esteri/vertice-putin-xi", e.url());
            assertEquals("notizie.example.it", e.site());
            assertEquals("it", e.language());
            LocalDate published = LocalDate.of(2024, 5, 16);
            assertEquals(published, e.published());
            assertEquals(e.event().date() == null ? published : LocalDate.parse(e.event().date()), e.date());
            boolean firstParagraph = summit.article().text().indexOf(e.event().sentence())
                    < summit.article().text().indexOf("\n\n");
            assertEquals(firstParagraph, e.rootEvent(), e.event().sentence());
            assertFalse(e.added().isAfter(LocalDate.now(java.time.ZoneOffset.UTC)));
        }
        assertTrue(stored.stream().anyMatch(StoredEvent::rootEvent));
        assertTrue(stored.stream().anyMatch(e -> !e.rootEvent()));
    }

    @Test
    void exportStreamsEveryMatchingEventInIdOrder() {
        List<AnalysisResult> all = putFive();
        List<StoredEvent> exported = new ArrayList<>();
        store.exportEvents(EventQuery.all().withPage(1, 1), exported::add);
        assertEquals(events(all).count(), exported.size());
        assertEquals(exported.stream().sorted(Comparator.comparingLong(StoredEvent::id)).toList(), exported);
        List<StoredEvent> english = new ArrayList<>();
        store.exportEvents(new EventQuery(null, null, null, null, null, null, null, "en", null, 1, 1), english::add);
        assertTrue(english.stream().allMatch(e -> e.language().equals("en")));
        assertEquals(events(List.of(ArchiveArticles.aid(), ArchiveArticles.strike())).count(), english.size());
    }

    @Test
    void aDyadListsBothDirectionsOfEveryPeriod() {
        List<AnalysisResult> all = putFive();
        List<DyadPeriod> months = store.dyad(new DyadQuery("RUS", "chn", DyadQuery.Period.MONTH, null, null));
        Predicate<Event> rusToChn = e -> code(e.source(), "RUS") && code(e.target(), "CHN");
        Predicate<Event> chnToRus = e -> code(e.source(), "CHN") && code(e.target(), "RUS");
        assertEquals(2, months.size(), months.toString());
        DyadPeriod forward = months.get(0);
        DyadPeriod back = months.get(1);
        assertEquals(LocalDate.of(2024, 5, 1), forward.start());
        assertEquals(List.of("RUS", "CHN", "CHN", "RUS"), List.of(forward.source(), forward.target(), back.source(), back.target()));
        assertEquals(events(all).filter(rusToChn).count(), forward.events());
        assertEquals(events(all).filter(chnToRus).count(), back.events());
        assertEquals(events(all).filter(rusToChn).mapToDouble(Event::goldstein).average().orElseThrow(),
                forward.meanGoldstein(), 1e-9);
        long[] quad = new long[4];
        events(all).filter(rusToChn).forEach(e -> quad[e.quadClass() - 1]++);
        assertEquals(List.of(quad[0], quad[1], quad[2], quad[3]),
                List.of(forward.quadClass()[0], forward.quadClass()[1], forward.quadClass()[2], forward.quadClass()[3]));

        List<DyadPeriod> weeks = store.dyad(new DyadQuery("RUS", "CHN", DyadQuery.Period.WEEK, null, null));
        assertEquals(LocalDate.of(2024, 5, 13), weeks.get(0).start(), "weeks start on Monday");
        assertEquals(LocalDate.of(2024, 1, 1),
                store.dyad(new DyadQuery("RUS", "CHN", DyadQuery.Period.YEAR, null, null)).get(0).start());
        assertEquals(List.of(), store.dyad(new DyadQuery("RUS", "CHN", DyadQuery.Period.DAY,
                LocalDate.of(2024, 6, 1), null)));
    }

    @Test
    void aDyadPeriodWithEventsOneWayListsTheOtherWayEmpty() {
        List<AnalysisResult> all = putFive();
        List<DyadPeriod> periods = store.dyad(new DyadQuery("ISR", "IRN", DyadQuery.Period.DAY, null, null));
        long isrToIrn = events(all).filter(e -> code(e.source(), "ISR") && code(e.target(), "IRN")).count();
        long irnToIsr = events(all).filter(e -> code(e.source(), "IRN") && code(e.target(), "ISR")).count();
        assertEquals(2, periods.size());
        assertEquals(isrToIrn, periods.get(0).events());
        assertEquals(irnToIsr, periods.get(1).events());
        List<DyadPeriod> usaRus = store.dyad(new DyadQuery("RUS", "USA", DyadQuery.Period.MONTH, null, null));
        assertTrue(usaRus.stream().anyMatch(p -> p.events() == 0 && p.meanGoldstein() == 0));
    }

    @Test
    void theMostActiveActorsCountEventsAsSourceOrTarget() {
        List<AnalysisResult> all = putFive();
        List<ActorCount> top = store.topActors(new ActorQuery(3, null, null));
        assertEquals(3, top.size());
        for (ActorCount a : top) {
            long asSource = events(all).filter(e -> a.code().equals(e.source().code())).count();
            long asTarget = events(all).filter(e -> e.target() != null && a.code().equals(e.target().code())).count();
            assertEquals(asSource, a.asSource(), a.code());
            assertEquals(asTarget, a.asTarget(), a.code());
            assertEquals(asSource + asTarget, a.events(), a.code());
        }
        assertTrue(top.get(0).events() >= top.get(1).events() && top.get(1).events() >= top.get(2).events());
        ActorCount first = top.get(0);
        Set<String> names = events(all).flatMap(e -> Stream.of(e.source(), e.target()))
                .filter(a -> a != null && first.code().equals(a.code())).map(Actor::name).collect(Collectors.toSet());
        assertTrue(names.contains(first.name()), first + " " + names);
        assertEquals(List.of(), store.topActors(new ActorQuery(5, LocalDate.of(2030, 1, 1), null)));
    }

    @Test
    void theMostActivePairsCountBothDirectionsTogether() {
        List<AnalysisResult> all = putFive();
        List<DyadCount> top = store.topDyads(new ActorQuery(10, null, null));
        assertFalse(top.isEmpty());
        for (DyadCount d : top) {
            assertTrue(d.a().compareTo(d.b()) < 0, d.toString());
            long n = events(all).filter(e -> e.target() != null && e.source().code() != null && e.target().code() != null
                    && Set.of(e.source().code(), e.target().code()).equals(Set.of(d.a(), d.b()))).count();
            assertEquals(n, d.events(), d.toString());
        }
        DyadCount leaders = top.stream().filter(d -> d.a().equals("CHNGOV") && d.b().equals("RUSGOV")).findFirst().orElseThrow();
        assertTrue(leaders.events() >= 4, leaders.toString());
        List<DyadCount> may = store.topDyads(new ActorQuery(10, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)));
        assertTrue(may.stream().noneMatch(d -> d.a().equals("IRN")), may.toString());
    }

    @Test
    void quotesAreFoundBySpeakerNameOrCodeAndByRelay() {
        putFive();
        List<StoredQuote> putin = store.quotes(new QuoteQuery("putin", null, null, null, 1, 100));
        assertFalse(putin.isEmpty());
        assertTrue(putin.stream().allMatch(q -> q.quote().speaker().name().contains("Putin")));
        assertTrue(putin.stream().anyMatch(q -> q.quote().text().equals("La nostra amicizia non ha limiti")));
        List<StoredQuote> usa = store.quotes(new QuoteQuery("usagov", null, null, null, 1, 100));
        assertEquals(ArchiveArticles.aid().quotes().stream()
                .filter(q -> q.speaker() != null && "USAGOV".equals(q.speaker().code())).toList(),
                usa.stream().map(StoredQuote::quote).toList());
        StoredQuote first = usa.get(0);
        assertEquals(ArchiveArticles.aid().article().id(), first.articleId());
        assertEquals("worldwire.example.com", first.site());
        assertEquals(LocalDate.of(2024, 6, 12), first.published());

        List<StoredQuote> viaCronache = store.quotes(new QuoteQuery(null, "CRONACHE.example", null, null, 1, 100));
        assertEquals(ArchiveArticles.summitCopy().quotes(), viaCronache.stream().map(StoredQuote::quote).toList());
        assertEquals(List.of(), store.quotes(new QuoteQuery("100%_", null, null, null, 1, 100)), "wildcards are literal");

        List<StoredQuote> all = store.quotes(new QuoteQuery(null, null, null, null, 1, 1000));
        assertEquals(ArchiveArticles.aid().article().id(), all.get(0).articleId(), "newest article first");
        assertEquals(all.subList(1, 2), store.quotes(new QuoteQuery(null, null, null, null, 2, 1)));
        assertEquals(List.of(), store.quotes(new QuoteQuery(null, null, LocalDate.of(2024, 7, 1), null, 1, 10)));
    }

    @Test
    void searchFindsStoredArticlesByTheirWords() {
        putFive();
        SearchPage page = store.search(SearchQuery.of("gasdotto"));
        assertEquals(1, page.total());
        assertEquals(ArchiveArticles.summitAnalysis().article().id(), page.hits().get(0).articleId());
        assertTrue(page.hits().get(0).snippet().contains("<mark>"), page.hits().get(0).snippet());
        SearchPage english = store.search(new SearchQuery("Blinken", "en", null, null, null, 1, 10));
        assertEquals(List.of(ArchiveArticles.aid().article().id()),
                english.hits().stream().map(h -> h.articleId()).toList());
        assertEquals(0, store.search(new SearchQuery("Blinken", "it", null, null, null, 1, 10)).total());
    }

    @Test
    void aSnippetIsEscapedHtmlWithTheMatchesMarked() {
        store.put(ArchiveArticles.markup());
        SearchPage page = store.search(SearchQuery.of("laboratory"));
        assertEquals(1, page.total());
        String snippet = page.hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>laboratory</mark>"), snippet);
        assertTrue(snippet.contains("R&amp;D") && snippet.contains("&lt;secure&gt;"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
        assertEquals("globe.example.org", page.hits().get(0).site());
        assertEquals(LocalDate.of(2024, 3, 8), page.hits().get(0).published());
    }

    @Test
    void whatWasStoredIsThereWhenTheArchiveIsOpenedAgain() {
        putFive();
        ArchiveStats stats = store.stats();
        store.close();
        store = reopen(Archives.Mode.READ);
        assertEquals(stats, store.stats());
        assertEquals(ArchiveArticles.summit().article().title(),
                store.article(ArchiveArticles.summit().article().id()).orElseThrow().title());
        assertEquals(1, store.search(SearchQuery.of("gasdotto")).total());
        ArchiveException readOnly = assertThrows(ArchiveException.class, () -> store.put(ArchiveArticles.summit()));
        assertEquals(ArchiveException.Reason.INVALID, readOnly.reason());
        assertTrue(readOnly.getMessage().contains(store.location()), readOnly.getMessage());
        store.close();
        store = reopen(Archives.Mode.WRITE);
        assertEquals(IngestReceipt.Outcome.DUPLICATE, store.put(ArchiveArticles.aid()).outcome());
    }

    @Test
    void aClosedArchiveSaysSo() {
        store.close();
        ArchiveException e = assertThrows(ArchiveException.class, () -> store.stats());
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
}
