package org.annals.pipeline;

import org.annals.testing.SeedArticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.annals.ingest.DocumentReader;
import org.annals.model.AnalysisResult;
import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.RawDocument;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The canonical seed article through the standard pipeline, as `annals analyze` runs it. */
class SeedEndToEndTest {
    private static AnalysisResult result;

    @BeforeAll
    static void analyseSeed() {
        Path seed = SeedArticle.path();
        var batch = new DocumentReader(1 << 24, DocumentHints.NONE).readAll(List.of(seed.toString()));
        assertTrue(batch.failures().isEmpty(), batch.failures().toString());
        List<RawDocument> docs = batch.documents();
        result = Pipelines.standard().analyze(docs.get(0));
    }

    @Test
    void metadata() {
        Article a = result.article();
        assertEquals("Incontro tra Kim e Putin: il patto contro l’Occidente", a.title());
        assertEquals("2024-06-19T11:50+02:00", a.published().toIso());
        assertEquals("TheSocialPost.it", a.publisher());
        assertEquals("it", a.language());
    }

    @Test
    void noBoilerplateLeftAndEveryParagraphKept() {
        String text = result.article().text();
        for (String junk : List.of("Vai al contenuto", "Leggi anche", "Continua a leggere", "Pubblicato:")) {
            assertFalse(text.contains(junk), junk);
        }
        for (String kept : List.of("L’imperialismo a stelle e strisce", "Le relazioni tra Pyongyang e Mosca",
                "La Russia e la Corea del Nord hanno messo a punto", "Mosca sta combattendo",
                "Martedì 18 giugno", "La visita di Putin è il segno", "La delegazione russa si sposterà",
                "L’invasione dell’Ucraina", "Secondo fonti di intelligence sudcoreane",
                "La crescente collaborazione", "Nonostante la stretta collaborazione attuale")) {
            assertTrue(text.contains(kept), kept);
        }
        assertEquals(9, result.article().headings().size(), result.article().headings().toString());
    }

    @Test
    void sentencesStayInsideParagraphsAndTokensLineUp() {
        String text = result.article().text();
        List<Sentence> sentences = result.analyzed().sentences();
        assertTrue(sentences.size() >= 35, "sentences: " + sentences.size());
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertFalse(s.text().contains("\n\n"), s.text());
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
    }

    @Test
    void theConditionalOfTheAllegationIsVisible() {
        Token avrebbe = result.analyzed().sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.text().equals("avrebbe")).findFirst().orElseThrow();
        assertEquals("avere", avrebbe.lemma());
        assertEquals("Cnd", avrebbe.feature("Mood"));
    }
}
