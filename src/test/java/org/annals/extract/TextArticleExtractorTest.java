package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;

class TextArticleExtractorTest {

    private static final TextArticleExtractor EXTRACTOR = new TextArticleExtractor();

    static final String ITALIAN = """
            Salta al contenuto

            Nuovo ponte sull'Adige: aperto il cantiere a Verona

            Pubblicato il 3 marzo 2025 alle 9:15

            Il Comune ha avviato questa mattina i lavori per il nuovo ponte ciclopedonale sull'Adige, un'opera attesa da oltre dieci anni che collegherà due quartieri della città.
            Leggi anche: Traffico in tilt sulla tangenziale, code fino a sera

            Il sindaco: “Una giornata storica”

            Alla cerimonia di apertura del cantiere erano presenti il sindaco, l'assessore ai lavori pubblici e i rappresentanti dei comitati di quartiere, che da anni chiedevano un collegamento sicuro.

            Tempi e costi dell'opera

            Secondo il cronoprogramma, il ponte sarà completato entro la primavera del 2027. La spesa prevista è di 14 milioni di euro, finanziati in parte con fondi europei.

            Condividi su Facebook

            Continua a leggere su VeronaOggi.it
            """;

    static final String ENGLISH = """
            Skip to content

            Harbour tunnel reopens after months of repairs

            Published June 19, 2024 at 4:30 PM

            Updated: June 20, 2024

            The harbour tunnel reopened to traffic on Wednesday after six months of repair works, the city council said, ending long detours for thousands of commuters.

            What changed?

            Engineers replaced the ventilation system and resurfaced both lanes, while new lighting was installed along the entire length of the tunnel.

            Share this article

            Subscribe to our newsletter

            This article originally appeared on Coastal Gazette.
            """;

    private static Article extract(String text) {
        return EXTRACTOR.extract(new RawDocument("test.txt", DocumentKind.TEXT, text));
    }

    private static List<String> paragraphs(Article a) {
        return List.of(a.text().split("\n\n"));
    }

    @Test
    void italianArticle() {
        Article a = extract(ITALIAN);
        assertEquals("Nuovo ponte sull'Adige: aperto il cantiere a Verona", a.title());
        // 3 March is before the switch to summer time: Rome is at +01:00
        assertEquals("2025-03-03T09:15+01:00", a.published().toIso());
        assertEquals("VeronaOggi.it", a.publisher());
        assertEquals(List.of("Il sindaco: “Una giornata storica”", "Tempi e costi dell'opera"), a.headings());
        List<String> paragraphs = paragraphs(a);
        assertEquals(5, paragraphs.size(), a.text());
        assertTrue(paragraphs.get(0).startsWith("Il Comune ha avviato"));
        assertTrue(paragraphs.get(0).endsWith("della città."), "the glued 'Leggi anche' line is dropped");
        assertEquals("Il sindaco: “Una giornata storica”", paragraphs.get(1));
        for (String gone : List.of("Salta al contenuto", "Pubblicato", "Leggi anche", "Condividi", "Continua a leggere")) {
            assertFalse(a.text().contains(gone), gone);
        }
        assertEquals(List.of(), a.problems());
    }

    @Test
    void englishArticleWithoutKnownZone() {
        Article a = extract(ENGLISH);
        assertEquals("Harbour tunnel reopens after months of repairs", a.title());
        // publication wins over the later update; an English page of unknown origin gets no offset
        assertEquals("2024-06-19T16:30", a.published().toIso());
        assertEquals("Coastal Gazette", a.publisher());
        assertEquals(List.of("What changed?"), a.headings());
        assertEquals(3, paragraphs(a).size(), a.text());
        assertFalse(a.text().contains("Share"));
        assertFalse(a.text().contains("newsletter"));
        assertFalse(a.text().contains("originally appeared"));
        assertTrue(a.problems().stream().anyMatch(p -> p.contains("time zone")), a.problems().toString());
    }

    @Test
    void britishUrlGivesLondonSummerTime() {
        DocumentHints hints = new DocumentHints(null, "https://www.gazette.co.uk/news/tunnel", null, null, null, null);
        Article a = EXTRACTOR.extract(new RawDocument("t", DocumentKind.TEXT, ENGLISH, hints, List.of()));
        assertEquals("2024-06-19T16:30+01:00", a.published().toIso());
        assertEquals("https://www.gazette.co.uk/news/tunnel", a.url());
    }

