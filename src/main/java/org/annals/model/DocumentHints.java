package org.annals.model;

/**
 * What is known about a document before its content is read: fields given by a JSON Lines record,
 * a feed, or the command line. Every field is optional (null when unknown); a hint wins over what
 * extraction finds in the content, because it comes from the person or system that supplied it.
 *
 * @param id        an identifier given by the supplier (the JSONL {@code id})
 * @param url       the address the document came from
 * @param title     the article's title
 * @param published the publication time
 * @param language  ISO 639-1 code ("it", "en")
 * @param publisher the site or agency that published it
 */
public record DocumentHints(String id, String url, String title, Timestamp published, String language,
                            String publisher) {

    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null);

    public DocumentHints {
        id = Checks.blankToNull(id);
        url = Checks.blankToNull(url);
        title = Checks.blankToNull(title);
        language = Checks.blankToNull(language);
        publisher = Checks.blankToNull(publisher);
    }

    public DocumentHints withPublished(Timestamp value) {
        return new DocumentHints(id, url, title, value, language, publisher);
    }

    public DocumentHints withUrl(String value) {
        return new DocumentHints(id, value, title, published, language, publisher);
    }

    public DocumentHints withLanguage(String value) {
        return new DocumentHints(id, url, title, published, value, publisher);
    }
}
