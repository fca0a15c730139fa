package org.annals.extract;

import org.annals.model.Article;
import org.annals.model.RawDocument;

/**
 * Turns a raw document into an article: metadata, clean text, headings.
 *
 * <p>Lenient with documents: a broken or empty page yields an article (possibly with empty text)
 * whose {@code problems} say what went wrong; it never throws for bad content. Hints in the raw
 * document win over what is found in the content. Implementations are immutable and thread-safe.
 */
public interface ArticleExtractor {
    Article extract(RawDocument document);
}
