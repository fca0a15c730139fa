package org.annals.pipeline;

import java.util.List;
import org.annals.actors.ActorResolver;
import org.annals.actors.DictionaryActorResolver;
import org.annals.claims.ClaimExtractor;
import org.annals.claims.FrameClaimExtractor;
import org.annals.events.CameoEventCoder;
import org.annals.events.EventCoder;
import org.annals.extract.ArticleExtractors;
import org.annals.nlp.OpenNlpLanguageAnalyzer;
import org.annals.nlp.OpenNlpLanguageIdentifier;
import org.annals.quotes.FrameQuoteExtractor;
import org.annals.quotes.QuoteExtractor;
import org.annals.time.GrammarTimeExtractor;
import org.annals.time.TimeExtractor;

/** The standard wiring of the stages, and the partial wirings {@code annals bench} compares it with. */
public final class Pipelines {
    private Pipelines() {}

    /** Which stages after the language layer a wiring runs. */
    public enum Scope {
        /** extraction and the language layer only */
        LANGUAGE,
        /** plus times, quotes and claims */
        STATEMENTS,
        /** everything: plus the event coder */
        ALL
    }

    /**
     * The pipeline the CLI runs. Loads every model and dictionary (a few seconds): build it once and
     * share it; it is thread-safe.
     */
    public static Pipeline standard() {
        return of(Scope.ALL);
    }

    /** A pipeline whose stages past {@code scope} do nothing. */
    public static Pipeline of(Scope scope) {
        boolean statements = scope != Scope.LANGUAGE;
        ActorResolver actors = statements ? DictionaryActorResolver.standard() : null;
        TimeExtractor times = statements ? new GrammarTimeExtractor() : (text, sentences, language, published) -> List.of();
        QuoteExtractor quotes = statements ? new FrameQuoteExtractor(actors) : article -> List.of();
        ClaimExtractor claims = statements ? new FrameClaimExtractor(actors) : article -> List.of();
        EventCoder events = scope == Scope.ALL ? CameoEventCoder.standard() : (article, found) -> List.of();
        return new Pipeline(new ArticleExtractors(), new OpenNlpLanguageIdentifier(), new OpenNlpLanguageAnalyzer(),
                times, quotes, claims, events);
    }
}
