package org.annals.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Objects;
import org.annals.dedup.TextFingerprint;
import org.annals.extract.Spaces;
import org.annals.model.AnalysisResult;
import org.annals.model.Article;
import org.annals.model.Event;
import org.annals.output.ResultJson;
import org.annals.search.IndexedArticle;

/**
 * An analysed article with what the archive derives from it before storing: the canonical URL, the content
 * hash, the site, the publication date, the fingerprint and the output contract's JSON. Computed outside the
 * archive's write lock. Immutable.
 *
 * @param result      the analysis
 * @param url         the canonical URL, or null
 * @param contentHash SHA-256 (hex) of the whitespace-normalised text; of the id for an article without text,
 *                    so that empty pages are told apart by id only
 * @param site        the URL's host without {@code www.}, else the publisher, or null
 * @param published   the publication date, or null
 * @param fingerprint the text's fingerprint (empty for a short text)
 * @param resultJson  the whole analysis as {@link ResultJson} writes it, without tokens
 */
record ArticleRecord(AnalysisResult result, String url, String contentHash, String site, LocalDate published,
                     TextFingerprint fingerprint, String resultJson) {
    private static final ResultJson JSON = new ResultJson(false);

    ArticleRecord {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(resultJson, "resultJson");
    }

    static ArticleRecord of(AnalysisResult result) {
        Article a = result.article();
        String site = CanonicalUrl.site(a.url());
        String text = Spaces.collapse(a.text());
        return new ArticleRecord(result, CanonicalUrl.of(a.url()),
                sha256(text.isEmpty() ? "id:" + a.id() : text),
                site != null ? site : a.publisher(),
                a.published() == null ? null : a.published().date(),
                TextFingerprint.of(a.text()),
                JSON.toJson(result).toString());
    }

    Article article() {
        return result.article();
    }

    String id() {
        return result.article().id();
    }

    IndexedArticle indexed(long seq) {
        Article a = article();
        return new IndexedArticle(seq, a.id(), a.title(), a.text(), url, site, a.language(), published);
    }

    /**
     * The day an event is filed under: its own date when it has one (the first day of a month or a year
     * given alone), else the publication date, else null.
     */
    LocalDate eventDate(Event event) {
        String d = event.date();
        if (d != null) {
            try {
                return switch (d.length()) {
                    case 4 -> LocalDate.of(Integer.parseInt(d), 1, 1);
                    case 7 -> LocalDate.parse(d + "-01");
                    default -> LocalDate.parse(d);
                };
            } catch (DateTimeParseException | NumberFormatException e) {
                // an impossible date (2024-02-30) falls back to the publication date
            }
        }
        return published;
    }

    /** Whether the event was read in the title or the first paragraph (GDELT's IsRootEvent). */
    boolean isRoot(Event event) {
        Article a = article();
        String sentence = event.sentence();
        if (a.title() != null && a.title().contains(sentence)) {
            return true;
        }
        int at = a.text().indexOf(sentence);
        int firstParagraphEnd = a.text().indexOf("\n\n");
        return at >= 0 && (firstParagraphEnd < 0 || at < firstParagraphEnd);
    }

    /** The three-digit base code of a CAMEO code (a two-digit code gets a 0). */
    static String baseCode(String cameo) {
        return cameo.length() >= 3 ? cameo.substring(0, 3) : cameo + "0";
    }

    static String rootCode(String cameo) {
        return cameo.substring(0, 2);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
