package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.annals.model.Actor;
import org.annals.model.AnalysisResult;
import org.annals.model.Event;
import org.annals.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory event catalog: its own rules on a handful of events, then every question asked of an archive
 * that holds it and of one that does not (the SQL answers), which must agree.
 */
class EventCatalogTest {
    @TempDir
    Path folder;

    private static EventFact fact(long id, String date, String source, String target, String cameo, String status) {
        return new EventFact(id, date == null ? null : LocalDate.parse(date), source, "name of " + source, target,
                target == null ? null : "name of " + target, cameo, "AGREE", status, 1, 3.0, "it", "Example.org");
    }

    private static EventQuery query(String source, String target, LocalDate from, LocalDate to, int page, int size) {
        return new EventQuery(source, target, null, null, null, from, to, null, null, page, size);
    }

    private static long[] ids(EventCatalog c, EventQuery q) {
        return c.page(q).ids();
    }

    @Test
    void listsNewestFirstThenByIdWithUndatedEventsLastAcrossTheSortedPartAndTheTail() {
        EventCatalog c = new EventCatalog(3);
        c.add(fact(1000, "2024-06-18", "RUSGOV", "PRKGOV", "057", "asserted"));
        c.add(fact(1001, null, "RUSGOV", "PRKGOV", "057", "asserted"));
        c.add(fact(2000, "2024-06-19", "PRKGOV", "RUSGOV", "040", "reported"));
        c.add(fact(2001, "2024-06-18", "USAGOV", "RUSGOV", "111", "reported"));
        c.publish(); // four events: past the merge threshold, so sorted
        c.add(fact(3000, "2024-06-18", "RUSMIL", "UKRMIL", "190", "alleged"));
        c.add(fact(3001, "2024-06-20", "RUSGOV", "VNMGOV", "036", "planned"));
        c.publish(); // two events in the tail
        EventQuery all = query(null, null, null, null, 1, 10);
        assertArrayEquals(new long[] {3001, 2000, 1000, 2001, 3000, 1001}, ids(c, all));
        assertEquals(6, c.page(all).total());
        assertArrayEquals(new long[] {1000, 2001}, ids(c, query(null, null, null, null, 2, 2)));
        // a source prefix matches every role of the country; a date range leaves out the undated event
        assertArrayEquals(new long[] {3001, 1000, 3000, 1001}, ids(c, query("RUS", null, null, null, 1, 10)));
        assertArrayEquals(new long[] {1000, 3000},
                ids(c, query("RUS", null, null, LocalDate.parse("2024-06-18"), 1, 10)));
        EventQuery alleged = new EventQuery(null, null, "19", null, Status.ALLEGED, null, null, null, null, 1, 10);
        assertArrayEquals(new long[] {3000}, ids(c, alleged));
        EventQuery unknownSite = new EventQuery(null, null, null, null, null, null, null, null, "nowhere.org", 1, 10);
        assertEquals(0, c.page(unknownSite).total());
        EventQuery siteAnyCase = new EventQuery(null, null, null, null, null, null, null, "IT", "EXAMPLE.ORG", 1, 10);
        assertEquals(6, c.page(siteAnyCase).total());
    }

    @Test
    void aDyadCountsEachEventOnceInItsDirectionByIsoWeek() {
        EventCatalog c = new EventCatalog(1);
        c.add(fact(1000, "2024-06-19", "RUSGOV", "PRKGOV", "057", "asserted")); // a Wednesday
        c.add(fact(1001, "2024-06-17", "PRKGOV", "RUSMIL", "057", "asserted")); // the Monday before
        c.add(fact(1002, "2024-06-24", "RUSGOV", "PRKGOV", "190", "asserted")); // the next Monday
        c.add(fact(1003, null, "RUSGOV", "PRKGOV", "057", "asserted"));
        c.add(fact(1004, "2024-06-19", "RUSGOV", "USAGOV", "057", "asserted"));
        c.publish();
        List<DyadPeriod> weeks = c.dyad(new DyadQuery("RUS", "PRK", DyadQuery.Period.WEEK, null, null));
        assertEquals(4, weeks.size());
        assertEquals(LocalDate.parse("2024-06-17"), weeks.get(0).start());
        assertEquals(List.of(1L, 1L, 1L, 0L), weeks.stream().map(DyadPeriod::events).toList());
        assertEquals("PRK", weeks.get(1).source());
        assertEquals(LocalDate.parse("2024-06-24"), weeks.get(2).start());
    }

    @Test
    void anEventBetweenTwoMentionsOfOneActorCountsOnceForIt() {
        EventCatalog c = new EventCatalog(1);
        c.add(fact(1000, "2024-06-19", "RUSGOV", "RUSGOV", "111", "asserted"));
        c.add(fact(1001, "2024-06-19", "RUSGOV", null, "111", "asserted"));
        c.publish();
        ActorCount russia = c.topActors(new ActorQuery(5, null, null)).get(0);
        assertEquals(new ActorCount("RUSGOV", "name of RUSGOV", 2, 2, 1), russia);
        assertEquals(List.of(), c.topDyads(new ActorQuery(5, null, null)));
    }

    // ------------------------------------------------------------------------- the catalog against SQL

