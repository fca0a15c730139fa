package org.annals.ingest;

import java.nio.charset.Charset;

/**
 * Bytes that are mostly UTF-8 with some Windows-1252 among them: a UTF-8 page template around a paragraph
 * pasted from an older system, or a feed that concatenates both. Decoding it all as UTF-8 turns each stray
 * byte into U+FFFD, and decoding it all as Windows-1252 garbles every correct accented letter ("Ã¨" for
 * "è"), so each well-formed UTF-8 sequence is read as UTF-8 and each other byte as Windows-1252.
 *
 * <p>By chance, Windows-1252 text seldom forms a UTF-8 sequence: a lead byte (an accented capital or
 * lower-case letter) would have to be followed by one to three bytes in 0x80–0xBF (mostly punctuation and
 * symbols). So bytes are taken as mixed only when well-formed multi-byte sequences outnumber the stray
 * bytes. Pure functions; thread-safe.
 */
final class MixedUtf8 {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MixedUtf8() {
    }

    /** Counts of well-formed multi-byte UTF-8 sequences and of bytes that belong to none. */
    record Census(int sequences, int strays) {
        /** Whether the bytes read best as UTF-8 with strays: sequences outnumber stray bytes. */
        boolean mostlyUtf8() {
            return strays > 0 && sequences > strays;
        }
    }

    /** Counts the well-formed multi-byte sequences and the stray bytes of {@code b}. */
    static Census census(byte[] b) {
        int sequences = 0;
        int strays = 0;
        for (int i = 0; i < b.length; ) {
            int length = sequenceLength(b, i);
            if (length > 1) {
                sequences++;
            } else if (length == 0) {
                strays++;
            }
            i += Math.max(length, 1);
        }
        return new Census(sequences, strays);
    }

    /** Decodes well-formed UTF-8 sequences as UTF-8 and every other byte as Windows-1252. */
    static String decode(byte[] b, int from) {
        StringBuilder out = new StringBuilder(b.length - from);
        for (int i = from; i < b.length; ) {
            int length = sequenceLength(b, i);
            if (length == 1) {
                out.append((char) b[i]);
            } else if (length > 1) {
                out.appendCodePoint(codePoint(b, i, length));
            } else {
                out.append(new String(b, i, 1, WINDOWS_1252));
            }
            i += Math.max(length, 1);
        }
        return out.toString();
    }

    /**
     * The length of the well-formed UTF-8 sequence at {@code i} (1 for ASCII), or 0 when the byte there
     * starts none (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
     */
    private static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int min;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = lead == 0xE0 ? 0xA0 : 0x80;
            max = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < min || second > max) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int c = b[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static int codePoint(byte[] b, int i, int length) {
        int cp = b[i] & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        return cp;
    }
}
