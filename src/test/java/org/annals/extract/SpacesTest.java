package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void runsOfWhitespaceBecomeOneSpace() {
        assertEquals("a b c", Spaces.collapse("  a \t\n b\u00A0\u202F c \r\n"));
        assertEquals("", Spaces.collapse(" \n\t "));
        assertEquals("x", Spaces.collapse("\u2007x\u2003"));
    }

    @Test
    void collapsedTextIsReturnedAsIs() {
        String s = "already one space apart";
        assertSame(s, Spaces.collapse(s));
    }

    @Test
    void newlinesAndInvisibleCharactersAreNormalised() {
        assertEquals("a\nb\nc\nd\ne", TextArticleExtractor.normaliseNewlines("a\r\nb\rc\u2028d\u2029e"));
        assertEquals("Zeitung\n", TextArticleExtractor.normaliseNewlines("Zei\u00ADtung\u200B\r\n"));
        String plain = "nothing to do\n";
        assertSame(plain, TextArticleExtractor.normaliseNewlines(plain));
    }
}
