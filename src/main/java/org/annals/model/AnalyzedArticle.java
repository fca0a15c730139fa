package org.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with its language analysis: sentences, tokens, parts of speech, lemmas and features.
 *
 * @param article   the article; its language is the one the analysis used
 * @param sentences the sentences of {@code article.text()}, in order
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences) {
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = Checks.copy(sentences, "sentences");
    }
}
