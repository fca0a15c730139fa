package org.annals.actors;

import org.annals.testing.SeedArticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The canonical seed article (shared data, skipped when absent): its actors resolve. */
class SeedActorsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 19);
    private static String seed;
    private static List<ActorMention> mentions;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = SeedArticle.raw();
        mentions = ActorMatcher.standard().find(seed, "it", PUBLISHED);
    }

    /** The mention found at the first occurrence of {@code phrase} in the seed. */
    private static ActorMention at(String phrase) {
        int at = seed.indexOf(phrase);
        assertTrue(at >= 0, "the seed says '" + phrase + "'");
        for (ActorMention m : mentions) {
            if (m.start() <= at && m.end() > at) {
                return m;
            }
        }
        throw new AssertionError("no mention at '" + phrase + "'; mentions: " + mentions);
    }

    private static void assertActor(String code, String country, Actor a) {
        assertNotNull(a);
        assertEquals(code, a.code(), a.toString());
        assertEquals(country, a.country(), a.toString());
    }

    @Test
    void peopleResolveByTheirOfficeOnThePublicationDate() {
        assertActor("RUSGOV", "RUS", at("Putin all’incontro").actor());
        assertEquals("Vladimir Putin", at("Putin all’incontro").actor().name());
        ActorMention misspelt = at("Kim Joung-un");
        assertEquals("Kim Joung-un", misspelt.text());
        assertActor("PRKGOV", "PRK", misspelt.actor());
        assertEquals("person~", misspelt.how());
        assertActor("PRKGOV", "PRK", at("Kim Jong Un in Russia").actor());
    }

    @Test
    void roleWordsComposeWithDemonymsAndNames() {
        ActorMention leader = at("leader nordcoreano Kim Jong-un durante");
        assertEquals("leader nordcoreano Kim Jong-un", leader.text());
        assertEquals("kim_jong_un", leader.personId());
        assertActor("PRKGOV", "PRK", leader.actor());
        ActorMention president = at("presidente russo Vladimir Putin ha iniziato");
        assertEquals("presidente russo Vladimir Putin", president.text());
        assertActor("RUSGOV", "RUS", president.actor());
        ActorMention intelligence = at("fonti di intelligence sudcoreane");
        assertEquals("fonti di intelligence sudcoreane", intelligence.text());
        assertActor("KORSPY", "KOR", intelligence.actor());
        assertActor("EDU", null, at("esperti ritengono").actor());
    }

    @Test
    void seatsCountriesAndOrganisations() {
        assertActor("RUSGOV", "RUS", at("Mosca sta combattendo").actor());
        assertActor("PRKGOV", "PRK", at("Pyongyang e Mosca").actor());
        ActorMention tass = at("Tass.");
        assertActor("RUSMED", "RUS", tass.actor());
        assertEquals("TASS", tass.actor().name());
        assertEquals("organisation", tass.how());
        assertActor("IGOUNO", null, at("Consiglio di Sicurezza dell’ONU").actor());
        assertEquals("Consiglio di Sicurezza dell’ONU", at("Consiglio di Sicurezza dell’ONU").text());
        assertActor("KOR", "KOR", at("Corea del Sud, principale").actor());
        assertActor("VNM", "VNM", at("Vietnam").actor());
        assertActor("UKR", "UKR", at("Ucraina da parte").actor());
        assertActor("USA", "USA", at("Stati Uniti e dei suoi").actor());
        assertActor("PRK", "PRK", at("Corea del Nord intende").actor());
    }

    @Test
    void theResolverAnswersForTheSeedsPhrases() {
        DictionaryActorResolver r = DictionaryActorResolver.standard();
        assertActor("USAGOV", "USA", r.resolve(
                "John Kirby, portavoce del Consiglio per la sicurezza nazionale statunitense", "it", PUBLISHED));
        assertActor("USAGOV", "USA", r.resolve(
                "portavoce del Consiglio per la sicurezza nazionale statunitense", "it", PUBLISHED));
        assertActor("RUSMED", "RUS", r.resolve("la Tass", "it", PUBLISHED));
        assertActor("RUSMED", "RUS", r.resolve("dalla Tass", "it", PUBLISHED));
        assertActor("KORSPY", "KOR", r.resolve("fonti di intelligence sudcoreane", "it", PUBLISHED));
        assertActor("IGOUNO", null, r.resolve("Consiglio di Sicurezza dell'ONU", "it", PUBLISHED));
        assertActor("PRKGOV", "PRK", r.resolve("Kim Joung-un", "it", PUBLISHED));
        assertActor("RUSGOV", "RUS", r.resolve("Mosca", "it", PUBLISHED));
        assertActor("RUS", "RUS", r.resolve("della Russia", "it", PUBLISHED));
    }

    @Test
    void matchingSpeedIsPrinted() {
        List<String> sentences = List.of(seed.split("(?<=[.!?])\\s+|\\n+"));
        ActorMatcherBenchmark.run(sentences, "it", PUBLISHED, 300).forEach(System.out::println);
    }

    @Test
    void theTwoLeadersAreKimAndPutin() {
        List<ArticleReferences.Resolved> resolved = ArticleReferences.resolve(mentions);
        ArticleReferences.Resolved two = resolved.stream()
                .filter(r -> r.mention().text().equals("due leader")).findFirst().orElseThrow();
        assertEquals(List.of("Vladimir Putin", "Kim Jong-un"), two.actors().stream().map(Actor::name).toList());
        ArticleReferences.Resolved both = resolved.stream()
                .filter(r -> r.mention().text().equals("entrambi i paesi")).findFirst().orElseThrow();
        assertEquals(List.of("PRK", "RUS"), both.actors().stream().map(Actor::country).sorted().toList());
    }
}
