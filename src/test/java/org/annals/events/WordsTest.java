package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.annals.events.Words.Word;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void surfaceWordsAreFoldedWithOffsetsIntoTheArticle() {
        String text = "L’invasione dell’Ucraina è «durata» 11.000 giorni.";
        List<Word> w = Words.of(new Sentence(text, 100, 100 + text.length(), List.of()));
        assertEquals(List.of("l", "invasione", "dell", "ucraina", "\u00E8", "\"", "durata", "\"", "11.000", "giorni", "."),
                w.stream().map(Word::key).toList());
        assertEquals(102, w.get(1).start());
        assertTrue(w.get(5).quote() && w.get(5).punct());
        assertNull(w.get(1).lemma());
    }

    @Test
    void tokensEnrichTheWordsTheyCover() {
        String text = "Firmerebbe ora.";
        Token t = new Token("Firmerebbe", 0, 10, "VERB", "firmare", Map.of("Mood", "Cnd"));
        List<Word> w = Words.of(new Sentence(text, 0, text.length(), List.of(t)));
        assertEquals("firmerebbe", w.get(0).key());
        assertEquals("firmare", w.get(0).lemma());
        assertEquals("VERB", w.get(0).upos());
        assertEquals("Cnd", w.get(0).mood());
        assertNull(w.get(1).lemma(), "no token covers 'ora'");
    }
}
