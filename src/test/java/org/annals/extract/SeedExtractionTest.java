package org.annals.extract;

import org.annals.testing.SeedArticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.annals.model.Article;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canonical input, read at run time from the shared folder (never copied into the project);
 * skipped when the folder is absent.
 */
class SeedExtractionTest {

    private static String seed;
    private static Article article;

    @BeforeAll
    static void readSeed() throws IOException {
        Path path = SeedArticle.path();
        seed = SeedArticle.raw();
        article = new TextArticleExtractor().extract(new RawDocument(path.toString(), DocumentKind.TEXT, seed));
    }

    @Test
    void metadata() {
        assertEquals("Incontro tra Kim e Putin: il patto contro l’Occidente", article.title());
        assertEquals("2024-06-19T11:50+02:00", article.published().toIso());
        assertEquals("TheSocialPost.it", article.publisher());
        assertEquals(ArticleIds.ofContent(seed), article.id());
    }

    @Test
    void boilerplateIsGone() {
        String text = article.text();
        assertFalse(text.contains("Vai al contenuto"), text);
        assertFalse(text.contains("Leggi anche"), text);
        assertFalse(text.contains("Continua a leggere"), text);
        assertFalse(text.contains("Pubblicato"), text);
        assertFalse(text.startsWith("Incontro tra Kim e Putin"), "title repeated in the text");
    }

    @Test
    void everyBodyParagraphIsKept() {
        List<String> paragraphs = Arrays.asList(article.text().split("\n\n"));
        for (String start : List.of("Le relazioni tra Pyongyang e Mosca", "Nonostante la stretta collaborazione",
                "La Russia e la Corea del Nord hanno messo", "Mosca sta combattendo", "Secondo fonti di intelligence")) {
            assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith(start)), "missing paragraph: " + start);
        }
        // the opening paragraph keeps its words but loses the "Leggi anche" line glued under it
        String first = paragraphs.get(0);
        assertTrue(first.endsWith("Vediamo di cosa si tratta."), first);
        // every line of the seed that is long prose survives unchanged
        seed.lines().map(String::strip).filter(l -> l.length() > 200 && !l.startsWith("Leggi anche"))
                .forEach(l -> assertTrue(paragraphs.contains(l), "lost: " + l));
    }

    @Test
    void headings() {
        List<String> headings = article.headings();
        assertTrue(headings.contains("Kim: “Nuova era di prosperità nelle relazioni con Mosca”"), headings.toString());
        assertTrue(headings.contains("Un viaggio che segna una nuova alleanza"), headings.toString());
        assertTrue(headings.contains("Gli esperti: “Alleanza temporanea”"), headings.toString());
        // the seed's section headings: every short line between blank lines after the date line
        assertEquals(9, headings.size(), headings.toString());
        List<String> paragraphs = Arrays.asList(article.text().split("\n\n"));
        for (String h : headings) {
            assertTrue(paragraphs.contains(h), "heading not kept in the text: " + h);
        }
    }

    @Test
    void noProblemsOnTheSeed() {
        assertEquals(List.of(), article.problems());
    }
}
