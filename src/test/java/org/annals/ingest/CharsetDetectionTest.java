package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * How {@link TextDecoder} chooses a character set for the encodings news pages come in: legacy Western
 * encodings with and without a declaration, UTF-16 in both byte orders with and without a byte-order mark,
 * declarations that lie, and pages that mix encodings.
 */
class CharsetDetectionTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");

    /** Italian prose with accents, curly quotes and a euro sign: what Windows-1252 pages are full of. */
    private static final String PROSE = "Il sindaco è tornato “ieri sera” dalla città di Bolzano: perché la "
            + "giunta ha stanziato 40 € per abitante, più di quanto l’opposizione chiedesse. Però nessuno sa "
            + "ancora quando cominceranno i lavori, né chi li pagherà davvero.";

    private final TextDecoder decoder = new TextDecoder();

    private static String page(String charsetDeclaration, String body) {
        return "<!DOCTYPE html><html lang=\"it\"><head>" + charsetDeclaration
                + "<title>Consiglio comunale</title></head><body><article><h1>Consiglio comunale</h1><p>" + body
                + "</p></article></body></html>";
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void readsAnUndeclaredWindows1252PageWithItsCurlyQuotesAndEuroSign() throws Exception {
        String html = page("", PROSE);
        TextDecoder.Decoded d = decoder.decode(html.getBytes(WINDOWS_1252), true);
        assertEquals(html, d.text());
        assertEquals(WINDOWS_1252, d.charset());
        assertTrue(d.problems().toString().contains("guessed"), d.problems().toString());
    }

    @Test
    void readsAnIso88591DeclarationAsWindows1252AsBrowsersDo() throws Exception {
        String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", PROSE);
        TextDecoder.Decoded d = decoder.decode(html.getBytes(WINDOWS_1252), true);
        assertEquals(html, d.text());
        assertTrue(d.problems().isEmpty(), d.problems().toString());
    }

    @Test
    void readsTheEuroSignOfADeclaredIso885915Page() throws Exception {
        String html = page("<meta charset=\"iso-8859-15\">", "Il biglietto costa 3 € da lunedì; l'abbonamento 35 €.");
        TextDecoder.Decoded d = decoder.decode(html.getBytes(ISO_8859_15), true);
        assertEquals(html, d.text());
        assertEquals(ISO_8859_15, d.charset());
    }

    @Test
    void readsTheEuroSignOfAnUndeclaredIso885915Page() throws Exception {
        // byte A4 is the euro sign in ISO-8859-15 but "¤" in Windows-1252, a sign that no news text uses
        String text = "Il biglietto costa 3 € da lunedì: la città ha deciso così. L'abbonamento passa a 35 €, "
                + "il parcheggio a 2 € l'ora; più cari anche i musei.";
        TextDecoder.Decoded d = decoder.decode(text.getBytes(ISO_8859_15), false);
        assertEquals(text, d.text());
        assertTrue(d.problems().toString().contains("ISO-8859-15"), d.problems().toString());
    }

    @Test
    void readsUtf16InBothByteOrdersWithAndWithoutAByteOrderMark() throws Exception {
        String html = page("<meta charset=\"utf-16\">", PROSE);
        byte[] le = html.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = html.getBytes(StandardCharsets.UTF_16BE);
        byte[] leMark = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le);
        byte[] beMark = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be);
        assertEquals(html, decoder.decode(le, true).text());
        assertEquals(html, decoder.decode(be, true).text());
        assertEquals(html, decoder.decode(leMark, true).text());
        assertEquals(html, decoder.decode(beMark, true).text());
        assertEquals(StandardCharsets.UTF_16LE, decoder.decode(le, true).charset());
        assertEquals(StandardCharsets.UTF_16BE, decoder.decode(beMark, true).charset());
    }

    @Test
    void readsUtf16WithoutAMarkInAScriptOtherThanLatin() throws Exception {
        // Greek and Cyrillic characters have no zero byte: only the spaces, digits and markup do
        String greek = "<p>Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την ακρίβεια στα τρόφιμα.</p>"
                + "<p>Правительство объявило сегодня новые меры против роста цен на продукты.</p>";
        assertEquals(greek, decoder.decode(greek.getBytes(StandardCharsets.UTF_16LE), true).text());
        assertEquals(greek, decoder.decode(greek.getBytes(StandardCharsets.UTF_16BE), true).text());
    }

    @Test
    void aByteOrderMarkWinsOverAMetaCharsetThatLies() throws Exception {
        String html = page("<meta charset=\"windows-1252\">", PROSE);
        byte[] utf8Mark = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, html.getBytes(StandardCharsets.UTF_8));
        assertEquals(html, decoder.decode(utf8Mark, true).text());
        byte[] utf16Mark = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, html.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(html, decoder.decode(utf16Mark, true).text());
    }

    @Test
    void aMetaCharsetClaimingUtf8OverWindows1252BytesIsOverruled() throws Exception {
        String html = page("<meta charset=\"utf-8\">", PROSE);
        TextDecoder.Decoded d = decoder.decode(html.getBytes(WINDOWS_1252), true);
        assertEquals(html, d.text());
        assertFalse(d.problems().isEmpty());
    }

    @Test
    void aMetaCharsetClaimingUtf16OverSingleByteContentIsReadAsUtf8() throws Exception {
        // as browsers do: a page that can declare its charset in ASCII is not UTF-16
        String html = page("<meta charset=\"utf-16\">", PROSE);
        assertEquals(html, decoder.decode(html.getBytes(StandardCharsets.UTF_8), true).text());
        assertEquals(html, decoder.decode(html.getBytes(WINDOWS_1252), true).text());
    }

    @Test
    void aPageWithoutAnyDeclarationIsReadAsUtf8WhenItIsValidUtf8() throws Exception {
        String html = page("", PROSE);
        TextDecoder.Decoded d = decoder.decode(html.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(html, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.problems().isEmpty());
    }

    @Test
    void aUtf8PageWithAFewWindows1252BytesKeepsBoth() throws Exception {
        // a UTF-8 template with a paragraph pasted in Windows-1252: each part is read in its own encoding
        String head = page("<meta charset=\"utf-8\">", PROSE);
        String pasted = "Il prefetto è “soddisfatto”.";
        byte[] mixed = concat(head.getBytes(StandardCharsets.UTF_8), pasted.getBytes(WINDOWS_1252));
        TextDecoder.Decoded d = decoder.decode(mixed, true);
        assertEquals(head + pasted, d.text());
        assertTrue(d.problems().toString().contains("Windows-1252"), d.problems().toString());
    }

    @Test
    void aStrayNulByteInAPageIsDroppedNotTakenForBinary() throws Exception {
        String html = page("", PROSE);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        bytes[html.indexOf("<p>") + 1] = 0;
        TextDecoder.Decoded d = decoder.decode(bytes, true);
        assertFalse(d.text().contains("\u0000"));
        assertTrue(d.text().contains("sindaco"));
        assertTrue(d.problems().toString().contains("NUL"), d.problems().toString());
    }
}
