package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.ingest.ReadFailure;
import org.annals.store.IngestReceipt;
import org.junit.jupiter.api.Test;

class IngestProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now;

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static IngestReceipt receipt(IngestReceipt.Outcome outcome, int events) {
        return new IngestReceipt(outcome, "a", "a", events);
    }

    @Test
    void plainLinesComeEveryHundredArticlesOrFiveSeconds() {
        IngestProgress p = new IngestProgress(err, false, false, -1, () -> now);
        for (int i = 0; i < 250; i++) {
            now += 10_000_000L; // 10 ms each
            p.stored(receipt(i % 10 == 0 ? IngestReceipt.Outcome.DUPLICATE : IngestReceipt.Outcome.STORED, 2));
        }
        List<String> lines = text().lines().toList();
        assertEquals(List.of("annals: ingest: 100 read · 90 stored · 10 duplicates · 0 failed · 100.0/s",
                "annals: ingest: 200 read · 180 stored · 20 duplicates · 0 failed · 100.0/s"), lines);
        now += 6_000_000_000L;
        p.stored(receipt(IngestReceipt.Outcome.STORED, 1));
        assertTrue(text().lines().toList().get(2).startsWith("annals: ingest: 251 read · 226 stored"), text());
    }

    @Test
    void theSummaryCountsEverythingAndListsTheFailures() {
        IngestProgress p = new IngestProgress(err, false, false, -1, () -> now);
        p.stored(receipt(IngestReceipt.Outcome.STORED, 3));
        p.stored(receipt(IngestReceipt.Outcome.COPY, 2));
        p.stored(receipt(IngestReceipt.Outcome.DUPLICATE, 0));
        p.failed(new ReadFailure("dir/empty.txt", "empty file"));
        now += 2_000_000_000L;
        p.summary("annals-data", false);
        String text = text();
        assertTrue(text.startsWith("annals: dir/empty.txt: empty file\n"), text);
        assertTrue(text.contains("annals: ingested into annals-data in 2.0 s (2.0 articles/s)"), text);
        assertTrue(text.contains("  read                 4\n"), text);
        assertTrue(text.contains("  stored               2  (1 of them copies of stories already stored)"), text);
        assertTrue(text.contains("  duplicates           1  (already in the archive)"), text);
        assertTrue(text.contains("  failed               1\n"), text);
        assertTrue(text.contains("  events               5  stored"), text);
        assertTrue(text.contains("failed inputs:\n  dir/empty.txt: empty file"), text);
        assertEquals(1, p.failedCount());
    }

    @Test
    void onATerminalOneLineIsRedrawnWithABar() {
        IngestProgress p = new IngestProgress(err, true, false, 4, () -> now);
        p.stored(receipt(IngestReceipt.Outcome.STORED, 1));
        now += 200_000_000L;
        p.stored(receipt(IngestReceipt.Outcome.DUPLICATE, 0));
        String text = text();
        assertTrue(text.contains("\r[============>           ] 2/4 articles · 10/s · 1 duplicates · 0 failed"), text);
        assertFalse(text.contains("\n"), "one line, redrawn");
        p.failed(new ReadFailure("x.pdf", "binary content (PDF), not text or HTML"));
        assertTrue(text().contains("\r\u001b[Kannals: x.pdf: binary content"), "the failure gets a line of its own");
    }

    @Test
    void quietPrintsOnlyFailures() {
        IngestProgress p = new IngestProgress(err, false, true, -1, () -> now);
        for (int i = 0; i < 150; i++) {
            p.stored(receipt(IngestReceipt.Outcome.STORED, 1));
        }
        p.failed(new ReadFailure("b.txt", "empty file"));
        p.summary("annals-data", false);
        assertEquals("annals: b.txt: empty file\n", text());
    }

    @Test
    void elapsedTimeReadsNaturally() {
        assertEquals("0.5 s", IngestProgress.elapsed(500_000_000L));
        assertEquals("1 min 32 s", IngestProgress.elapsed(92_000_000_000L));
        assertEquals("2 h 05 min", IngestProgress.elapsed(7_500_000_000_000L));
    }
}
