package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.annals.extract.BoilerplateRules.Kind;
import org.junit.jupiter.api.Test;

class BoilerplateRulesTest {

    private static final BoilerplateRules RULES = BoilerplateRules.load();

    private static Kind kind(String line) {
        return RULES.classify(line).map(BoilerplateRules.Hit::kind).orElse(null);
    }

    @Test
    void shippedRulesRecogniseCommonLinesInBothLanguages() {
        assertEquals(Kind.SKIP, kind("Vai al contenuto"));
        assertEquals(Kind.SKIP, kind("Skip to content"));
        assertEquals(Kind.RELATED, kind("Leggi anche: Un titolo qualsiasi di un altro articolo"));
        assertEquals(Kind.RELATED, kind("Potrebbe interessarti"));
        assertEquals(Kind.RELATED, kind("Read more: another story"));
        assertEquals(Kind.RELATED, kind("See also"));
        assertEquals(Kind.SHARE, kind("Condividi su Facebook"));
        assertEquals(Kind.SHARE, kind("Share this article"));
        assertEquals(Kind.SHARE, kind("Facebook Twitter WhatsApp"));
        assertEquals(Kind.COOKIE, kind("Accetta i cookie"));
        assertEquals(Kind.NEWSLETTER, kind("Iscriviti alla newsletter"));
        assertEquals(Kind.NEWSLETTER, kind("Subscribe to our newsletter"));
        assertEquals(Kind.FOOTER, kind("© 2024 Editore Esempio Srl"));
        assertEquals(Kind.FOOTER, kind("Tutti i diritti riservati"));
        assertEquals(Kind.FOOTER, kind("Example Media Ltd. All rights reserved."));
        assertEquals(Kind.FOOTER, kind("© RIPRODUZIONE RISERVATA"));
    }

    @Test
    void syndicationFootersNameThePublisher() {
        for (var c : List.of(
                List.of("Continua a leggere su TheSocialPost.it", "TheSocialPost.it"),
                List.of("L’articolo Il titolo del pezzo proviene da Notizie Esempio.", "Notizie Esempio"),
                List.of("Leggi l'articolo completo su www.esempio.it", "esempio.it"),
                List.of("Read more at Example Times.", "Example Times"),
                List.of("This article originally appeared on The Conversation.", "The Conversation"),
                List.of("Source: Reuters", "Reuters"),
                List.of("Read more at https://www.example.com/news/123", "example.com"))) {
            var hit = RULES.classify(c.get(0)).orElseThrow(() -> new AssertionError(c.get(0)));
            assertEquals(Kind.SYNDICATION, hit.kind(), c.get(0));
            assertEquals(c.get(1), hit.publisher(), c.get(0));
        }
    }

    @Test
    void shippedRulesRecogniseCaptionsPaywallsAndCuesInMoreLanguages() {
        assertEquals(Kind.SKIP, kind("Der Bürgermeister bei der Eröffnung der Brücke. © Stadt Musterhausen"));
        assertEquals(Kind.SKIP, kind("The new bridge at dusk. Photo: Jane Example"));
        assertEquals(Kind.SKIP, kind("If you're seeing this message but you're already a subscriber, log in."));
        assertEquals(Kind.SKIP, kind("5 min read"));
        assertEquals(Kind.SKIP, kind("11 minut czytania"));
        assertEquals(Kind.FOOTER, kind("We rely on your support to keep local news free for everyone."));
        assertEquals(Kind.RELATED, kind("Weiterführende Informationen"));
        assertEquals(Kind.RELATED, kind("Zobacz również"));
        assertEquals(Kind.RELATED, kind("Veja também"));
        assertEquals(Kind.RELATED, kind("Explore further"));
        assertEquals(Kind.NEWSLETTER, kind("Únete a nuestro canal de Telegram"));
    }

