package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void hashOfContent() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01cfea", ArticleIds.ofContent("abc"));
        assertEquals("e3b0c44298fc1c14", ArticleIds.ofContent(""));
        assertEquals("ba7816bf8f01cfea", ArticleIds.of(new RawDocument("a.txt", DocumentKind.TEXT, "abc")));
    }

    @Test
    void hintedIdWins() {
        DocumentHints hints = new DocumentHints("feed-42", null, null, null, null, null);
        assertEquals("feed-42", ArticleIds.of(new RawDocument("a.txt", DocumentKind.TEXT, "abc", hints, List.of())));
    }
}
