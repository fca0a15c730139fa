package org.annals.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArticleIndexTest {
    private static final LocalDate JUNE_19 = LocalDate.of(2024, 6, 19);

    @TempDir
    Path dir;
    private LuceneArticleIndex index;
    private long seq;

    @BeforeEach
    void open() {
        index = new LuceneArticleIndex(dir.resolve("index"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private IndexedArticle article(String id, String language, String title, String text) {
        return new IndexedArticle(++seq, id, title, text, "https://example.org/" + id, "example.org", language, JUNE_19);
    }

    private void addAll(IndexedArticle... articles) {
        for (IndexedArticle a : articles) {
            index.add(a);
        }
        index.commit(seq);
    }

    private SearchPage search(String text) {
        return index.search(SearchQuery.of(text));
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(SearchHit::articleId).toList();
    }

    private void addTreatyArticles() {
        addAll(article("it-treaty", "it", "Mosca e Pyongyang firmano un patto",
                        "Il leader nordcoreano ha firmato a Pyongyang un trattato di cooperazione militare con la Russia."),
                article("en-grain", "en", "Ankara hosts grain talks",
                        "The two governments reached an agreement on grain exports through the Black Sea."),
                article("en-pyongyang", "en", "Summit in the North",
                        "Officials in Pyongyang welcomed the Russian delegation with a parade."),
                article("fr-traite", "fr", "Un traité signé",
                        "Le traité a été signé à Pyongyang par les deux dirigeants."),
                article("it-ankara", "it", "Colloqui ad Ankara",
                        "I ministri degli esteri hanno discusso di sanzioni e di esportazioni di grano."));
    }

    @Test
    void italianWordsAreStemmed() {
        addTreatyArticles();
        assertEquals(List.of("it-treaty"), ids(search("trattati Pyongyang")));
        assertEquals(List.of("it-ankara"), ids(search("sanzione")));
        assertEquals(List.of("it-ankara"), ids(search("esportazione grano")));
    }

    @Test
    void englishWordsAreStemmed() {
        addTreatyArticles();
        assertEquals(List.of("en-grain"), ids(search("agreements")));
        assertEquals(List.of("en-grain"), ids(search("export reaching")));
    }

    @Test
    void aQueryIsReadInEveryLanguage() {
        addTreatyArticles();
        assertEquals(Set.of("it-treaty", "en-pyongyang", "fr-traite"), Set.copyOf(ids(search("Pyongyang"))));
        // "il" is an Italian stop word: it must not keep the Italian article from matching
        assertEquals(List.of("it-treaty"), ids(search("il trattato")));
        assertEquals(Set.of("it-ankara", "en-grain"), Set.copyOf(ids(search("grano | grain"))));
        // a language the index has no analyzer for is still found by its exact words
        assertEquals(List.of("fr-traite"), ids(search("traité")));
    }

    @Test
    void aTitleMatchRanksAboveATextMatch() {
        addAll(article("in-text", "it", "Vertice dei leader a Mosca",
                        "Dopo il vertice i due leader sono partiti per Pyongyang, dove li attendeva la stampa."),
                article("in-title", "it", "Pyongyang accoglie la delegazione",
                        "Dopo il vertice i due leader sono partiti per Mosca, dove li attendeva la stampa."));
        assertEquals(List.of("in-title", "in-text"), ids(search("Pyongyang")));
    }

    @Test
    void filtersOnLanguageSiteAndDates() {
        index.add(new IndexedArticle(1, "a", null, "Vertice sul clima a Roma.", null, "ansa.it", "it",
                LocalDate.of(2024, 1, 10)));
        index.add(new IndexedArticle(2, "b", null, "Climate summit in Rome.", null, "bbc.co.uk", "EN",
                LocalDate.of(2024, 3, 5)));
        index.add(new IndexedArticle(3, "c", null, "Vertice sul clima a Milano.", null, "repubblica.it", "it",
                LocalDate.of(2024, 6, 1)));
        index.add(new IndexedArticle(4, "d", null, "Vertice sul clima senza data.", null, "ansa.it", "it", null));
        index.commit(4);

        assertEquals(Set.of("a", "c", "d"), Set.copyOf(ids(index.search(query("clima", "it", null, null, null)))));
        assertEquals(List.of("b"), ids(index.search(query("climate", "en", null, null, null))));
        assertEquals(List.of("b"), ids(index.search(query("climate", "en", "bbc.co.uk", null, null))));
        assertEquals(Set.of("a", "d"), Set.copyOf(ids(index.search(query("clima", null, "ansa.it", null, null)))));
        // articles without a date fall out of any range
        assertEquals(List.of("a"), ids(index.search(query("clima", null, "ansa.it", null, LocalDate.of(2024, 12, 31)))));
        assertEquals(Set.of("b", "c"), Set.copyOf(ids(index.search(
                query("clima | climate", null, null, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 6, 1))))));
        assertEquals(List.of("c"), ids(index.search(query("clima", null, null, LocalDate.of(2024, 2, 1), null))));
        assertEquals(0, index.search(query("clima", "de", null, null, null)).total());
    }

    private static SearchQuery query(String text, String language, String site, LocalDate from, LocalDate to) {
        return new SearchQuery(text, language, site, from, to, 1, 10);
    }

    @Test
    void hitsCarryTheStoredFields() {
        addTreatyArticles();
        SearchHit hit = search("agreement").hits().get(0);
        assertEquals("en-grain", hit.articleId());
        assertEquals("Ankara hosts grain talks", hit.title());
        assertEquals("https://example.org/en-grain", hit.url());
        assertEquals("example.org", hit.site());
        assertEquals("en", hit.language());
        assertEquals(JUNE_19, hit.published());
        assertTrue(hit.score() > 0);
    }

    @Test
    void pagesSplitTheHitsAndTotalCountsThemAll() {
        for (int i = 0; i < 25; i++) {
            index.add(article("n" + i, "it", "Notizia " + i, "Il consiglio dei ministri si è riunito " + "ancora ".repeat(i) + "oggi."));
        }
        index.add(article("other", "it", "Altro", "Niente da segnalare."));
        index.commit(seq);
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            SearchPage p = index.search(new SearchQuery("consiglio ministri", null, null, null, null, page, 10));
            assertEquals(25, p.total());
            assertEquals(page < 3 ? 10 : 5, p.hits().size());
            p.hits().forEach(h -> assertTrue(seen.add(h.articleId()), "seen twice: " + h.articleId()));
        }
        SearchPage beyond = index.search(new SearchQuery("consiglio", null, null, null, null, 4, 10));
        assertEquals(25, beyond.total());
        assertTrue(beyond.hits().isEmpty());
        assertEquals(25, index.search(new SearchQuery("consiglio", null, null, null, null, 1_000_000, 100)).total());
    }

    @Test
    void snippetsMarkTheMatchedWordsAndEscapeEverythingElse() {
        addAll(article("xss", "it", "Titolo <b>innocuo</b>",
                "Un lettore ha scritto <script>alert(1)</script> nel modulo. Poi <img src=x onerror=alert(2)> "
                        + "e infine ha parlato delle sanzioni europee & di \"altro\"."));
        String snippet = search("sanzione").hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>sanzioni</mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), snippet);
        assertTrue(snippet.contains("&lt;img src=x onerror=alert(2)&gt;"), snippet);
        assertTrue(snippet.contains("&amp; di &quot;altro&quot;"), snippet);
        String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), snippet);
    }

    @Test
    void theSnippetIsAShortPassageAroundTheMatch() {
        String filler = "Il governo ha discusso a lungo del bilancio e delle riforme previste per l'anno prossimo. ";
        addAll(article("long", "it", "Bilancio", filler.repeat(10) + "Infine il ministro ha annunciato le dimissioni. "
                + filler.repeat(10)));
        String snippet = search("dimissioni").hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>dimissioni</mark>"), snippet);
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.length() < 300, snippet.length() + ": " + snippet);
        assertTrue(snippet.contains("l&#39;anno"), snippet);
    }

    @Test
    void theTitleStandsInWhenTheTextDoesNotMatchAndTheStartOfTheTextWhenNothingDoes() {
        addAll(article("t", "en", "Ceasefire <announced>", "Both sides agreed to stop fighting on Monday."));
        assertEquals("<mark>Ceasefire</mark> &lt;announced&gt;", search("ceasefire").hits().get(0).snippet());
        assertEquals("Both sides agreed to stop fighting on Monday.", Snippets.start("Both sides agreed to stop fighting on Monday."));
        String longText = "word ".repeat(100);
        String start = Snippets.start(longText);
        assertTrue(start.endsWith("…") && start.length() <= Snippets.LENGTH + 1, start);
    }

    @Test
    void addingAnArticleAgainReplacesIt() {
        addAll(article("same", "it", "Prima versione", "Il premier ha incontrato il sindaco."));
        index.add(new IndexedArticle(++seq, "same", "Seconda versione", "Il premier ha incontrato il prefetto.",
                null, null, "it", null));
        index.commit(seq);
        assertEquals(1, index.size());
        assertEquals(0, search("sindaco").total());
        SearchPage p = search("premier");
        assertEquals(1, p.total());
        assertEquals("Seconda versione", p.hits().get(0).title());
        assertNull(p.hits().get(0).url());
    }

    @Test
    void addedArticlesAreInvisibleUntilCommitted() {
        addAll(article("one", "en", "One", "The parliament voted on the budget."));
        index.add(article("two", "en", "Two", "The parliament voted on the reform."));
        assertEquals(1, index.size());
        assertEquals(1, search("parliament").total());
        index.commit(seq);
        assertEquals(2, index.size());
        assertEquals(2, search("parliament").total());
    }

    @Test
    void theCommittedSequenceSurvivesReopeningAndUncommittedArticlesDoNot() {
        assertEquals(0, index.committedSeq());
        assertEquals(0, index.size());
        index.add(article("kept", "it", null, "Una notizia conservata."));
        index.commit(41);
        index.add(article("lost", "it", null, "Una notizia persa."));
        index.close();
        index = new LuceneArticleIndex(dir.resolve("index"));
        assertEquals(41, index.committedSeq());
        assertEquals(1, index.size());
        assertEquals(List.of("kept"), ids(search("notizia")));
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> index.commit(40));
        assertTrue(backwards.getMessage().contains("41") && backwards.getMessage().contains("40"), backwards.getMessage());
    }

    @Test
    void oddQueriesNeverFail() {
        addTreatyArticles();
        for (String odd : List.of("\"unbalanced", "***", "-", "|", "((", ")", "\\", "+", "~2", "\"\"", "-Pyongyang",
                "trattato\"", "pyong* -\"", "\"trattato\"cooperazione\"", "the of and", "il la di", "&&", "x".repeat(500), "a ".repeat(300))) {
            SearchPage p = search(odd);
            assertTrue(p.total() >= 0, odd);
        }
        assertEquals(0, search("***").total());
        assertEquals(0, search("the of and").total());
        assertEquals(0, search("il la di").total());
        assertEquals(0, search("-Pyongyang").total());
        SearchPage phrase = search("\"trattato di cooperazione\"");
        assertEquals(List.of("it-treaty"), ids(phrase));
        assertTrue(phrase.hits().get(0).snippet().contains("<mark>trattato</mark> di <mark>cooperazione</mark>"),
                phrase.hits().get(0).snippet());
        assertEquals(0, search("\"cooperazione di trattato\"").total());
        assertEquals(Set.of("en-pyongyang", "fr-traite"), Set.copyOf(ids(search("Pyongyang -trattato -nordcoreano"))));
        assertEquals(Set.of("it-treaty", "en-pyongyang", "fr-traite"), Set.copyOf(ids(search("Pyong*"))));
    }

    @Test
    void aSecondOpenerOfALockedIndexGetsAClearError() {
        Path path = dir.resolve("index");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new LuceneArticleIndex(path));
        assertTrue(e.getMessage().contains(path.toString()) && e.getMessage().contains("locked"), e.getMessage());
        // the failed opener left the first one working
        addAll(article("ok", "en", null, "Still working."));
        assertEquals(1, index.size());
    }

    @Test
    void aDirectoryOfOtherFilesOrAFileIsNotAnIndex() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "buy milk");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new LuceneArticleIndex(notes));
        assertTrue(e.getMessage().contains(notes.toString()) && e.getMessage().contains("not a Lucene index"), e.getMessage());
        Path file = notes.resolve("todo.txt");
        e = assertThrows(IllegalStateException.class, () -> new LuceneArticleIndex(file));
        assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    }

    @Test
    void aClosedIndexSaysSo() {
        index.close();
        index.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> search("x"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> index.add(article("x", "en", null, "x")));
    }

    @Test
    void searchesRunWhileArticlesAreAddedAndCommitted() throws Exception {
        addAll(article("first", "en", "Talks", "Negotiators met in Geneva."));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            tasks.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    index.add(article("a" + i, i % 2 == 0 ? "en" : "it", "Geneva " + i, "Negotiators met in Geneva again."));
                    if (i % 20 == 19) {
                        index.commit(seq);
                    }
                }
                return null;
            }));
            for (int t = 0; t < 2; t++) {
                tasks.add(pool.submit(() -> {
                    long last = 0;
                    for (int i = 0; i < 200; i++) {
                        long total = search("Geneva").total();
                        assertTrue(total >= last, total + " after " + last);
                        last = total;
                    }
                    return null;
                }));
            }
            for (Future<?> f : tasks) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        index.commit(seq);
        assertEquals(201, search("Geneva").total());
    }
}
