package org.annals.pipeline;

import java.util.List;
import org.annals.actors.ActorResolver;
import org.annals.actors.DictionaryActorResolver;
import org.annals.claims.FrameClaimExtractor;
import org.annals.events.CameoEventCoder;
import org.annals.extract.ArticleExtractors;
import org.annals.nlp.OpenNlpLanguageAnalyzer;
import org.annals.nlp.OpenNlpLanguageIdentifier;
import org.annals.quotes.FrameQuoteExtractor;
import org.annals.time.GrammarTimeExtractor;

/** The standard wiring of the stages. */
public final class Pipelines {
    private Pipelines() {}

    /**
     * The pipeline the CLI runs. Loads every model and dictionary (a few seconds): build it once and
     * share it; it is thread-safe.
     */
    public static Pipeline standard() {
        ActorResolver actors = DictionaryActorResolver.standard();
        return new Pipeline(new ArticleExtractors(), new OpenNlpLanguageIdentifier(), new OpenNlpLanguageAnalyzer(),
                new GrammarTimeExtractor(), new FrameQuoteExtractor(actors), new FrameClaimExtractor(actors),
                CameoEventCoder.standard());
    }

    /**
     * Extraction and the language layer only, the later stages left out: the baseline against which
     * {@code annals bench} measures what times, quotes, claims and events cost.
     */
    public static Pipeline languageOnly() {
        return new Pipeline(new ArticleExtractors(), new OpenNlpLanguageIdentifier(), new OpenNlpLanguageAnalyzer(),
                (text, sentences, language, published) -> List.of(), article -> List.of(), article -> List.of(),
                (article, times) -> List.of());
    }
}
