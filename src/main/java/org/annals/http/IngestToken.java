package org.annals.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The ingest secret, compared in constant time: both sides are hashed first, so neither the content nor
 * the length of the expected token shows in how long a comparison takes.
 */
final class IngestToken {
    private final byte[] expected;

    IngestToken(String token) {
        this.expected = sha256(token);
    }

    /** Whether an {@code Authorization} header value carries the token ({@code Bearer TOKEN}). */
    boolean accepts(String authorization) {
        if (authorization == null) {
            return false;
        }
        String value = authorization.strip();
        if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(value.substring(7).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
