package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Inflates gzip-compressed inputs (a {@code sitemap.xml.gz}) with a limit on the inflated size, so that a small
 * file that inflates to gigabytes (a "zip bomb") is refused rather than read. Stateless.
 */
final class Gzip {
    private Gzip() {}

    /** Whether the bytes start with gzip's magic number. */
    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    /**
     * Inflates the whole content.
     *
     * @param maxBytes the largest inflated size accepted
     * @throws IOException when the content is not valid gzip, is cut short, or inflates past {@code maxBytes}
     *                     (the message says which)
     */
    static byte[] inflate(byte[] gzip, long maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IOException("inflates to more than the limit of " + DocumentReader.humanSize(maxBytes)
                        + " (raise it with --max-size)");
            }
            return bytes;
        }
    }

    /** The first {@code n} inflated bytes, or as many as could be inflated when the content is cut short. */
    static byte[] head(byte[] gzip, int n) {
        byte[] head = new byte[n];
        int filled = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            int read;
            while (filled < n && (read = in.read(head, filled, n - filled)) > 0) {
                filled += read;
            }
        } catch (IOException e) {
            // the first bytes of a larger file, or no gzip after all: what came out is all there is to see
        }
        return Arrays.copyOf(head, filled);
    }
}
