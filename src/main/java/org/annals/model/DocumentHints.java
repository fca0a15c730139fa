package org.annals.model;

/**
 * What is known about a document before its content is read: fields given by a JSON Lines record,
 * a feed, a web archive, or the command line. Every field is optional (null when unknown); a hint wins over
 * what extraction finds in the content, because it comes from the person or system that supplied it —
 * except {@code retrieved}, which only stands in when no publication date is found at all.
 *
 * @param id        an identifier given by the supplier (the JSONL {@code id})
 * @param url       the address the document came from
 * @param title     the article's title
 * @param published the publication time
 * @param language  ISO 639-1 code ("it", "en")
 * @param publisher the site or agency that published it
 * @param retrieved when the document was captured (a WARC record's date): the publication date's stand-in
 *                  when neither the hints nor the content give one, because a news page is archived close
 *                  to its publication, and relative dates need some anchor
 */
public record DocumentHints(String id, String url, String title, Timestamp published, String language,
                            String publisher, Timestamp retrieved) {

    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null, null);

    public DocumentHints {
        id = Checks.blankToNull(id);
        url = Checks.blankToNull(url);
        title = Checks.blankToNull(title);
        language = Checks.blankToNull(language);
        publisher = Checks.blankToNull(publisher);
    }

    /** Hints without a capture date, as most suppliers give them. */
    public DocumentHints(String id, String url, String title, Timestamp published, String language,
                         String publisher) {
        this(id, url, title, published, language, publisher, null);
    }

    public DocumentHints withPublished(Timestamp value) {
        return new DocumentHints(id, url, title, value, language, publisher, retrieved);
    }

    public DocumentHints withUrl(String value) {
        return new DocumentHints(id, value, title, published, language, publisher, retrieved);
    }

    public DocumentHints withLanguage(String value) {
        return new DocumentHints(id, url, title, published, value, publisher, retrieved);
    }

    public DocumentHints withRetrieved(Timestamp value) {
        return new DocumentHints(id, url, title, published, language, publisher, value);
    }

    /** These hints, each missing field taken from {@code defaults} (the command line's hints). */
    public DocumentHints orElse(DocumentHints defaults) {
        return new DocumentHints(id != null ? id : defaults.id, url != null ? url : defaults.url,
                title != null ? title : defaults.title, published != null ? published : defaults.published,
                language != null ? language : defaults.language,
                publisher != null ? publisher : defaults.publisher,
                retrieved != null ? retrieved : defaults.retrieved);
    }
}
