package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Actor;
import org.junit.jupiter.api.Test;

class ArticleReferencesTest {
    private static List<ArticleReferences.Resolved> resolve(String text, String lang) {
        return ArticleReferences.resolve(ActorMatcher.standard().find(text, lang, LocalDate.of(2024, 6, 19)));
    }

    private static ArticleReferences.Resolved find(List<ArticleReferences.Resolved> rs, String text) {
        return rs.stream().filter(r -> r.mention().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void rolePhrasesPointToTheLastFittingPerson() {
        List<ArticleReferences.Resolved> rs = resolve(
                "Vladimir Putin ha incontrato Kim Jong-un. Poi il presidente russo è ripartito, "
                        + "mentre il leader nordcoreano è rimasto.", "it");
        assertEquals("Vladimir Putin", find(rs, "presidente russo").actors().get(0).name());
        assertEquals("Kim Jong-un", find(rs, "leader nordcoreano").actors().get(0).name());
    }

    @Test
    void rolePhrasesWithNoMatchKeepTheirOwnActor() {
        List<ArticleReferences.Resolved> rs = resolve("Il presidente francese ha parlato.", "it");
        assertEquals(List.of(new Actor("France government", "FRAGOV", "FRA")), rs.get(0).actors());
        assertEquals("self", rs.get(0).via());
    }

    @Test
    void theTwoLeadersAndTheTwoSides() {
        List<ArticleReferences.Resolved> rs = resolve(
                "Joe Biden met Xi Jinping in California. The two leaders agreed to talk; "
                        + "the United States and China said both sides would gain.", "en");
        assertEquals(List.of("Joe Biden", "Xi Jinping"),
                find(rs, "two leaders").actors().stream().map(Actor::name).toList());
        assertEquals(List.of("CHN", "USA"),
                find(rs, "both sides").actors().stream().map(Actor::country).sorted().toList());
    }

    @Test
    void theKremlinIsRussiasGovernment() {
        assertEquals("RUSGOV", resolve("The Kremlin denied it.", "en").get(0).actors().get(0).code());
    }
}
