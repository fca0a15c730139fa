package org.annals.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a text or HTML input, choosing the character set the way browsers do:
 * byte-order mark, then UTF-16 without a mark (recognised by its zero bytes, all on one side), then the
 * charset an HTML page declares, then strict UTF-8, then a statistical guess, with Windows-1252 as the
 * last resort. Declarations that lie are overruled: a page valid as UTF-8 is read as UTF-8 whatever it
 * declares, and a declared UTF-16 over single-byte content is ignored, as browsers ignore it. Bytes that
 * are mostly UTF-8 with some Windows-1252 among them are read each in its own encoding
 * ({@link MixedUtf8}); a Latin guess that uses byte A4 and none of 80–9F is ISO-8859-15 (A4 is its euro
 * sign). A stray NUL byte or two is dropped; more make the content binary. Every guess and repair is
 * reported in the problems. Rejects empty and binary content.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextDecoder {

    /** The result: the text, the charset used, and what was guessed on the way. */
    public record Decoded(String text, Charset charset, List<String> problems) {
        public Decoded {
            problems = List.copyOf(problems);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 8192;

    /**
     * @param bytes  the input's bytes
     * @param isHtml whether the input is HTML, so that a declared {@code <meta charset>} is honoured
     * @throws UnreadableInputException when the bytes are empty, blank or binary
     */
    public Decoded decode(byte[] bytes, boolean isHtml) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("empty file");
        }
        List<String> problems = new ArrayList<>();
        Charset charset = fromByteOrderMark(bytes);
        int skip = charset == null ? 0 : bomLength(charset);
        if (charset == null) {
            charset = utf16WithoutMark(bytes);
        }
        String text = null;
        if (charset == null) {
            String binary = binaryKind(bytes);
            if (binary != null) {
                throw new UnreadableInputException("binary content (" + binary + "), not text or HTML");
            }
            Charset declared = isHtml ? declaredCharset(bytes) : null;
            if (declared != null && isUtf16Or32(declared)) {
                // As browsers do: a page whose declaration can be read in ASCII is not UTF-16 (no mark, no zeros).
                problems.add("page declares " + declared.name() + " but its bytes are not " + declared.name());
                declared = null;
            }
            boolean utf8 = isValidUtf8(bytes);
            MixedUtf8.Census census = utf8 ? null : MixedUtf8.census(bytes);
            if (census != null && census.mostlyUtf8()) {
                charset = StandardCharsets.UTF_8;
                text = MixedUtf8.decode(bytes, 0);
                problems.add("mixed encodings: " + census.strays() + " bytes that are not UTF-8 read as Windows-1252");
            } else if (declared != null && !isUtf8Compatible(declared) && !utf8) {
                charset = declared;
            } else if (utf8) {
                charset = StandardCharsets.UTF_8;
                if (declared != null && !isUtf8Compatible(declared)) {
                    problems.add("page declares " + declared.name() + " but its bytes are valid UTF-8; read as UTF-8");
                }
            } else {
                charset = guess(bytes);
                problems.add("not valid UTF-8; character set guessed as " + charset.name());
            }
        }
        if (text == null) {
            text = decodeLeniently(bytes, skip, charset, problems);
        }
        text = dropNuls(text, problems);
        if (text.isBlank()) {
            throw new UnreadableInputException("no text (only white space)");
        }
        if (looksBinary(text)) {
            throw new UnreadableInputException("binary content (control characters), not text or HTML");
        }
        return new Decoded(text, charset, problems);
    }

    private static Charset fromByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int bomLength(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /** UTF-16 text of Latin script has a zero in every other byte; the side of the zeros tells the order. */
    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        // Greek, Cyrillic or Asian text has zeros only in its spaces, digits and markup: fewer, but all on one
        // side; taken for UTF-16 only if the sniffed bytes then decode without a broken surrogate.
        if (oddZeros > pairs * 0.1 && evenZeros < pairs * 0.01 && decodesStrictly(b, n, StandardCharsets.UTF_16LE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.1 && oddZeros < pairs * 0.01 && decodesStrictly(b, n, StandardCharsets.UTF_16BE)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean decodesStrictly(byte[] b, int n, Charset charset) {
        CharsetDecoder d = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = d.decode(ByteBuffer.wrap(b, 0, n)).toString();
            // the sniffed window may end inside a surrogate pair
            return !text.isEmpty() && !looksBinary(text);
        } catch (CharacterCodingException e) {
            return n == b.length ? false : decodesStrictly(b, n - 2, charset);
        }
    }

    /** Names well-known binary formats by their magic numbers, or any content with NUL bytes. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "PDF document";
        }
        if (startsWith(b, "\u0089PNG")) {
            return "PNG image";
        }
        if (startsWith(b, "GIF8")) {
            return "GIF image";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "JPEG image";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "ZIP archive or office document";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return "gzip-compressed data";
        }
        if (startsWith(b, "\u007FELF")) {
            return "executable";
        }
        // A stray NUL or two is a damaged page (it is dropped); text has no more than one per thousand bytes.
        int n = Math.min(b.length, SNIFF_BYTES);
        int nuls = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                nuls++;
            }
        }
        return nuls > Math.max(1, n / 1000) ? "contains NUL bytes" : null;
    }

    /** Removes NUL characters, which no text holds and which some programs choke on, saying how many. */
    private static String dropNuls(String text, List<String> problems) {
        if (text.indexOf('\u0000') < 0) {
            return text;
        }
        String without = text.replace("\u0000", "");
        problems.add((text.length() - without.length()) + " NUL characters dropped");
        return without;
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Browsers read Latin-1 and ASCII declarations as Windows-1252, a superset used by real pages.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isUtf16Or32(Charset c) {
        String name = c.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("X-UTF-16")
                || name.startsWith("X-UTF-32");
    }

    private static boolean isUtf8Compatible(Charset c) {
        return c.equals(StandardCharsets.UTF_8) || c.equals(StandardCharsets.US_ASCII);
    }

    private static boolean isValidUtf8(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset guess(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, Math.min(b.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name != null) {
            try {
                Charset c = Charset.forName(name);
                // Latin-1 guesses are Windows-1252 in practice (curly quotes, euro sign in 0x80-0x9F)...
                if (c.name().equals("ISO-8859-1") || c.equals(WINDOWS_1252)) {
                    return isLatin9(b) ? ISO_8859_15 : WINDOWS_1252;
                }
                return c;
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // fall through to the default
            }
        }
        return WINDOWS_1252;
    }

    /**
     * ...unless the bytes use A4 (the euro sign in ISO-8859-15, "¤" in Windows-1252, a sign news text never
     * uses) and nothing in 0x80-0x9F (Windows-1252's quotes and dashes, control codes in ISO-8859-15).
     */
    private static boolean isLatin9(byte[] b) {
        boolean euro = false;
        for (byte x : b) {
            int v = x & 0xFF;
            if (v >= 0x80 && v <= 0x9F) {
                return false;
            }
            euro |= v == 0xA4;
        }
        return euro;
    }

    private static String decodeLeniently(byte[] b, int skip, Charset charset, List<String> problems) {
        CharsetDecoder d = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            problems.add("malformed " + charset.name() + " bytes replaced with U+FFFD");
            return new String(b, skip, b.length - skip, charset);
        }
    }

    /** More than 10% control characters (other than white space) means this is no text. */
    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n / 10;
    }
}
