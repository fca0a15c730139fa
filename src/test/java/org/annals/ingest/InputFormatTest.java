package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class InputFormatTest {
    private static InputFormat sniff(String text) {
        return InputFormat.sniff(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void feedsSitemapsAndArchivesAreToldByTheirRootOrMagic() throws IOException {
        assertEquals(InputFormat.FEED, sniff("<?xml version=\"1.0\"?>\n<!-- news -->\n<rss version=\"2.0\">"));
        assertEquals(InputFormat.FEED, sniff("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertEquals(InputFormat.FEED, sniff("<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\">"));
        assertEquals(InputFormat.SITEMAP, sniff("<?xml version=\"1.0\"?><?xml-stylesheet href=\"s.xsl\"?><urlset>"));
        assertEquals(InputFormat.SITEMAP, sniff("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/\">"));
        assertEquals(InputFormat.WARC, sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n"));
        assertEquals(InputFormat.SITEMAP, InputFormat.sniff(gzip("<urlset><url><loc>https://a.example/</loc></url>")));
        assertEquals(InputFormat.WARC, InputFormat.sniff(gzip("WARC/1.0\r\n")));
    }

    @Test
    void everythingElseIsADocument() throws IOException {
        assertEquals(InputFormat.DOCUMENT, sniff("<!DOCTYPE html><html><head><title>feed</title>"));
        assertEquals(InputFormat.DOCUMENT, sniff("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/\">"));
        assertEquals(InputFormat.DOCUMENT, sniff("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax\">"));
        assertEquals(InputFormat.DOCUMENT, sniff("Il feed delle notizie: <rss> è un formato."));
        assertEquals(InputFormat.DOCUMENT, sniff("{\"text\": \"<rss>\"}"));
        assertEquals(InputFormat.DOCUMENT, InputFormat.sniff(gzip("just text")));
        assertEquals(InputFormat.DOCUMENT, InputFormat.sniff(new byte[0]));
    }
}
