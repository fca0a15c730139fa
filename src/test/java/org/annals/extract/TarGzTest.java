package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarGzTest {

    @TempDir
    Path dir;

    /** A GNU-style tar entry: 512-byte header, data padded to 512. */
    private static void entry(OutputStream out, String name, char type, byte[] data) throws IOException {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, Math.min(100, n.length));
        put(h, 100, "0000644");
        put(h, 124, String.format("%011o", data.length));
        h[156] = (byte) type;
        put(h, 257, "ustar  ");
        out.write(h);
        out.write(data);
        out.write(new byte[(512 - data.length % 512) % 512]);
    }

    private static void put(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, at, b.length);
    }

    @Test
    void readsWantedFilesIncludingLongNames() throws IOException {
        String longName = "tests/cache/" + "x".repeat(120) + ".html";
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        entry(tar, "tests/evaldata.json", '0', "{}".getBytes(StandardCharsets.UTF_8));
        entry(tar, "././@LongLink", 'L', (longName + "\0").getBytes(StandardCharsets.UTF_8));
        entry(tar, longName.substring(0, 99), '0', "<p>long</p>".getBytes(StandardCharsets.UTF_8));
        entry(tar, "other/skip.txt", '0', new byte[700]);
        tar.write(new byte[1024]);
        Path file = dir.resolve("a.tar.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(tar.toByteArray());
        }
        Map<String, byte[]> read = TarGz.read(file, name -> name.startsWith("tests/"));
        assertEquals(List.of("tests/evaldata.json", longName), List.copyOf(read.keySet()));
        assertArrayEquals("<p>long</p>".getBytes(StandardCharsets.UTF_8), read.get(longName));
    }

    @Test
    void aFileThatIsNotGzipFails() throws IOException {
        Path file = dir.resolve("b.tar.gz");
        Files.writeString(file, "not an archive");
        assertThrows(IOException.class, () -> TarGz.read(file, name -> true));
    }
}