    /** Synthetic articles, with a target dropped here and there, so that events without one are stored. */
    private static List<AnalysisResult> articles(int from, int to) {
        SyntheticArticles synthetic = new SyntheticArticles(5, 8);
        List<AnalysisResult> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            AnalysisResult r = synthetic.article(i);
            List<Event> events = new ArrayList<>();
            for (int e = 0; e < r.events().size(); e++) {
                Event v = r.events().get(e);
                Actor target = (i + e) % 7 == 0 ? null : v.target();
                events.add(new Event(v.source(), target, v.cameo(), v.plover(), v.goldstein(), v.date(), v.status(),
                        v.location(), v.sentence(), v.evidence(), v.quadClass(), v.pattern(), v.mentions(),
                        v.dateSource(), v.attribution()));
            }
            out.add(new AnalysisResult(r.source(), r.analyzed(), events, r.quotes(), r.claims(), r.times(),
                    r.problems()));
        }
        return out;
    }

    @Test
    void answersEveryQuestionAsTheDatabaseDoesWhileArticlesKeepComing() {
        try (ArchiveStore sql = Archives.open(folder.resolve("sql").toString(), Archives.Mode.WRITE);
             ArchiveStore memory = Archives.open(folder.resolve("memory").toString(), Archives.Mode.WRITE)) {
            sql.putAll(articles(0, 100));
            memory.putAll(articles(0, 100));
            ((EmbeddedArchiveStore) memory).warmUp(300);
            // 200 events a batch: the first stays in the tail, the second is merged, the third starts a tail
            for (int from = 100; from < 175; from += 25) {
                sql.putAll(articles(from, from + 25));
                memory.stats(); // counted and kept before the batch: must not outlive it
                memory.putAll(articles(from, from + 25));
                compare(sql, memory);
                assertEquals(sql.stats(), memory.stats());
            }
        }
    }

    private static void compare(ArchiveStore sql, ArchiveStore memory) {
        List<String> codes = SyntheticArticles.countryCodes();
        List<EventQuery> queries = new ArrayList<>();
        LocalDate from = LocalDate.of(2018, 3, 1);
        LocalDate to = LocalDate.of(2022, 6, 30);
        for (int page : new int[] {1, 2, 7}) {
            queries.add(EventQuery.all().withPage(page, 40));
        }
        for (String code : codes.subList(0, 6)) {
            queries.add(query(code, null, null, null, 1, 25));
            queries.add(query(null, code, from, null, 2, 10));
            queries.add(query(code, code + "GOV", null, to, 1, 50));
            queries.add(new EventQuery(code + "GOV", null, "1", null, null, from, to, null, null, 1, 30));
        }
        for (Status status : Status.values()) {
            queries.add(new EventQuery(null, null, null, null, status, null, null, "en", null, 1, 20));
        }
        queries.add(new EventQuery(null, null, "19", "FIGHT", null, from, null, "it", null, 1, 100));
        queries.add(new EventQuery(null, null, null, "AGREE", null, from, null, null, null, 2, 20));
        queries.add(new EventQuery(null, null, "0", null, null, null, to, null, null, 3, 15));
        queries.add(new EventQuery(null, null, null, null, Status.ALLEGED, from, to, null, null, 1, 10));
        queries.add(new EventQuery(codes.get(0), codes.get(1), "04", null, Status.REPORTED, from, to, null, null, 1, 5));
        for (EventQuery q : queries) {
            EventPage expected = sql.eventPage(q);
            EventPage found = memory.eventPage(q);
            assertEquals(expected.total(), found.total(), q::toString);
            assertEquals(expected.events().stream().map(StoredEvent::id).toList(),
                    found.events().stream().map(StoredEvent::id).toList(), q::toString);
            assertEquals(expected.events(), found.events(), q::toString);
        }
        for (DyadQuery.Period by : DyadQuery.Period.values()) {
            for (int i : IntStream.range(0, 4).toArray()) {
                DyadQuery q = new DyadQuery(codes.get(i), codes.get(i + 1) + (i == 2 ? "GOV" : ""), by,
                        i == 1 ? from : null, i == 3 ? to : null);
                assertDyads(sql.dyad(q), memory.dyad(q), q.toString());
            }
        }
        for (ActorQuery q : List.of(new ActorQuery(10, null, null), new ActorQuery(1000, from, to),
                new ActorQuery(3, null, from))) {
            assertEquals(sql.topActors(q), memory.topActors(q), q::toString);
            List<DyadCount> expected = sql.topDyads(q);
            List<DyadCount> found = memory.topDyads(q);
            assertEquals(expected.size(), found.size(), q::toString);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).a() + expected.get(i).b() + expected.get(i).events(),
                        found.get(i).a() + found.get(i).b() + found.get(i).events(), q::toString);
                assertEquals(expected.get(i).meanGoldstein(), found.get(i).meanGoldstein(), 1e-9, q::toString);
            }
        }
    }

    private static void assertDyads(List<DyadPeriod> expected, List<DyadPeriod> found, String query) {
        assertEquals(expected.size(), found.size(), query);
        for (int i = 0; i < expected.size(); i++) {
            DyadPeriod e = expected.get(i);
            DyadPeriod f = found.get(i);
            assertEquals(List.of(e.start(), e.source(), e.target(), e.events()),
                    List.of(f.start(), f.source(), f.target(), f.events()), query);
            assertArrayEquals(e.quadClass(), f.quadClass(), query);
            assertEquals(e.meanGoldstein(), f.meanGoldstein(), 1e-9, query);
        }
    }
}
