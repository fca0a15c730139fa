package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;

/** RSS 2.0, RSS 1.0 and Atom feeds written for these tests, well-formed and not. */
class FeedReaderTest {
    private static Feed read(String xml, String base) {
        return FeedReader.read(xml.getBytes(StandardCharsets.UTF_8), base == null ? null : URI.create(base));
    }

    @Test
    void rss2ItemsGiveLinkTitleDateAuthorContentAndSummary() {
        Feed feed = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel>
                  <title>Cronache del Lago</title>
                  <link>https://cronache.example/</link>
                  <language>it-IT</language>
                  <item>
                    <title>Il ponte di Varenna riapre dopo i lavori</title>
                    <link>https://cronache.example/2024/06/ponte-varenna</link>
                    <pubDate>Tue, 18 Jun 2024 09:30:00 +0200</pubDate>
                    <dc:creator>Giulia Ferraris</dc:creator>
                    <description>Riapre il ponte.</description>
                    <content:encoded><![CDATA[<p>Il sindaco ha tagliato il nastro martedì.</p>]]></content:encoded>
                  </item>
                  <item>
                    <title>Traghetti, nuovi orari estivi</title>
                    <guid isPermaLink="true">https://cronache.example/2024/06/traghetti</guid>
                    <pubDate>18 Jun 2024 10:05 GMT</pubDate>
                  </item>
                </channel>
                </rss>
                """, null);
        assertEquals("Cronache del Lago", feed.title());
        assertEquals("it", feed.language());
        assertEquals(List.of(), feed.problems());
        assertEquals(2, feed.items().size());
        FeedItem first = feed.items().get(0);
        assertEquals(URI.create("https://cronache.example/2024/06/ponte-varenna"), first.link());
        assertEquals("Il ponte di Varenna riapre dopo i lavori", first.title());
        assertEquals(Timestamp.parse("2024-06-18T09:30:00+02:00"), first.published());
        assertEquals("Giulia Ferraris", first.author());
        assertEquals("<p>Il sindaco ha tagliato il nastro martedì.</p>", first.content());
        assertEquals("Riapre il ponte.", first.summary());
        FeedItem second = feed.items().get(1);
        assertEquals(URI.create("https://cronache.example/2024/06/traghetti"), second.link(), "permalink guid");
        assertEquals(Timestamp.parse("2024-06-18T10:05:00Z"), second.published());
        assertNull(second.content());
    }

    @Test
    void atomEntriesGiveTheirAlternateLinkAndHtmlOrXhtmlContent() {
        Feed feed = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                  <title type="text">Harbour Gazette</title>
                  <entry>
                    <title type="html">Ferry &lt;em&gt;strike&lt;/em&gt; ends</title>
                    <link rel="edit" href="https://gazette.example/api/1"/>
                    <link rel="alternate" type="text/html" href="/news/ferry-strike-ends"/>
                    <id>tag:gazette.example,2024:1</id>
                    <updated>2024-06-19T08:00:00Z</updated>
                    <published>2024-06-18T17:45:00+01:00</published>
                    <author><name>Tom Ashdown</name></author>
                    <content type="html">&lt;p&gt;The union accepted the offer.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>Harbour wall repaired</title>
                    <id>tag:gazette.example,2024:2</id>
                    <updated>2024-06-19</updated>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Work finished early.</p></div></content>
                  </entry>
                </feed>
                """, "https://gazette.example/feeds/atom.xml");
        assertEquals("Harbour Gazette", feed.title());
        assertEquals("en", feed.language());
        FeedItem first = feed.items().get(0);
        assertEquals(URI.create("https://gazette.example/news/ferry-strike-ends"), first.link(),
                "the alternate link, made absolute against the feed's address");
        assertEquals("Ferry strike ends", first.title(), "HTML in a title is reduced to its text");
        assertEquals(Timestamp.parse("2024-06-18T17:45:00+01:00"), first.published(), "published before updated");
        assertEquals("Tom Ashdown", first.author());
        assertEquals("<p>The union accepted the offer.</p>", first.content());
        FeedItem second = feed.items().get(1);
        assertNull(second.link(), "a tag: id is no address");
        assertTrue(second.content().contains("<p>Work finished early.</p>"), second.content());
        assertEquals(Timestamp.parse("2024-06-19"), second.published());
        assertEquals(List.of(), feed.problems());
    }

    @Test
    void aBrokenFeedKeepsWhatItCanAndSaysWhatItDropped() {
        Feed feed = read("""
                <rss version="2.0"><channel>
                  <title>Caff&egrave; &amp; Notizie&nbsp;</title>
                  <item>
                    <title>Mercato coperto, si parte</title>
                    <link> https://caffe.example/mercato </link>
                    <pubDate>ieri sera</pubDate>
                    <description>Apre il mercato &mdash; finalmente
                  </item>
                  <item><title>Niente di niente</title></item>
                  <item><link>/relativo/senza-base</link><description>Solo un riassunto.</description></item>
                  <item><title>Senza data</title><link>https://caffe.example/senza-data</link></item>
                </channel></rss>
                """, null);
        assertEquals("Caffè & Notizie", feed.title(), "HTML entities in XML are decoded");
        assertEquals(3, feed.items().size(), feed.items().toString());
        FeedItem first = feed.items().get(0);
        assertEquals(URI.create("https://caffe.example/mercato"), first.link());
        assertNull(first.published());
        assertEquals(List.of("the feed's date 'ieri sera' not understood; left out"), first.problems());
        assertTrue(first.summary().startsWith("Apre il mercato — finalmente"), first.summary());
        FeedItem relative = feed.items().get(1);
        assertEquals("Solo un riassunto.", relative.summary(), "kept for its content, without a link");
        assertNull(relative.link());
        assertNull(feed.items().get(2).published());
        assertEquals(List.of("item 2 (\"Niente di niente\"): dropped, it has neither a link nor content",
                "item 3: link '/relativo/senza-base' is not an http(s) address (a relative link needs the "
                        + "feed's address)"), List.copyOf(feed.problems().stream().sorted().toList()));
    }

    @Test
    void rss1ItemsAreReadLikeRss2() {
        Feed feed = read("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://valle.example/"><title>Voce della Valle</title></channel>
                  <item rdf:about="https://valle.example/a1">
                    <title>Sagra rinviata</title><link>https://valle.example/a1</link>
                    <dc:date>2024-06-17T20:00+02:00</dc:date>
                  </item>
                </rdf:RDF>
                """, null);
        assertEquals(1, feed.items().size());
        assertEquals(URI.create("https://valle.example/a1"), feed.items().get(0).link());
        assertEquals(Timestamp.parse("2024-06-17T20:00+02:00"), feed.items().get(0).published());
    }
}
