package org.annals.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a gzip-compressed tar archive into memory. Understands the ustar
 * layout (with its name prefix) and GNU long names, which is what {@code tar czf} writes; pax
 * headers and links are skipped. Used to read evaluation corpora in place, without unpacking them.
 */
final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    /**
     * The contents of the archive's regular files whose path the filter accepts, by path, in archive
     * order.
     *
     * @throws IOException when the file cannot be read or is not a gzip-compressed tar archive
     */
    static Map<String, byte[]> read(Path archive, Predicate<String> wanted) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16)) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            while (readFully(in, header)) {
                if (isZero(header)) {
                    break;
                }
                String name = longName != null ? longName : name(header);
                longName = null;
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                if (size > Integer.MAX_VALUE - BLOCK) {
                    throw new IOException("tar entry too large: " + name);
                }
                byte[] data = null;
                boolean keep = type == 'L' || ((type == '0' || type == 0) && wanted.test(name));
                if (keep) {
                    data = new byte[(int) size];
                    if (!readFully(in, data)) {
                        throw new IOException("truncated tar entry: " + name);
                    }
                    skip(in, pad(size));
                } else {
                    skip(in, size + pad(size));
                }
                if (type == 'L') {
                    longName = cString(data, 0, data.length);
                } else if (data != null) {
                    out.put(name, data);
                }
            }
        }
        return out;
    }

    private static String name(byte[] h) {
        String name = cString(h, 0, 100);
        boolean ustar = cString(h, 257, 6).startsWith("ustar");
        String prefix = ustar ? cString(h, 345, 155) : "";
        // GNU tar's "ustar  " magic keeps other fields where POSIX has the prefix
        if (ustar && h[262] == ' ') {
            prefix = "";
        }
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String cString(byte[] b, int from, int max) {
        int end = from;
        while (end < from + max && end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, from, end - from, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int from, int len) {
        long v = 0;
        for (int i = from; i < from + len; i++) {
            int c = b[i];
            if (c >= '0' && c <= '7') {
                v = v * 8 + (c - '0');
            } else if (v > 0 || (c != ' ' && c != 0)) {
                if (c == ' ' || c == 0) {
                    break;
                }
            }
        }
        return v;
    }

    private static long pad(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readFully(InputStream in, byte[] b) throws IOException {
        int n = in.readNBytes(b, 0, b.length);
        if (n == 0) {
            return false;
        }
        if (n < b.length) {
            throw new IOException("truncated tar archive");
        }
        return true;
    }

    private static void skip(InputStream in, long n) throws IOException {
        in.skipNBytes(n);
    }
}
