package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Actor;
import org.annals.model.AnalysisResult;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Event;
import org.annals.model.Status;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;

class ArticleRecordTest {
    private static final String TEXT = "The ministers met in Rome on Monday.\n\nThey signed a trade deal.  Talks resume in May.";

    private static ArticleRecord record(String url, String publisher, String title, String text, Timestamp published,
                                        Event... events) {
        Article article = new Article("a1", url, title, published, publisher, "en", text, List.of(), List.of());
        return ArticleRecord.of(new AnalysisResult("a.txt", new AnalyzedArticle(article, List.of()), List.of(events),
                List.of(), List.of(), List.of(), List.of()));
    }

    private static Event event(String sentence, String date) {
        return new Event(new Actor("Italy", "ITA", "ITA"), null, "040", "CONSULT", 1.0, date, Status.ASSERTED, null,
                sentence, "met");
    }

    @Test
    void anEventIsFiledUnderItsOwnDayMonthOrYearElseThePublicationDate() {
        ArticleRecord r = record(null, null, null, TEXT, Timestamp.parse("2024-06-19T11:50+02:00"));
        assertEquals(LocalDate.of(2024, 6, 17), r.eventDate(event("x", "2024-06-17")));
        assertEquals(LocalDate.of(2023, 9, 1), r.eventDate(event("x", "2023-09")));
        assertEquals(LocalDate.of(2022, 1, 1), r.eventDate(event("x", "2022")));
        assertEquals(LocalDate.of(2024, 6, 19), r.eventDate(event("x", null)));
        assertEquals(LocalDate.of(2024, 6, 19), r.eventDate(event("x", "2024-02-30")), "an impossible day");
        assertNull(record(null, null, null, TEXT, null).eventDate(event("x", null)));
    }

    @Test
    void aRootEventStandsInTheTitleOrTheFirstParagraph() {
        ArticleRecord r = record(null, null, "Italy and France sign a deal", TEXT, null);
        assertTrue(r.isRoot(event("The ministers met in Rome on Monday.", null)));
        assertTrue(r.isRoot(event("Italy and France sign a deal", null)));
        assertFalse(r.isRoot(event("They signed a trade deal.", null)));
        assertFalse(r.isRoot(event("A sentence from nowhere.", null)));
        assertTrue(record(null, null, null, "One paragraph only.", null).isRoot(event("One paragraph only.", null)));
    }

    @Test
    void theContentHashIgnoresWhitespaceButNotWords() {
        String hash = record(null, null, null, TEXT, null).contentHash();
        assertEquals(hash, record(null, null, null, "  " + TEXT.replace(" ", " \t ").replace("\n\n", "\n") + "\n", null)
                .contentHash());
        assertNotEquals(hash, record(null, null, null, TEXT.replace("May", "June"), null).contentHash());
        assertEquals(ArticleRecord.sha256("The ministers met in Rome on Monday. They signed a trade deal. Talks resume in May."),
                hash);
        assertNotEquals(record(null, null, null, "", null).contentHash(),
                ArticleRecord.sha256(""), "empty texts are told apart by id");
    }

    @Test
    void theSiteIsTheAddressHostElseThePublisherAndTheUrlIsCanonical() {
        ArticleRecord r = record("https://www.Example.com/a/?utm_source=x", "Example News", null, TEXT, null);
        assertEquals("example.com", r.site());
        assertEquals("https://www.example.com/a", r.url());
        assertEquals("ANSA", record(null, "ANSA", null, TEXT, null).site());
        assertNull(record(null, null, null, TEXT, null).site());
    }

    @Test
    void cameoCodesHaveABaseAndARoot() {
        assertEquals("057", ArticleRecord.baseCode("057"));
        assertEquals("033", ArticleRecord.baseCode("0332"));
        assertEquals("040", ArticleRecord.baseCode("04"));
        assertEquals("03", ArticleRecord.rootCode("0332"));
    }

    @Test
    void theIndexedArticleCarriesWhatSearchShows() {
        ArticleRecord r = record("https://example.com/a", null, "Deal", TEXT, Timestamp.parse("2024-06-19"));
        var indexed = r.indexed(42);
        assertEquals(42, indexed.seq());
        assertEquals("a1", indexed.id());
        assertEquals("example.com", indexed.site());
        assertEquals(LocalDate.of(2024, 6, 19), indexed.published());
        assertEquals(TEXT, indexed.text());
    }
}
