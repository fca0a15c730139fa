package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;
import org.annals.testing.LocalWeb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** Feeds, sitemaps and web archives as inputs of {@link DocumentReader}, their articles on a local site. */
class ContainerInputsIT {
    @TempDir
    Path dir;

    private LocalWeb web;

    @BeforeEach
    void start() throws IOException {
        web = LocalWeb.start();
        web.page("/a", "text/html; charset=utf-8", new String(WarcFixtures.page("Frana sulla statale",
                "Una frana ha bloccato la strada statale."), StandardCharsets.UTF_8));
        web.page("/b", "text/html; charset=utf-8", new String(WarcFixtures.page("Scuole riaperte",
                "Le scuole hanno riaperto mercoledì."), StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private PoliteFetcher fetcher() {
        return new PoliteFetcher(new HttpFetcher(), AddressGuard.of(true), HostThrottle.of(Duration.ZERO));
    }

    private DocumentReader reader(LinkReader.Options options, List<ArticleLink> discovered) {
        return new DocumentReader(1 << 20, DocumentHints.NONE.withLanguage("it"), fetcher(), options,
                discovered::add);
    }

    private String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Voce della Valle</title><language>en</language>
                  <item><title>Frana: statale chiusa</title><link>%s</link>
                    <pubDate>Tue, 18 Jun 2024 07:30:00 +0200</pubDate>
                    <content:encoded><![CDATA[<p>La statale resta chiusa per una frana.</p>]]></content:encoded></item>
                  <item><title>Scuole riaperte</title><link>%s</link><pubDate>domani</pubDate></item>
                  <item><title>Avviso</title><description>&lt;p&gt;Parchi chiusi per il maltempo.&lt;/p&gt;</description></item>
                  <item><title>Un altro feed</title><link>%s</link></item>
                </channel></rss>
                """.formatted(web.url("/a"), web.url("/b"), web.url("/other-feed.xml"));
    }

    @Test
    void aLocalFeedsArticlesAreFetchedWithWhatTheFeedSaid() throws IOException {
        web.page("/other-feed.xml", "application/rss+xml", "<rss><channel><item><link>https://x.example/</link>"
                + "</item></channel></rss>");
        Path feed = Files.writeString(dir.resolve("valle.rss"), feed());
        List<ArticleLink> discovered = new ArrayList<>();
        DocumentReader.Batch batch = reader(LinkReader.Options.DEFAULT, discovered).readAll(List.of(feed.toString()));

        assertEquals(4, discovered.size());
        List<RawDocument> docs = batch.documents();
        assertEquals(List.of(web.url("/a"), web.url("/b"), feed + "#3"),
                docs.stream().map(RawDocument::source).toList());
        RawDocument first = docs.get(0);
        assertEquals(DocumentKind.HTML, first.kind());
        assertTrue(first.content().contains("Una frana ha bloccato"), "the page, fetched: not the feed's content");
        assertEquals("Frana: statale chiusa", first.hints().title(), "the feed's title wins");
        assertEquals(Timestamp.parse("2024-06-18T07:30:00+02:00"), first.hints().published());
        assertEquals("en", first.hints().language(), "the feed's language wins over the command line's");
        assertEquals(web.url("/a"), first.hints().url());
        assertEquals(List.of("the feed's date 'domani' not understood; left out"), docs.get(1).problems());
        assertNull(docs.get(1).hints().published());
        RawDocument inline = docs.get(2);
        assertTrue(inline.content().contains("Parchi chiusi per il maltempo."), inline.content());
        assertEquals("Voce della Valle", inline.hints().publisher());
        assertEquals(List.of(new ReadFailure(web.url("/other-feed.xml"), "a feed, not an article: not followed from "
                + "here")), batch.failures());
        assertTrue(web.requests().containsAll(List.of("/robots.txt", "/a", "/b", "/other-feed.xml")));
    }

    @Test
    void feedContentIsUsedWhenAskedAndNothingIsFetchedForIt() throws IOException {
        Path feed = Files.writeString(dir.resolve("valle.xml"), feed());
        DocumentReader.Batch batch = reader(new LinkReader.Options(2, true), new ArrayList<>())
                .readAll(List.of(feed.toString()));
        assertEquals(2, batch.documents().size());
        assertTrue(batch.documents().get(0).content().contains("<p>La statale resta chiusa per una frana.</p>"));
        assertEquals(web.url("/a"), batch.documents().get(0).hints().url(), "still the article's address");
        assertEquals(List.of("/robots.txt", "/b"), web.requests(), "only the item without content is fetched");
        assertEquals(List.of(new ReadFailure(feed.toString(), "only the first 2 articles are read; 2 more left out "
                + "(raise it with --max-items)", true)), batch.failures());
    }

    @Test
    void aSitemapIndexIsFollowedToItsCompressedSitemapsAndGoogleNewsHints() throws IOException {
        web.page("/sitemap-index.xml", "application/xml", """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>/news.xml.gz</loc></sitemap>
                  <sitemap><loc>/missing.xml</loc></sitemap>
                </sitemapindex>""");
        web.page("/news.xml.gz", 200, "application/gzip", InputFormatTest.gzip("""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>%s</loc><news:news><news:publication><news:name>Voce della Valle</news:name>
                    <news:language>it</news:language></news:publication>
                    <news:publication_date>2024-06-18</news:publication_date>
                    <news:title>Frana sulla statale</news:title></news:news></url>
                  <url><loc>%s</loc></url>
                </urlset>""".formatted(web.url("/a"), web.url("/b"))));
        DocumentReader.Batch batch = reader(LinkReader.Options.DEFAULT, new ArrayList<>())
                .readAll(List.of(web.url("/sitemap-index.xml")));
        assertEquals(List.of(web.url("/a"), web.url("/b")),
                batch.documents().stream().map(RawDocument::source).toList());
        DocumentHints hints = batch.documents().get(0).hints();
        assertEquals("Voce della Valle", hints.publisher());
        assertEquals(Timestamp.parse("2024-06-18"), hints.published());
        assertEquals(1, batch.failures().size());
        assertEquals(web.url("/missing.xml"), batch.failures().get(0).source());
        assertTrue(batch.failures().get(0).reason().contains("HTTP 404"), batch.failures().get(0).reason());
    }

    @Test
    void discoveryListsLinksWithoutFetchingArticles() throws IOException {
        Path feed = Files.writeString(dir.resolve("valle.rss"), feed());
        Path warc = dir.resolve("crawl.warc.gz");
        Files.write(warc, WarcFixtures.archive(WarcCompression.GZIP));
        List<String> listed = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        reader(LinkReader.Options.DEFAULT, new ArrayList<>()).discover(List.of(feed.toString(), warc.toString(),
                web.url("/a"), dir.toString()), new LinkReader.LinkSink() {
                    @Override
                    public void link(ArticleLink link) {
                        listed.add(link.url() == null ? link.source() : link.url().toString());
                    }

                    @Override
                    public void fail(ReadFailure failure) {
                        failures.add(failure);
                    }
                });
        assertEquals(List.of(web.url("/a"), web.url("/b"), feed + "#3", web.url("/other-feed.xml"),
                WarcFixtures.FIRST, "https://valle.example/avviso.txt", WarcFixtures.LAST, web.url("/a")), listed);
        assertEquals(List.of("/robots.txt", "/a"), web.requests(), "only the page URL given is fetched");
        assertEquals(List.of(new ReadFailure(dir.toString(),
                "only feeds, sitemaps, WARC files and URLs can be listed")),
                failures);
    }

    @Test
    void webArchivesAreReadPageByPageWithTheirCaptureDate() throws IOException {
        Path gz = dir.resolve("crawl.warc.gz");
        Files.write(gz, WarcFixtures.archive(WarcCompression.GZIP));
        byte[] plain = WarcFixtures.archive(WarcCompression.NONE);
        Path cut = dir.resolve("cut.dat");
        Files.write(cut, Arrays.copyOf(plain, plain.length - 40));
        DocumentReader.Batch batch = new DocumentReader(1 << 20, DocumentHints.NONE)
                .readAll(List.of(gz.toString(), cut.toString()));
        assertEquals(List.of(gz + "#2", gz + "#6", gz + "#7", cut + "#2", cut + "#6"),
                batch.documents().stream().map(RawDocument::source).toList(), "the unnamed archive told by content");
        RawDocument first = batch.documents().get(0);
        assertEquals(DocumentKind.HTML, first.kind());
        assertEquals(WarcFixtures.FIRST, first.hints().url());
        assertEquals(Timestamp.parse("2024-06-18T06:00:00Z"), first.hints().retrieved());
        assertNull(first.hints().published(), "a capture date is no publication date");
        assertEquals(DocumentKind.TEXT, batch.documents().get(1).kind());
        assertEquals(1, batch.failures().size());
        assertEquals(cut + "#7", batch.failures().get(0).source());
    }

    @Test
    void aWarcFetchedFromTheWebIsReadToo() throws IOException {
        web.page("/crawl.warc.gz", 200, "application/warc", WarcFixtures.archive(WarcCompression.GZIP));
        DocumentReader.Batch batch = reader(LinkReader.Options.DEFAULT, new ArrayList<>())
                .readAll(List.of(web.url("/crawl.warc.gz")));
        assertEquals(3, batch.documents().size(), batch.failures().toString());
        assertEquals(URI.create(WarcFixtures.LAST).toString(), batch.documents().get(2).hints().url());
    }
}
