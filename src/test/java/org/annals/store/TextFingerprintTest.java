package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.annals.dedup.TextFingerprint;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    private static boolean shareABand(TextFingerprint a, TextFingerprint b) {
        long[] keys = b.bandKeys();
        return Arrays.stream(a.bandKeys()).anyMatch(k -> Arrays.stream(keys).anyMatch(o -> o == k));
    }

    private static TextFingerprint of(String text) {
        return TextFingerprint.of(text);
    }

    @Test
    void aCopyWithAnotherFirstLineAndFooterIsFoundAndConfirmed() {
        TextFingerprint original = of(ArchiveArticles.SUMMIT.content());
        TextFingerprint copy = of(ArchiveArticles.SUMMIT_COPY.content());
        assertTrue(original.similarity(copy) >= TextFingerprint.COPY_SIMILARITY, "similarity " + original.similarity(copy));
        assertTrue(shareABand(original, copy));
    }

    @Test
    void anotherArticleOnTheSameStoryIsNoCopy() {
        TextFingerprint original = of(ArchiveArticles.SUMMIT.content());
        TextFingerprint analysis = of(ArchiveArticles.SUMMIT_ANALYSIS.content());
        assertTrue(original.similarity(analysis) < 0.2, "similarity " + original.similarity(analysis));
        assertFalse(shareABand(original, analysis));
    }

    @Test
    void caseAndPunctuationDoNotMatterButWordOrderDoes() {
        String text = "The ministers met in Geneva on Monday and agreed to resume the talks on grain exports "
                + "before the end of the month, the foreign ministry said in a statement.";
        TextFingerprint plain = of(text);
        assertEquals(1.0, plain.similarity(of(text.toUpperCase().replace(",", " ;").replace(".", "!"))));
        List<String> words = TextFingerprint.words(text);
        java.util.Collections.reverse(words);
        assertTrue(plain.similarity(of(String.join(" ", words))) < 0.1);
    }

    @Test
    void aShortTextHasNoFingerprint() {
        TextFingerprint shortText = of("Breaking: the summit is over.");
        assertTrue(shortText.isEmpty());
        assertEquals(0, shortText.bandKeys().length);
        assertEquals(0.0, shortText.similarity(shortText));
        assertNull(shortText.encode());
    }

    @Test
    void encodingRoundTripsAndBadTextDecodesToEmpty() {
        TextFingerprint original = of(ArchiveArticles.AID.content());
        TextFingerprint decoded = TextFingerprint.decode(original.encode());
        assertEquals(1.0, original.similarity(decoded));
        assertTrue(Arrays.equals(original.bandKeys(), decoded.bandKeys()));
        assertEquals(TextFingerprint.BANDS, decoded.bandKeys().length);
        assertTrue(TextFingerprint.decode("not base64!").isEmpty());
        assertTrue(TextFingerprint.decode("AAAA").isEmpty());
        assertTrue(TextFingerprint.decode(null).isEmpty());
    }

    @Test
    void wordsAreRunsOfLettersAndDigits() {
        assertEquals(List.of("l", "accordo", "sul", "gas", "è", "da", "50", "miliardi"),
                TextFingerprint.words("L'accordo sul gas è da 50 miliardi."));
    }
}
