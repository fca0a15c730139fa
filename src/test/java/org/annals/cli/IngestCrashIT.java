package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;
import org.annals.store.ArchiveStats;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;
import org.annals.store.EventQuery;
import org.annals.testing.AnnalsProcess;
import org.annals.testing.TestNews;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: an ingest killed with SIGKILL in the middle (no shutdown hook runs), then run again to the
 * end, leaves the same archive as an ingest that was never interrupted: every article once, no event twice,
 * the search index complete, the archive opening without error.
 */
class IngestCrashIT {
    private static final int ARTICLES = 360;
    private static final Pattern PROGRESS = Pattern.compile("annals: ingest: ([\\d,]+) read · ([\\d,]+) stored");

    @TempDir
    static Path shared;

    private static Path news;
    private static ArchiveStats reference;
    private static Map<String, Long> referenceEvents;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingestInOneGo() throws Exception {
        news = shared.resolve("news");
        TestNews.write(news, ARTICLES);
        Path archive = shared.resolve("reference");
        AnnalsProcess p = AnnalsProcess.start(shared, "ingest", news.toString(), "--archive", archive.toString(),
                "--threads", "2");
        assertEquals(0, p.await(600), p.stderr());
        try (ArchiveStore store = Archives.open(archive.toString(), Archives.Mode.READ)) {
            reference = store.stats();
            referenceEvents = eventsPerArticle(store);
        }
        assertEquals(ARTICLES, reference.articles(), reference.toString());
        assertTrue(reference.events() > ARTICLES, "the articles have events: " + reference);
    }

    private static Map<String, Long> eventsPerArticle(ArchiveStore store) {
        Map<String, Long> counts = new TreeMap<>();
        store.exportEvents(EventQuery.all(), e -> counts.merge(e.articleId(), 1L, Long::sum));
        return counts;
    }

    /** Starts an ingest of the news into {@code archive} and kills it once it has stored some articles. */
    private static long ingestAndKill(Path archive, long storedBefore) throws Exception {
        AnnalsProcess p = AnnalsProcess.start(shared, "ingest", news.toString(), "--archive", archive.toString(),
                "--threads", "1");
        String line = p.awaitLine(l -> {
            Matcher m = PROGRESS.matcher(l);
            return m.find() && number(m.group(2)) > 0;
        }, 300);
        assertNotNull(line, "a progress line with stored articles; stderr:\n" + p.stderr());
        assertTrue(p.alive(), "still running when killed:\n" + p.stderr());
        p.kill();
        Matcher m = PROGRESS.matcher(line);
        assertTrue(m.find());
        long read = number(m.group(1));
        assertTrue(read < ARTICLES, "killed well before the end: " + line);
        return storedBefore + number(m.group(2));
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    private void assertSameAsReference(Path archive, long storedBeforeTheLastRun) throws Exception {
        AnnalsProcess rerun = AnnalsProcess.start(shared, "ingest", news.toString(), "--archive", archive.toString(),
                "--threads", "2");
        assertEquals(0, rerun.await(600), rerun.stderr());
        String summary = rerun.stderr();
        Matcher duplicates = Pattern.compile("duplicates\\s+([\\d,]+)").matcher(summary);
        assertTrue(duplicates.find(), summary);
        assertTrue(number(duplicates.group(1)) >= storedBeforeTheLastRun,
                "what was stored before the kill is recognised: " + summary);

        try (ArchiveStore store = Archives.open(archive.toString(), Archives.Mode.READ)) {
            ArchiveStats stats = store.stats();
            assertEquals(reference, stats, "the same counts as an uninterrupted ingest");
            assertEquals(ARTICLES, stats.articles());
            assertEquals(referenceEvents, eventsPerArticle(store), "no article's events lost or doubled");
            // articles stored before the kill (first in name order) and after it are found
            for (int n : new int[] {0, 1, ARTICLES / 2, ARTICLES - 1}) {
                SearchPage page = store.search(SearchQuery.of(Integer.toString(7000 + n)));
                assertTrue(page.total() >= 1, "article " + n + " is searchable");
                assertEquals(TestNews.title(n), page.hits().get(0).title());
            }
        }
    }

    @Test
    void anIngestKilledInTheMiddleIsCompletedByRunningItAgain() throws Exception {
        Path archive = dir.resolve("archive");
        long stored = ingestAndKill(archive, 0);
        assertSameAsReference(archive, stored);
    }

    @Test
    void anIngestKilledTwiceIsCompletedByRunningItAgain() throws Exception {
        Path archive = dir.resolve("archive");
        long stored = ingestAndKill(archive, 0);
        stored = ingestAndKill(archive, stored);
        assertSameAsReference(archive, stored);
    }

    @Test
    void aTerminatedIngestClosesTheArchiveAndSaysHowFarItGot() throws Exception {
        Path archive = dir.resolve("archive");
        AnnalsProcess p = AnnalsProcess.start(shared, "ingest", news.toString(), "--archive", archive.toString(),
                "--threads", "1");
        assertNotNull(p.awaitLine(l -> PROGRESS.matcher(l).find(), 300), p.stderr());
        p.terminate();
        int code = p.await(60);
        assertTrue(code != 0, "stopped, not finished: " + code);
        String stderr = p.stderr();
        assertTrue(stderr.contains("annals: interrupted; stored so far into " + archive), "exit " + code + ": " + stderr);
        assertTrue(stderr.contains("run the same command again to go on"), stderr);
        try (ArchiveStore store = Archives.open(archive.toString(), Archives.Mode.READ)) {
            long stored = store.stats().articles();
            assertTrue(stored > 0 && stored < ARTICLES, "some stored: " + stored);
        }
        assertSameAsReference(archive, 0);
    }
}
