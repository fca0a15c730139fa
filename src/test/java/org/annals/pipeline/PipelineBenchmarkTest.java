package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.Test;

class PipelineBenchmarkTest {

    private static final List<RawDocument> DOCUMENTS = List.of(doc("a"), doc("b"), doc("c"));

    private static RawDocument doc(String name) {
        return new RawDocument(name, DocumentKind.TEXT, "Testo " + name + ".", DocumentHints.NONE.withLanguage("it"), List.of());
    }

    /** A pipeline with no models that notes the documents it is given. */
    private static Pipeline recording(List<String> seen) {
        return new Pipeline(d -> {
            seen.add(d.source());
            return new Article("id", null, null, null, null, "it", d.content(), List.of(), List.of());
        }, text -> "it", article -> new AnalyzedArticle(article, List.of()), (text, sentences, lang, published) -> List.of(),
                article -> List.of(), article -> List.of(), (article, times) -> List.of());
    }

    @Test
    void everyPipelineIsMeasuredAndReportedInOrder() {
        List<String> first = Collections.synchronizedList(new ArrayList<>());
        List<String> second = Collections.synchronizedList(new ArrayList<>());
        List<PipelineBenchmark.Figures> figures = PipelineBenchmark.compare(
                List.of(recording(first), recording(second)), DOCUMENTS, 0, 0.6);
        assertEquals(2, figures.size());
        assertEquals(first.size(), figures.get(0).articles());
        assertEquals(second.size(), figures.get(1).articles());
        assertTrue(figures.get(0).articles() > 0 && figures.get(1).articles() > 0);
    }

    @Test
    void eachTurnGoesOnWithTheNextDocument() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        // 0.6 s in turns of 0.25 s: three turns, never restarting at the first document
        PipelineBenchmark.compare(List.of(recording(seen)), DOCUMENTS, 0, 0.6);
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(DOCUMENTS.get(i % DOCUMENTS.size()).source(), seen.get(i));
        }
    }

    @Test
    void refusesNothingToMeasure() {
        Pipeline p = recording(new ArrayList<>());
        assertThrows(IllegalArgumentException.class, () -> PipelineBenchmark.compare(List.of(p), List.of(), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> PipelineBenchmark.compare(List.of(p), DOCUMENTS, 0, 0));
    }
}
