package org.annals.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annals.extract.ArticleExtractor;
import org.annals.model.AnalysisResult;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.RawDocument;
import org.annals.nlp.LanguageAnalyzer;
import org.annals.nlp.LanguageIdentifier;
import org.annals.claims.ClaimExtractor;
import org.annals.events.EventCoder;
import org.annals.quotes.QuoteExtractor;
import org.annals.time.TimeExtractor;

/**
 * The whole analysis of one document, wired from stages: extraction, language identification, the
 * language layer, and (as they arrive) times, actors, events, quotes and claims.
 *
 * <p>Pure: no I/O and no mutable state, so one instance serves any number of threads, in the CLI, the
 * server or a distributed job. Lenient: a bad document yields a result whose {@code problems} say
 * what went wrong; only a bug in a stage throws.
 */
public final class Pipeline {
    private static final int LANGUAGE_SAMPLE = 2000;

    private final ArticleExtractor extractor;
    private final LanguageIdentifier identifier;
    private final LanguageAnalyzer analyzer;
    private final TimeExtractor times;
    private final QuoteExtractor quotes;
    private final ClaimExtractor claims;
    private final EventCoder events;

    public Pipeline(ArticleExtractor extractor, LanguageIdentifier identifier, LanguageAnalyzer analyzer,
                    TimeExtractor times, QuoteExtractor quotes, ClaimExtractor claims, EventCoder events) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.times = Objects.requireNonNull(times, "times");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.events = Objects.requireNonNull(events, "events");
    }

    public AnalysisResult analyze(RawDocument document) {
        Article article = withLanguage(document, extractor.extract(document));
        AnalyzedArticle analyzed = analyzer.analyze(article);
        Article a = analyzed.article();
        var timeExpressions = times.extract(a.text(), analyzed.sentences(), a.language(), a.published());
        return new AnalysisResult(document.source(), analyzed, events.code(analyzed, timeExpressions),
                quotes.extract(analyzed),
                claims.extract(analyzed), timeExpressions, a.problems());
    }

    /**
     * A language given with the document (command line, JSONL) is taken as is. Otherwise the text's own
     * evidence wins over what the page declares, because templates often declare a wrong language; the
     * declared one is kept when the text is too short to tell.
     */
    private Article withLanguage(RawDocument document, Article article) {
        if (document.hints().language() != null) {
            return article.withLanguage(document.hints().language());
        }
        String sample = article.title() == null ? article.text() : article.title() + "\n" + article.text();
        // a few paragraphs tell the language as well as the whole text, at a fraction of the cost
        if (sample.length() > LANGUAGE_SAMPLE) {
            sample = sample.substring(0, LANGUAGE_SAMPLE);
        }
        String detected = identifier.identify(sample);
        if (detected != null) {
            return article.withLanguage(detected);
        }
        List<String> problems = new ArrayList<>(article.problems());
        if (article.language() == null) {
            problems.add("language could not be identified");
        } else {
            problems.add("language could not be identified from the text; using the declared '"
                    + article.language() + "'");
        }
        return article.withProblems(problems);
    }
}
