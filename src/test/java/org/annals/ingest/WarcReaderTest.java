package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

class WarcReaderTest {
    private final List<String> sources = new ArrayList<>();
    private final List<WebFetcher.Page> pages = new ArrayList<>();
    private final List<Timestamp> captured = new ArrayList<>();
    private final List<ReadFailure> failures = new ArrayList<>();

    private void read(byte[] warc, long maxBytes) {
        new WarcReader(maxBytes).read(new ByteArrayInputStream(warc), "crawl.warc", new WarcReader.RecordSink() {
            @Override
            public void page(String source, WebFetcher.Page page, Timestamp when) {
                sources.add(source);
                pages.add(page);
                captured.add(when);
            }

            @Override
            public void fail(ReadFailure failure) {
                failures.add(failure);
            }
        });
    }

    @Test
    void htmlAndTextPagesAreReadAndTheOtherRecordsSkipped() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            sources.clear();
            pages.clear();
            read(WarcFixtures.archive(compression), 1 << 20);
            assertEquals(List.of(), failures, compression.toString());
            assertEquals(List.of("crawl.warc#2", "crawl.warc#6", "crawl.warc#7"), sources, compression.toString());
            assertEquals(URI.create(WarcFixtures.FIRST), pages.get(0).uri());
            assertEquals("text/html", pages.get(0).contentType());
            assertTrue(new String(pages.get(0).body(), StandardCharsets.UTF_8).contains("Una frana ha bloccato"));
            assertEquals("text/plain", pages.get(1).contentType());
            assertEquals(URI.create(WarcFixtures.LAST), pages.get(2).uri());
        }
        assertEquals(Timestamp.of(WarcFixtures.CAPTURED.atOffset(ZoneOffset.UTC)), captured.get(0));
    }

    @Test
    void aTruncatedArchiveKeepsTheRecordsBeforeTheBreakAndSaysWhere() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            sources.clear();
            failures.clear();
            byte[] whole = WarcFixtures.archive(compression);
            read(Arrays.copyOf(whole, whole.length - 60), 1 << 20);
            assertEquals(List.of("crawl.warc#2", "crawl.warc#6"), sources, compression.toString());
            assertEquals(1, failures.size(), failures.toString());
            ReadFailure broken = failures.get(0);
            assertEquals("crawl.warc#7", broken.source(), compression.toString());
            assertTrue(broken.reason().startsWith("truncated or broken WARC record ("), broken.reason());
            assertTrue(broken.reason().endsWith("reading stopped here, the 2 pages before it kept"), broken.reason());
        }
    }

    @Test
    void aPageOverTheLimitIsReportedAndTheOthersRead() throws IOException {
        read(WarcFixtures.archive(WarcCompression.GZIP), 200);
        assertEquals(List.of("crawl.warc#6"), sources, "the short text page fits");
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get(0).reason().startsWith("too large: the page at " + WarcFixtures.FIRST),
                failures.get(0).reason());
    }

    @Test
    void somethingThatIsNoArchiveIsOneFailure() {
        read("WARC/1.1\r\nthis is not a header\r\n\r\n".getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("crawl.warc#1", failures.get(0).source());
        assertEquals(List.of(), sources);
    }
}
