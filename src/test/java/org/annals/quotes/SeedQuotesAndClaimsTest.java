package org.annals.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.actors.NameActorResolver;
import org.annals.claims.FrameClaimExtractor;
import org.annals.model.Actor;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Claim;
import org.annals.model.Quantity;
import org.annals.model.Quote;
import org.annals.model.Status;
import org.annals.testing.SeedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The canonical seed article: who said what through whom, and the intelligence claim. */
class SeedQuotesAndClaimsTest {
    private static AnalyzedArticle seed;
    private static List<Quote> quotes;
    private static List<Claim> claims;

    @BeforeAll
    static void extract() throws Exception {
        seed = SeedArticle.load();
        quotes = new FrameQuoteExtractor(new NameActorResolver()).extract(seed);
        claims = new FrameClaimExtractor(new NameActorResolver()).extract(seed);
    }

    private static Quote quote(String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + start + "' in " + quotes));
    }

    private static List<String> via(Quote q) {
        return q.via().stream().map(Actor::name).toList();
    }

    @Test
    void kimsWordsReachUsThroughTassAndThePublisher() {
        for (String start : List.of("nuova era di prosperità", "cooperazione strategica",
                "Nuova era di prosperità nelle relazioni con Mosca")) {
            Quote q = quote(start);
            assertEquals("Kim Jong-un", q.speaker().name(), start);
            assertEquals(List.of("Tass", "TheSocialPost.it"), via(q), start);
        }
        assertEquals(Quote.Kind.HEADLINE, quote("Nuova era di prosperità nelle").kind());
        assertEquals(Quote.Kind.PARTIAL, quote("cooperazione strategica").kind());
    }

    @Test
    void putinsWordsReachUsThroughTass() {
        for (String start : List.of("servirà da base delle relazioni bilaterali a lungo termine",
                "contro decenni di politiche egemoniche", "Documento per relazioni a lungo termine")) {
            Quote q = quote(start);
            assertEquals("Vladimir Putin", q.speaker().name(), start);
            assertEquals("Tass", q.via().get(0).name(), start);
            assertEquals("TheSocialPost.it", q.via().get(q.via().size() - 1).name(), start);
        }
    }

    @Test
    void comradesInArmsIsKims() {
        Quote q = quote("un rapporto indissolubile di compagni");
        assertTrue(List.of("Kim Jong Un", "Kim Jong-un").contains(q.speaker().name()), q.speaker().name());
    }

    @Test
    void offsetsPointAtTheQuotedWords() {
        String text = seed.article().text();
        for (Quote q : quotes) {
            if (q.located()) {
                assertEquals(q.text(), text.substring(q.start(), q.end()));
            }
        }
    }

    @Test
    void indirectStatementsOfKirbyAndTheExperts() {
        Quote kirby = quotes.stream().filter(q -> q.kind() == Quote.Kind.INDIRECT && q.speaker() != null
                && q.speaker().name().equals("John Kirby")).findFirst().orElseThrow();
        assertTrue(kirby.text().startsWith("preoccupazione"), kirby.text());
        Quote experts = quotes.stream().filter(q -> q.kind() == Quote.Kind.INDIRECT && q.speaker() != null
                && q.speaker().name().equals("esperti")).findFirst().orElseThrow();
        assertTrue(experts.text().contains("potrebbe non avere basi solide"), experts.text());
        assertEquals("esperti", quote("Alleanza temporanea").speaker().name());
    }

    @Test
    void theContainerFigureIsAnAllegedIntelligenceClaim() {
        Claim c = claims.stream().filter(x -> x.quantities().contains(new Quantity(11000, "container")))
                .findFirst().orElseThrow(() -> new AssertionError("no 11000 container claim in " + claims));
        assertNotNull(c.source());
        assertEquals("fonti di intelligence sudcoreane", c.source().name());
        assertEquals(Status.ALLEGED, c.status());
    }

    @Test
    void yearsAreNotQuantities() {
        for (Claim c : claims) {
            for (Quantity q : c.quantities()) {
                assertFalse(q.value() >= 1900 && q.value() <= 2100 && q.unit() == null, c.text());
            }
        }
    }
}
