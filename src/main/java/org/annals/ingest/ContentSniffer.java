package org.annals.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells HTML from plain text by looking at the start of the content. Stateless and thread-safe. */
public final class ContentSniffer {
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>]|<head[\\s>])",
            Pattern.DOTALL);
    private static final Pattern HTML_TAGS = Pattern.compile(
            "<(body|p|div|article|title|meta|script|br)(\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);

    private ContentSniffer() {}

    /** True when the first few kilobytes start like an HTML document or hold several HTML tags. */
    public static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .replace("\u0000", "");
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        if (HTML_START.matcher(head.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        var tags = HTML_TAGS.matcher(head);
        int count = 0;
        while (tags.find()) {
            if (++count >= 3) {
                return true;
            }
        }
        return false;
    }
}
