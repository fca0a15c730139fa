package org.annals.extract;

import java.util.ArrayList;
import java.util.List;

import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;

/**
 * What an extractor found in a document's content, before the document's hints are applied. Fields
 * are null when not found. {@link #toArticle(RawDocument)} is the one place where hints override
 * content and where read problems and extraction problems are merged, so both extractors agree.
 */
record Extracted(String title, String url, Timestamp published, String publisher, String language,
                 String text, List<String> headings, List<String> problems) {

    Extracted {
        headings = List.copyOf(headings);
        problems = List.copyOf(problems);
    }

    /**
     * The article: hints win over content, the id comes from {@link ArticleIds}, and the document's
     * own problems come first. "No title/date found" problems are only reported when the hints do not
     * fill the gap either.
     */
    Article toArticle(RawDocument document) {
        DocumentHints h = document.hints();
        String finalTitle = h.title() != null ? h.title() : title;
        Timestamp finalPublished = h.published() != null ? h.published() : published;
        List<String> all = new ArrayList<>(document.problems());
        if (finalTitle == null || finalTitle.isBlank()) {
            all.add("no title found");
        }
        if (finalPublished == null && h.retrieved() != null) {
            finalPublished = h.retrieved();
            all.add("no publication date found; the capture date " + finalPublished + " stands in");
        } else if (finalPublished == null) {
            all.add("no publication date found");
        }
        all.addAll(problems);
        return new Article(ArticleIds.of(document),
                h.url() != null ? h.url() : url,
                finalTitle,
                finalPublished,
                h.publisher() != null ? h.publisher() : publisher,
                h.language() != null ? h.language() : language,
                text, headings, all);
    }
}