    @Test
    void proseIsLeftAlone() {
        for (String line : List.of("Il sindaco ha detto che leggerà anche il rapporto dei tecnici.",
                "Menu degustazione e prezzi sono cambiati dopo la pandemia, spiega il ristoratore.",
                "Published research shows a rise in temperatures.",
                "Leggi anchesse non è una parola",
                "Copyright law was at the centre of the dispute between the two companies.",
                "Die Brücke, so der Bürgermeister, sei das Wahrzeichen der Stadt.",
                "Weitere Informationen gibt es bei der Stadtverwaltung im Rathaus.")) {
            assertTrue(RULES.classify(line).isEmpty(), line);
        }
    }

    @Test
    void prefixRulesIgnoreLongLines() {
        String longLine = "See also " + "the long explanation of the committee ".repeat(10);
        assertTrue(RULES.classify(longLine).isEmpty());
    }

    @Test
    void dateLabels() {
        var label = RULES.dateLabel("Pubblicato: 19/06/2024 11:50").orElseThrow();
        assertEquals(Kind.DATELINE, label.kind());
        assertEquals("it", label.language());
        assertEquals(": 19/06/2024 11:50", label.rest());
        assertEquals(Kind.UPDATED, RULES.dateLabel("Last updated June 20, 2024").orElseThrow().kind());
        assertTrue(RULES.dateLabel("Pubblicità").isEmpty());
    }

    private static IllegalArgumentException bad(String tsv) {
        return assertThrows(IllegalArgumentException.class,
                () -> BoilerplateRules.of("custom.tsv", "xx", new StringReader(tsv)));
    }

    @Test
    void badLinesFailNamingFileAndLine() {
        assertTrue(bad("# comment\n\nskip\texact\tOk\nbogus\texact\tx\n").getMessage().startsWith("custom.tsv:4: unknown kind"));
        assertTrue(bad("skip\tfuzzy\tx\n").getMessage().startsWith("custom.tsv:1: unknown match"));
        assertTrue(bad("skip\tregex\t([a-z\n").getMessage().startsWith("custom.tsv:1: bad regex"));
        assertTrue(bad("skip exact x\n").getMessage().startsWith("custom.tsv:1: expected 3"));
        assertTrue(bad("syndication\tregex\t^via (.+)$\n").getMessage().contains("publisher"));
        assertTrue(bad("dateline\tregex\t^pubblicato\n").getMessage().contains("prefix"));
        assertTrue(bad("skip\texact\t \n").getMessage().startsWith("custom.tsv:1: empty pattern"));
    }

    @Test
    void customRulesLoad() {
        var rules = BoilerplateRules.of("custom.tsv", "xx", new StringReader("# mine\nshare\tprefix\tTeile\n"));
        assertEquals(1, rules.size());
        assertEquals(Kind.SHARE, rules.classify("Teile auf Facebook").orElseThrow().kind());
    }

    @Test
    void missingLanguageFileFails() {
        var e = assertThrows(IllegalArgumentException.class, () -> BoilerplateRules.load(List.of("zz")));
        assertTrue(e.getMessage().contains("boilerplate.zz.tsv"));
    }

    @Test
    void appealsToTheReaderAndLicenceNotesAfterTheArticleAreBoilerplate() {
        assertKind(Kind.FOOTER,
                "Gefällt dir unser Magazin? Wir verzichten auf eine Bezahlschranke, unterstütze uns.",
                "Bei Fragen und Anregungen zu diesem Artikel schreiben Sie uns.",
                "Dieser Text steht unter der Lizenz CC BY-SA 4.0.");
        assertKind(Kind.SKIP, "(Alle Angaben ohne Gewähr)");
        assertKind(Kind.NEWSLETTER, "Lesen Sie das Rad Magazin digital in unserer App oder im Abo.");
        assertKind(Kind.FOOTER, "If you enjoyed reading this article, please consider supporting us.");
        assertKind(Kind.NEWSLETTER, "Want to hear about our next events? Sign up here");
        assertKind(Kind.SKIP, "Suggested citation: Example, Jane: A Title, Some Blog, 2020/1/1.");
        assertKind(Kind.NEWSLETTER,
                "Puede escribirnos a redaccion@example.com o seguirnos en Twitter.",
                "Zapraszamy do subskrypcji naszego tygodnika.");
        assertKind(Kind.FOOTER, "Lubisz nasze teksty? Wesprzyj nas darowizną.");
        // prose that merely shares words with them stays
        assertKind(null,
                "Die Bilder stehen unter einer freien Lizenz, sagte die Sprecherin des Museums am Montag.",
                "If you enjoyed the first season, the second one will not disappoint you either.");
    }

