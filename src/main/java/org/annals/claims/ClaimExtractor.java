package org.annals.claims;

import java.util.List;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Claim;

/** Finds the claims of an article: attributed statements and statements that carry figures. */
public interface ClaimExtractor {
    /**
     * @param article an analysed article; its sentences may or may not carry tokens
     * @return the claims in text order, never null
     */
    List<Claim> extract(AnalyzedArticle article);
}
