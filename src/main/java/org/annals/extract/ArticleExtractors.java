package org.annals.extract;

import java.util.Objects;

import org.annals.model.Article;
import org.annals.model.RawDocument;

/**
 * The extractor the pipeline wires: plain text goes to {@link TextArticleExtractor}, HTML to
 * {@link HtmlArticleExtractor}, both sharing one set of boilerplate rules.
 *
 * <p>Immutable and thread-safe; never throws for bad content.
 */
public final class ArticleExtractors implements ArticleExtractor {

    private final ArticleExtractor text;
    private final ArticleExtractor html;

    /** Extractors with the shipped rules; fails (naming file and line) when a rule file is broken. */
    public ArticleExtractors() {
        this(BoilerplateRules.load());
    }

    public ArticleExtractors(BoilerplateRules rules) {
        this(new TextArticleExtractor(rules), new HtmlArticleExtractor(rules));
    }

    public ArticleExtractors(ArticleExtractor text, ArticleExtractor html) {
        this.text = Objects.requireNonNull(text, "text");
        this.html = Objects.requireNonNull(html, "html");
    }

    @Override
    public Article extract(RawDocument document) {
        Objects.requireNonNull(document, "document");
        return switch (document.kind()) {
            case TEXT -> text.extract(document);
            case HTML -> html.extract(document);
        };
    }
}
