package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {
    private static boolean html(String s) {
        return ContentSniffer.looksLikeHtml(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesDocumentsAndFragments() {
        assertTrue(html("<!DOCTYPE html>\n<html lang=it><body>x</body></html>"));
        assertTrue(html("  <html><head><title>t</title></head>"));
        assertTrue(html("<?xml version=\"1.0\"?><!-- saved page --><html xmlns=\"http://www.w3.org/1999/xhtml\">"));
        assertTrue(html("<div class=a><p>uno</p><p>due</p></div>"));
    }

    @Test
    void leavesProseAlone() {
        assertFalse(html("Il vertice si è chiuso ieri sera.\n\nLe delegazioni ripartono oggi."));
        assertFalse(html("Prices rose 3% <according to the agency> this month."));
    }
}
