package org.annals.quotes;

import java.util.List;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Quote;

/** Finds quotations and reported statements in an article, with speakers and relay chains. */
public interface QuoteExtractor {
    /**
     * @param article an analysed article; its sentences may or may not carry tokens
     * @return the quotes in text order (a quote in the title first), never null
     */
    List<Quote> extract(AnalyzedArticle article);
}
