package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;

/** Sitemaps written for these tests: a URL set, an index, and a Google News sitemap. */
class SitemapReaderTest {
    private static Sitemap read(String xml) {
        return SitemapReader.read(xml.getBytes(StandardCharsets.UTF_8),
                URI.create("https://porto.example/sitemap.xml"));
    }

    @Test
    void aUrlSetListsItsPagesAndDropsBadEntries() {
        Sitemap sitemap = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://porto.example/notizie/molo-nord</loc><lastmod>2024-06-18</lastmod></url>
                  <url><loc>ftp://porto.example/archivio</loc></url>
                  <url><lastmod>2024-06-18</lastmod></url>
                  <url><loc>https://porto.example/notizie/gru</loc><lastmod>next week</lastmod></url>
                </urlset>
                """);
        assertEquals(2, sitemap.pages().size());
        SitemapEntry first = sitemap.pages().get(0);
        assertEquals(URI.create("https://porto.example/notizie/molo-nord"), first.loc());
        assertEquals(Timestamp.parse("2024-06-18"), first.lastModified());
        assertNull(first.published(), "lastmod is no publication date");
        assertEquals(List.of("the sitemap's lastmod 'next week' not understood; left out"),
                sitemap.pages().get(1).problems());
        assertEquals(List.of("url 2: 'ftp://porto.example/archivio' is not an http(s) address; dropped",
                "url 3: no <loc>; dropped"), sitemap.problems());
        assertEquals(List.of(), sitemap.sitemaps());
    }

    @Test
    void anIndexListsItsSitemaps() {
        Sitemap index = read("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://porto.example/sitemap-2024-06.xml.gz</loc></sitemap>
                  <sitemap><loc>/sitemap-2024-05.xml</loc></sitemap>
                </sitemapindex>
                """);
        assertEquals(List.of(URI.create("https://porto.example/sitemap-2024-06.xml.gz"),
                URI.create("https://porto.example/sitemap-2024-05.xml")), index.sitemaps());
        assertEquals(List.of(), index.pages());
    }

    @Test
    void aGoogleNewsSitemapGivesTitleDatePublisherAndLanguage() {
        Sitemap sitemap = read("""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url>
                    <loc>https://porto.example/notizie/sciopero-portuali</loc>
                    <news:news>
                      <news:publication><news:name>Gazzetta del Porto</news:name><news:language>it</news:language></news:publication>
                      <news:publication_date>2024-06-18T07:15:00+02:00</news:publication_date>
                      <news:title>Sciopero dei portuali, navi ferme in rada</news:title>
                    </news:news>
                  </url>
                </urlset>
                """);
        SitemapEntry entry = sitemap.pages().get(0);
        assertEquals("Sciopero dei portuali, navi ferme in rada", entry.title());
        assertEquals(Timestamp.parse("2024-06-18T07:15:00+02:00"), entry.published());
        assertEquals("Gazzetta del Porto", entry.publisher());
        assertEquals("it", entry.language());
    }
}
