package org.annals.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private static List<String> quoted(String text) {
        return QuoteMarks.find(text, 0, text.length()).stream()
                .map(s -> text.substring(s.contentStart(), s.contentEnd())).toList();
    }

    @Test
    void everyTypographicForm() {
        assertEquals(List.of("uno"), quoted("Disse “uno” e basta."));
        assertEquals(List.of("due"), quoted("Disse «due» e basta."));
        assertEquals(List.of("tre"), quoted("Disse „tre“ e basta."));
        assertEquals(List.of("quattro"), quoted("Disse „quattro” e basta."));
        assertEquals(List.of("cinque"), quoted("Disse ‘cinque’ e basta."));
        assertEquals(List.of("sei", "sette"), quoted("Disse \"sei\" e poi \"sette\"."));
    }

    @Test
    void anApostropheNeverClosesASingleQuote() {
        assertEquals(List.of("l’alba dell’era nuova"), quoted("Parlò di ‘l’alba dell’era nuova’, poi tacque."));
        assertEquals(List.of(), quoted("L’accordo sull’energia è firmato."));
    }

    @Test
    void anInnerQuotationBelongsToTheOuterOne() {
        assertEquals(List.of("Lui disse ‘mai’ e se ne andò"), quoted("«Lui disse ‘mai’ e se ne andò», racconta."));
    }

    @Test
    void unpairedMarksAreIgnored() {
        assertEquals(List.of(), quoted("Un segno « spaiato resta fuori."));
        assertEquals(List.of("pari"), quoted("Il primo \"pari\" conta, il terzo \" no."));
    }

    @Test
    void leadingAndTrailingSpacesAreNotQuoted() {
        String text = "Scrisse « con spazi » ieri.";
        QuoteMarks.Span s = QuoteMarks.find(text, 0, text.length()).get(0);
        assertEquals("con spazi", text.substring(s.contentStart(), s.contentEnd()));
        assertEquals(text.indexOf('«'), s.open());
        assertEquals(text.indexOf('»') + 1, s.close());
    }
}
