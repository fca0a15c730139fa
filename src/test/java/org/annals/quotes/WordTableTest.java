package org.annals.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.annals.claims.ClaimWords;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private static final Map<String, Boolean> KINDS = Map.of("verb", false, "number", true);

    private static WordTable parse(String text) throws Exception {
        return WordTable.parse("test.tsv", new BufferedReader(new StringReader(text)), KINDS);
    }

    @Test
    void readsKindsAndValuesSkippingComments() throws Exception {
        WordTable t = parse("# a comment\n\nverb\tha detto\nverb\tdice\nnumber\tdue\t2\n");
        assertEquals(List.of("ha detto", "dice"), t.phrases("verb"));
        assertEquals(Map.of("due", "2"), t.values("number"));
    }

    @Test
    void aBadLineNamesFileAndLine() {
        assertMessage("verb\tdice\nnoun\tcasa\n", "test.tsv:2:", "unknown kind");
        assertMessage("verb\tdice\tx\n", "test.tsv:1:", "columns");
        assertMessage("number\tdue\n", "test.tsv:1:", "columns");
        assertMessage("# c\nverb\tDice\n", "test.tsv:2:", "lower case");
        assertMessage("verb\tdice\nverb\tdice\n", "test.tsv:2:", "repeated");
        assertMessage("verb\t\n", "test.tsv:1:", "empty");
        assertMessage("verb\t dice\n", "test.tsv:1:", "spaces");
    }

    private static void assertMessage(String text, String where, String what) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith(where) && e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void theBundledFilesAreValid() {
        Frames.load("it");
        Frames.load("en");
        ClaimWords.load("it", "en");
        assertThrows(IllegalArgumentException.class, () -> Frames.load("xx"));
    }
}