    @Test
    void donationAppealsCreditsLabelsAndSignaturesAreBoilerplate() {
        assertKind(Kind.SKIP, "Jede kleine Spende hilft den Kindern im Dorf!");
        assertKind(Kind.FOOTER,
                "Unterstütze das Stadtmagazin schon mit 3 Euro im Monat!",
                "Werden Sie Mitglied und erhalten Sie exklusive Vorteile.",
                "Dieser Artikel stammt aus Ausgabe 3/2021 des Wandermagazins.",
                "Bei den Verlinkungen handelt es sich um Affiliate Links.");
        assertKind(Kind.SKIP,
                "(Quelle: Foto Erika Muster)",
                "(Credit: Jane Example / Example Wire)",
                "Veröffentlichung:",
                "Release Date:",
                "dpa/lno",
                "abc/PAP",
                "Źródło: Agencja Przykładowa",
                "Image d'illustration : un pont sur la rivière");
        assertKind(Kind.RELATED,
                "Weitere Wandertipps in Norwegen",
                "Thema Radfahren: 120 weitere Artikel",
                "Noch mehr Tipps für dich",
                "Dowiedz się więcej: inny tytuł artykułu");
        assertKind(Kind.COOKIE, "Was sind Cookies?");
        assertKind(Kind.FOOTER,
                "Example News is not responsible for the opinions presented by contributors.",
                "Apoya el periodismo independiente. Cancela cuando quieras.",
                "Hacemos periodismo desde hace 50 años. Y ahora te necesitamos.");
        // prose that merely starts so stays
        assertKind(null,
                "Weitere Themen der Sitzung waren der Haushalt und die Schulsanierung, die bis zum Sommer dauern soll.",
                "Von hier aus sind es nur noch wenige Kilometer bis zum Gipfel.");
    }

    @Test
    void sectionLabelsAdNoticesAndInternalLinkTeasersAreBoilerplate() {
        assertKind(Kind.SKIP,
                "Artikel",
                "Aktuell",
                "Produktempfehlung",
                "*Werbung. Dieser Beitrag enthält Werbung für eine Kaffeemarke.");
        assertKind(Kind.RELATED,
                "Empfehlungen aus unserem Gartenshop",
                "Wie man Tomaten richtig gießt, erklären wir in unserem Ratgeber Gießen im Sommer.");
        assertKind(Kind.FOOTER, "Help us keep this site free for everyone.");
        assertKind(null, "Der aktuelle Artikel des Grundgesetzes wurde im Jahr 1994 geändert.");
    }

    @Test
    void navigationLinesAndTaxonomyLabelsAreBoilerplate() {
        assertKind(Kind.RELATED,
                "Siehe auch",
                "Mehr Kolumnen auf Beispielportal:");
        assertKind(Kind.SKIP,
                "... weiter zu \"Kapitel zwei\"",
                "Category : Press Releases",
                "Alles über gute Wanderschuhe findest du hier.",
                "Jetzt auch digital! Einfach hier klicken und registrieren!");
        assertKind(Kind.NEWSLETTER, "Melden Sie sich an und erhalten Sie exklusive Angebote!");
        // a pointer to the article's own document stays
        assertKind(null, "Das vollständige Positionspapier finden Sie hier:");
    }

    /** Asserts the kind the shipped rules give each line (null: no rule). */
    private static void assertKind(Kind expected, String... lines) {
        for (String line : lines) {
            assertEquals(expected, kind(line), line);
        }
    }
}
