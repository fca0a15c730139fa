package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TimeLexiconTest {

    private static TimeLexicon parse(String text) throws Exception {
        return TimeLexicon.parse("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bundledLexiconsLoad() {
        assertEquals("6", TimeLexicon.load("it").value("month", "Giugno"));
        assertEquals("4", TimeLexicon.load("en").value("weekday", "thursday"));
    }

    @Test
    void badLinesNameFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("# comment\nmonth\tgiugno\t6\nmonth\tluglio\t13\n"));
        assertTrue(e.getMessage().startsWith("test.tsv:3:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("colour\tblu\t1\n"));
        assertTrue(e.getMessage().contains("test.tsv:1: unknown category"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("month\tgiugno 6\n"));
        assertTrue(e.getMessage().contains("test.tsv:1: expected 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("month\tgiu\t6\nmonth\tgiu\t7\n"));
        assertTrue(e.getMessage().contains("test.tsv:2:"), e.getMessage());
    }

    @Test
    void unknownLanguageFails() {
        assertThrows(IllegalArgumentException.class, () -> new GrammarTimeExtractor(java.util.List.of("xx")));
    }
}
