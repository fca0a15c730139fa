package org.annals.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.annals.model.RawDocument;

/**
 * The stable identifier of an extracted article: the supplier's id when the hints carry one, else the
 * first 16 hex digits of the SHA-256 of the raw content (UTF-8), so that the same page always gets the
 * same id wherever it was read from. Stateless and thread-safe.
 */
public final class ArticleIds {
    private ArticleIds() {}

    /** The id for a document: {@code hints.id()} if present, else {@link #ofContent(String)}. */
    public static String of(RawDocument document) {
        String hinted = document.hints().id();
        return hinted != null ? hinted : ofContent(document.content());
    }

    /** First 16 hex digits of SHA-256(content as UTF-8). */
    public static String ofContent(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
