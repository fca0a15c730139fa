package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.actors.DictionaryFormatException;
import org.junit.jupiter.api.Test;

class CodebookTest {
    @Test
    void theShippedCodebookKnowsEveryRootWithPloverGoldsteinAndQuadClass() {
        Codebook c = Codebook.standard();
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            assertTrue(c.has(r), r);
            assertEquals(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4, c.get(r).quadClass(), r);
        }
        assertEquals("SUPPORT", c.get("057").plover());
        assertEquals(8.0, c.get("057").goldstein());
        assertEquals("COERCE", c.get("163").plover());
        assertEquals(-10.0, c.get("190").goldstein());
        assertNull(c.get("012").plover(), "PLOVER has no statement category");
        assertEquals(-0.4, c.get("012").goldstein());
        assertNull(c.get("999"));
    }

    @Test
    void badLinesNameFileAndLine() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> Codebook.parse("x.tsv", "# c\n057\tSUPPORT\t8\t1\tsigns\n05x\tSUPPORT\t8\t1\tbad\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("x.tsv:3: "), e.getMessage());
        assertThrows(DictionaryFormatException.class, () -> Codebook.parse("x.tsv", "057\tSUPPORT\t18\t1\ttoo big\n"));
        assertThrows(DictionaryFormatException.class, () -> Codebook.parse("x.tsv", "057\tSUPPORT\t8\n"));
        assertThrows(DictionaryFormatException.class,
                () -> Codebook.parse("x.tsv", "057\tSUPPORT\t8\t1\ta\n057\tSUPPORT\t8\t1\tb\n"));
    }
}
