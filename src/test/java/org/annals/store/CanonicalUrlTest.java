package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void caseDefaultPortFragmentTrackingAndTrailingSlashAreDropped() {
        String canonical = "https://notizie.example.it/esteri/vertice-putin-xi";
        assertEquals(canonical, CanonicalUrl.of(canonical));
        assertEquals(canonical, CanonicalUrl.of(" HTTPS://Notizie.Example.IT:443/esteri/vertice-putin-xi/ "));
        assertEquals(canonical, CanonicalUrl.of(
                "https://notizie.example.it/esteri/vertice-putin-xi/?utm_source=feed&utm_medium=rss&fbclid=x1#commenti"));
        assertEquals(canonical, CanonicalUrl.of("https://reader:secret@notizie.example.it/esteri/vertice-putin-xi"));
    }

    @Test
    void pathCaseAndOtherParametersAreKeptInOrder() {
        assertEquals("https://example.com/Story?id=7&page=2",
                CanonicalUrl.of("https://example.com/Story?id=7&utm_campaign=a&page=2"));
        assertEquals("http://example.com:8080/", CanonicalUrl.of("http://EXAMPLE.com:8080"));
    }

    @Test
    void whatIsNoHttpAddressIsKeptAsWritten() {
        assertEquals("urn:isbn:0451450523", CanonicalUrl.of(" urn:isbn:0451450523 "));
        assertEquals("not a url at all", CanonicalUrl.of("not a url at all"));
        assertNull(CanonicalUrl.of("  "));
        assertNull(CanonicalUrl.of(null));
    }

    @Test
    void theSiteIsTheHostWithoutWww() {
        assertEquals("thesocialpost.it", CanonicalUrl.site("https://www.TheSocialPost.it/a/b"));
        assertEquals("cronache.example.it", CanonicalUrl.site("https://cronache.example.it"));
        assertNull(CanonicalUrl.site("file.txt"));
        assertNull(CanonicalUrl.site(null));
    }
}
