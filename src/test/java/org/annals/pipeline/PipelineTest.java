package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.extract.ArticleExtractor;
import org.annals.model.AnalysisResult;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.annals.nlp.LanguageAnalyzer;
import org.annals.nlp.LanguageIdentifier;
import org.junit.jupiter.api.Test;

class PipelineTest {
    /** Extraction that declares the language "de" as an HTML page might, whatever the text. */
    private static final ArticleExtractor DECLARES_GERMAN = doc -> new Article("id", null, "Titolo", null, null,
            "de", doc.content(), List.of(), List.of());
    private static final LanguageAnalyzer NO_SENTENCES = article -> new AnalyzedArticle(article, List.of());

    private static AnalysisResult run(LanguageIdentifier identifier, DocumentHints hints) {
        Pipeline p = new Pipeline(DECLARES_GERMAN, identifier, NO_SENTENCES, (text, sentences, lang, published) -> List.of(),
                article -> List.of(), article -> List.of(),
                (article, times) -> List.of());
        return p.analyze(new RawDocument("a.html", DocumentKind.HTML, "Il testo.", hints, List.of()));
    }

    @Test
    void theTextsEvidenceWinsOverTheDeclaredLanguage() {
        assertEquals("it", run(text -> "it", DocumentHints.NONE).article().language());
    }

    @Test
    void aGivenLanguageWinsOverEverything() {
        assertEquals("en", run(text -> "it", DocumentHints.NONE.withLanguage("en")).article().language());
    }

    @Test
    void theDeclaredLanguageIsKeptWhenTheTextCannotTellAndAProblemSaysSo() {
        AnalysisResult r = run(text -> null, DocumentHints.NONE);
        assertEquals("de", r.article().language());
        assertTrue(r.problems().get(0).contains("'de'"), r.problems().toString());
        assertEquals("a.html", r.source());
    }
}
