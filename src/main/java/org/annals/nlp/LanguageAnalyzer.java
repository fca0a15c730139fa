package org.annals.nlp;

import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;

/**
 * The language layer: sentences, tokens, parts of speech, lemmas and morphological features of an
 * article's text, in the article's language. Implementations are immutable and thread-safe.
 */
public interface LanguageAnalyzer {
    /**
     * @param article an article whose {@code language} is set; a language without models is analysed
     *                with the nearest fallback, and a problem says so
     */
    AnalyzedArticle analyze(Article article);
}
