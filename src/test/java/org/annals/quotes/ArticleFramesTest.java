package org.annals.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.annals.actors.NameActorResolver;
import org.annals.model.AnalyzedArticle;
import org.annals.testing.TestArticles;
import org.junit.jupiter.api.Test;

class ArticleFramesTest {

    private static final AnalyzedArticle ONE = TestArticles.article("it", null,
            "Il ministro Mario Rossi ha detto che il governo approverà il piano.");
    private static final AnalyzedArticle TWO = TestArticles.article("it", null,
            "Secondo la Tass, Vladimir Putin ha firmato un trattato.");

    @Test
    void anArticleIsPreparedOncePerThreadAndAttributor() {
        Attributor att = new FrameQuoteExtractor(new NameActorResolver()).attributor("it");
        ArticleFrames first = att.prepare(ONE);
        assertSame(first, att.prepare(ONE));
        assertNotSame(first, att.prepare(TWO));
        // another thread prepares its own
        ArticleFrames elsewhere = CompletableFuture.supplyAsync(() -> att.prepare(ONE)).join();
        assertNotSame(att.prepare(ONE), elsewhere);
    }

    @Test
    void theQuoteAndClaimStagesShareTheAttributors() {
        var quotes = new FrameQuoteExtractor(new NameActorResolver());
        var other = new FrameQuoteExtractor(new NameActorResolver());
        assertSame(quotes.attributor("it"), other.attributor("it"));
        assertSame(quotes.attributor("en"), other.attributor("en"));
        assertSame(quotes.attributor(null), other.attributor(null));
    }

    @Test
    void preparedFramesAreTheFramesBuiltAnew() {
        Attributor att = new FrameQuoteExtractor(new NameActorResolver()).attributor("it");
        ArticleFrames shared = att.prepare(ONE);
        ArticleFrames fresh = new ArticleFrames(ONE, att);
        assertEquals(fresh.sentences(), shared.sentences());
        assertEquals(fresh.names(), shared.names());
        for (int i = 0; i < fresh.sentences().size(); i++) {
            assertEquals(fresh.frames(i), shared.frames(i));
            assertEquals(fresh.words(i), shared.words(i));
        }
    }

    @Test
    void sharedFramesCannotBeChanged() {
        ArticleFrames af = new FrameQuoteExtractor(new NameActorResolver()).attributor("it").prepare(ONE);
        assertThrows(UnsupportedOperationException.class, () -> af.words(0).clear());
        assertThrows(UnsupportedOperationException.class, () -> af.frames(0).clear());
        assertThrows(UnsupportedOperationException.class, () -> af.names().clear());
        assertThrows(UnsupportedOperationException.class, () -> af.spans().clear());
    }
}
