package org.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * An article's clean content and metadata, as extraction produced it.
 *
 * <p>{@code text} holds the body paragraphs, and the section headings as paragraphs of their own,
 * separated by blank lines; boilerplate (skip links, "read also" links, share lines, syndication
 * footers) is gone. The title is not repeated in the text. Optional fields are null when unknown.
 *
 * @param id        a stable identifier: the supplier's id, else derived from the source
 * @param url       canonical address, or null
 * @param title     title without the site's suffix, or null
 * @param published publication time, or null
 * @param publisher the site or agency that published the article, or null
 * @param language  ISO 639-1 code, or null before language identification
 * @param text      the clean text (may be empty for a page with no body; then problems say so)
 * @param headings  section headings in order of appearance, each also present in {@code text}
 * @param problems  what went wrong or was guessed while reading and extracting
 */
public record Article(String id, String url, String title, Timestamp published, String publisher,
                      String language, String text, List<String> headings, List<String> problems) {
    public Article {
        Checks.nonBlank(id, "id");
        url = Checks.blankToNull(url);
        title = Checks.blankToNull(title);
        publisher = Checks.blankToNull(publisher);
        language = Checks.blankToNull(language);
        Objects.requireNonNull(text, "text");
        headings = Checks.copy(headings, "headings");
        problems = Checks.copy(problems, "problems");
    }

    public Article withLanguage(String value) {
        return new Article(id, url, title, published, publisher, value, text, headings, problems);
    }

    public Article withProblems(List<String> value) {
        return new Article(id, url, title, published, publisher, language, text, headings, value);
    }
}
