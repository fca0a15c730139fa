package org.annals.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.annals.actors.NameActorResolver;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Claim;
import org.annals.model.Quantity;
import org.annals.model.Status;
import org.annals.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameClaimExtractorTest {
    private static final ClaimExtractor EXTRACTOR = new FrameClaimExtractor(new NameActorResolver());

    private static Claim only(String language, String... paragraphs) {
        List<Claim> claims = EXTRACTOR.extract(TestArticles.article(language, null, paragraphs));
        assertEquals(1, claims.size(), claims.toString());
        return claims.get(0);
    }

    private static String source(Claim c) {
        return c.source() == null ? null : c.source().name();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Secondo fonti diplomatiche, l'esercito avrebbe schierato 500 carri armati al confine.|ALLEGED|fonti diplomatiche",
        "Il governo ha smentito che siano partiti 300 soldati.|NEGATED|-",
        "Secondo il ministero, l'azienda prevede di assumere 200 tecnici entro l'estate.|PLANNED|ministero",
        "Il fondo potrebbe raggiungere 3 miliardi di euro.|HYPOTHETICAL|-",
        "Secondo l'Istat, la disoccupazione è scesa al 7 per cento nel trimestre.|REPORTED|Istat",
        "La fabbrica impiega 400 operai.|ASSERTED|-",
        "Il presunto traffico riguardava 40 tonnellate di rame.|ALLEGED|-",
        "La produzione aumenterebbe del 5% con i nuovi impianti.|HYPOTHETICAL|-",
        "Il comune costruirà 120 alloggi popolari.|PLANNED|-",
        "La società non ha pagato 20 milioni di tasse.|NEGATED|-",
    })
    void italianStatus(String sentence, Status status, String source) {
        Claim c = only("it", sentence);
        assertEquals(status, c.status(), c.toString());
        assertEquals(source, source(c));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "According to officials, the militia reportedly seized 12 villages.|ALLEGED|officials",
        "The company denied that 50 workers were fired.|NEGATED|-",
        "The city plans to build 3,000 homes.|PLANNED|-",
        "Prices could rise by 10 percent next year.|HYPOTHETICAL|-",
        "Police officials said that 20 people were injured in the blast.|REPORTED|Police officials",
        "The port handled two million containers last year.|ASSERTED|-",
        "The agency did not release 40 million dollars in aid.|NEGATED|-",
        "The army is said to have lost 300 tanks.|ALLEGED|-",
    })
    void englishStatus(String sentence, Status status, String source) {
        Claim c = only("en", sentence);
        assertEquals(status, c.status(), c.toString());
        assertEquals(source, source(c));
    }

    @Test
    void theClaimTextIsTheReportedClause() {
        Claim c = only("it", "Secondo fonti diplomatiche, l'esercito avrebbe schierato 500 carri armati al confine.");
        assertEquals("l'esercito avrebbe schierato 500 carri armati al confine", c.text());
        assertEquals(List.of(new Quantity(500, "carri")), c.quantities());
        assertEquals("Secondo fonti diplomatiche, l'esercito avrebbe schierato 500 carri armati al confine.", c.sentence());
    }

    @Test
    void attributedStatementsWithoutFiguresAreClaims() {
        Claim c = only("en", "Jane Holloway said that the bridge had been closed for safety reasons.");
        assertEquals("Jane Holloway", source(c));
        assertEquals(Status.REPORTED, c.status());
        assertEquals("the bridge had been closed for safety reasons", c.text());
        assertTrue(c.quantities().isEmpty());
    }

    @Test
    void aPronounSourceIsTheLastNamedOne() {
        List<Claim> claims = EXTRACTOR.extract(TestArticles.article("en", null,
                "Tom Baker said that the plant in Leeds would close. He said that 40 jobs would go by spring."));
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("Tom Baker", source(claims.get(1)));
        assertEquals(List.of(new Quantity(40, "jobs")), claims.get(1).quantities());
    }

    @Test
    void theNextSentenceAttributesAndIsNotAClaimItself() {
        List<Claim> claims = EXTRACTOR.extract(TestArticles.article("it", null,
                "Il porto ha movimentato 3 milioni di container. Lo ha detto il presidente Paolo Verdi."));
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Paolo Verdi", source(claims.get(0)));
        assertEquals(Status.REPORTED, claims.get(0).status());
        assertEquals(List.of(new Quantity(3e6, "container")), claims.get(0).quantities());
    }

    @Test
    void notEverySentenceIsAClaim() {
        assertTrue(EXTRACTOR.extract(TestArticles.article("it", null,
                "Nel 1961 fu firmato il primo trattato. I due leader si sono stretti la mano. "
                        + "Il cosiddetto “campo largo” si è riunito ieri.",
                "# 300 giorni di guerra",
                "Quanti saranno i 300 soldati promessi?")).isEmpty());
    }

    @Test
    void aQuotationObjectOrAFeelingIsNoClaim() {
        assertTrue(EXTRACTOR.extract(TestArticles.article("it", null,
                "Il progetto, che Giulia Rossi ha definito «una scommessa vinta», partirà presto.",
                "Luca Neri ha espresso preoccupazione per le nuove tensioni al confine.")).isEmpty());
    }

    @Test
    void tokenFeaturesDecideTheMoodWhenPresent() {
        String sentence = "Secondo la polizia, il gruppo controlla 30 depositi in città.";
        Claim plain = EXTRACTOR.extract(TestArticles.article("it", null, sentence)).get(0);
        assertEquals(Status.REPORTED, plain.status());
        AnalyzedArticle tagged = TestArticles.tokenized("it",
                w -> w.equals("controlla") ? Map.of("Mood", "Cnd", "VerbForm", "Fin") : Map.of(), sentence);
        assertEquals(Status.ALLEGED, EXTRACTOR.extract(tagged).get(0).status());
        AnalyzedArticle future = TestArticles.tokenized("it",
                w -> w.equals("controlla") ? Map.of("Tense", "Fut") : Map.of(), sentence);
        assertEquals(Status.PLANNED, EXTRACTOR.extract(future).get(0).status());
    }

    @Test
    void anUnattributedConditionalIsHypotheticalAndWithoutTokensTheEndingDecides() {
        Claim c = only("it", "Il nuovo ponte costerebbe 80 milioni di euro.");
        assertEquals(Status.HYPOTHETICAL, c.status());
        assertNull(c.source());
    }

    @Test
    void aSourceNamedInTheNextSentenceDoesNotAttributeThisOne() {
        List<Claim> claims = EXTRACTOR.extract(TestArticles.article("it", null,
                "Il sindaco ha inaugurato ieri il nuovo ospedale della città. Secondo fonti della Regione, "
                        + "la struttura sarebbe costata 90 milioni di euro."));
        Claim opening = claims.stream().filter(c -> c.text().startsWith("Il sindaco")).findFirst().orElse(null);
        if (opening != null) {
            assertNull(opening.source(), opening.toString());
        }
        Claim cost = claims.stream().filter(c -> c.text().contains("costata")).findFirst().orElseThrow();
        assertEquals("fonti della Regione", source(cost));
        assertEquals(Status.ALLEGED, cost.status());
    }

    @Test
    void aNegationInsideTheQuotedWordsDoesNotDenyTheClaim() {
        Claim c = only("en", "\"This is a first step, not the last one,\" the minister told reporters.");
        assertEquals(Status.REPORTED, c.status(), c.toString());
    }
}
