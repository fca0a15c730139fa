package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String ITALIAN = "Il ministro è tornato “ieri” da Parigi: perché l’accordo costerà 5 €.";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void readsUtf8AsIs() throws Exception {
        var decoded = decoder.decode(ITALIAN.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(ITALIAN, decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertTrue(decoded.problems().isEmpty());
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] body = ITALIAN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(ITALIAN, decoder.decode(bytes, false).text());
    }

    @Test
    void readsUtf16WithAndWithoutByteOrderMark() throws Exception {
        assertEquals(ITALIAN, decoder.decode(ITALIAN.getBytes(StandardCharsets.UTF_16), false).text());
        assertEquals(ITALIAN, decoder.decode(ITALIAN.getBytes(StandardCharsets.UTF_16LE), false).text());
        assertEquals(ITALIAN, decoder.decode(ITALIAN.getBytes(StandardCharsets.UTF_16BE), false).text());
    }

    @Test
    void guessesWindows1252AndSaysSo() throws Exception {
        String text = "Il governo è caduto “stamattina”; la città è in attesa. Perché? Nessuno lo sa ancora.";
        var decoded = decoder.decode(text.getBytes(Charset.forName("windows-1252")), false);
        assertEquals(text, decoded.text());
        assertTrue(decoded.problems().get(0).contains("guessed"), decoded.problems().toString());
    }

    @Test
    void honoursTheCharsetAnHtmlPageDeclares() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Città è più “bella”</p></body></html>";
        var decoded = decoder.decode(html.getBytes(Charset.forName("windows-1252")), true);
        assertEquals(html, decoded.text());
    }

    @Test
    void refusesEmptyBlankAndBinaryInput() {
        assertEquals("empty file", assertThrows(UnreadableInputException.class,
                () -> decoder.decode(new byte[0], false)).getMessage());
        assertTrue(assertThrows(UnreadableInputException.class,
                () -> decoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), false)).getMessage()
                .contains("white space"));
        assertTrue(assertThrows(UnreadableInputException.class,
                () -> decoder.decode("%PDF-1.7 binary".getBytes(StandardCharsets.US_ASCII), false)).getMessage()
                .contains("PDF"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertTrue(assertThrows(UnreadableInputException.class, () -> decoder.decode(png, false)).getMessage()
                .contains("PNG"));
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[100] = 0;
        noise[2001] = 0;
        assertThrows(UnreadableInputException.class, () -> decoder.decode(noise, false));
    }
}