    @Test
    void hintsWinAndReadProblemsAreKept() {
        Timestamp when = Timestamp.of(LocalDate.of(2025, 3, 4));
        DocumentHints hints = new DocumentHints("abc123", "https://example.org/a", "Titolo dato", when, "it", "Agenzia X");
        Article a = EXTRACTOR.extract(new RawDocument("t", DocumentKind.TEXT, ITALIAN, hints,
                List.of("encoding guessed as windows-1252")));
        assertEquals("abc123", a.id());
        assertEquals("Titolo dato", a.title());
        assertEquals(when, a.published());
        assertEquals("Agenzia X", a.publisher());
        assertEquals("it", a.language());
        assertEquals("encoding guessed as windows-1252", a.problems().get(0));
    }

    @Test
    void aCaptureDateStandsInOnlyWhenNoPublicationDateIsFound() {
        Timestamp captured = Timestamp.parse("2024-06-21T06:00:00Z");
        DocumentHints archived = DocumentHints.NONE.withRetrieved(captured);
        Article undated = EXTRACTOR.extract(new RawDocument("crawl.warc#2", DocumentKind.TEXT,
                "Frana sulla statale\n\nUna frana ha bloccato la strada nella notte.", archived, List.of()));
        assertEquals(captured, undated.published());
        assertTrue(undated.problems().contains("no publication date found; the capture date 2024-06-21T06:00Z "
                + "stands in"), undated.problems().toString());
        Article dated = EXTRACTOR.extract(new RawDocument("crawl.warc#3", DocumentKind.TEXT, ITALIAN, archived,
                List.of()));
        assertEquals(extract(ITALIAN).published(), dated.published(), "the page's own date wins");
    }

    @Test
    void idIsDerivedFromContent() {
        Article a = extract(ITALIAN);
        assertEquals(16, a.id().length());
        assertEquals(a.id(), extract(ITALIAN).id());
        assertFalse(a.id().equals(extract(ENGLISH).id()));
    }

    @Test
    void emptyInputGivesEmptyArticleWithProblems() {
        Article a = extract("");
        assertEquals("", a.text());
        assertNull(a.title());
        assertNull(a.published());
        assertTrue(a.problems().contains("no title found"), a.problems().toString());
        assertTrue(a.problems().contains("no publication date found"), a.problems().toString());
        assertTrue(a.problems().contains("empty document"), a.problems().toString());
    }

    @Test
    void onlyBoilerplateLeavesNoText() {
        Article a = extract("Vai al contenuto\n\nCondividi su Facebook\n\nTutti i diritti riservati\n");
        assertEquals("", a.text());
        assertTrue(a.problems().contains("no text left after removing boilerplate"), a.problems().toString());
    }

    @Test
    void longProseFirstLineIsNoTitle() {
        String text = "La giunta regionale ha approvato ieri sera il piano per la manutenzione delle strade provinciali, "
                + "che prevede interventi in tutti i comuni della provincia entro la fine dell'anno prossimo, "
                + "con una spesa complessiva di venti milioni di euro.\n\n"
                + "I lavori partiranno dalle strade più danneggiate dal maltempo dello scorso autunno, ha spiegato l'assessore.\n";
        Article a = extract(text);
        assertNull(a.title());
        assertTrue(a.problems().contains("no title found"));
        assertEquals(2, paragraphs(a).size());
    }

    @Test
    void aOneParagraphArticleKeepsItsTextInsteadOfBecomingATitle() {
        Article a = extract("Il sindaco ha inaugurato il nuovo ponte sul fiume.");
        assertNull(a.title());
        assertEquals("Il sindaco ha inaugurato il nuovo ponte sul fiume.", a.text());
    }

    @Test
    void hardWrappedParagraphIsJoined() {
        String text = """
                Storm damages coastal roads

                June 3, 2024

                The storm that reached the coast on Sunday night damaged several
                roads along the shore and left hundreds of homes without power
                for most of Monday, officials said.
                """;
        Article a = extract(text);
        assertEquals("Storm damages coastal roads", a.title());
        assertEquals("2024-06-03", a.published().toIso());
        assertEquals(1, paragraphs(a).size(), a.text());
        assertTrue(a.text().contains("several roads along"));
    }

    @Test
    void shortLinesWithoutFollowingParagraphAreNotHeadings() {
        String text = """
                Risultati delle elezioni comunali

                19 giugno 2024

                Affluenza in calo

                Risultati definitivi attesi in serata
                """;
        Article a = extract(text);
        assertEquals("2024-06-19", a.published().toIso());
        assertEquals(List.of(), a.headings());
        assertEquals(2, paragraphs(a).size());
    }

    @Test
    void windowsNewlinesAndInvisibleCharacters() {
        Article a = extract("\uFEFF" + ITALIAN.replace("\n", "\r\n").replace("Verona", "Ve\u200Brona"));
        assertEquals("Nuovo ponte sull'Adige: aperto il cantiere a Verona", a.title());
        assertEquals(2, a.headings().size());
    }
}
