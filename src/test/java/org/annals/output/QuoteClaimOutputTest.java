package org.annals.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.annals.model.Actor;
import org.annals.model.AnalysisResult;
import org.annals.model.Claim;
import org.annals.model.Quantity;
import org.annals.model.Quote;
import org.annals.model.Status;
import org.annals.testing.TestArticles;
import org.junit.jupiter.api.Test;

class QuoteClaimOutputTest {
    private static AnalysisResult result() {
        var analyzed = TestArticles.article("it", "Gazzetta Esempio", "Il piano «darà lavoro», ha detto Paolo Verdi.");
        Actor verdi = new Actor("Paolo Verdi", null, null);
        Quote q = new Quote("darà lavoro", verdi, List.of(new Actor("Ansa", null, null),
                new Actor("Gazzetta Esempio", null, null)), "Il piano «darà lavoro», ha detto Paolo Verdi.",
                Quote.Kind.PARTIAL, 10, 21);
        Quote title = new Quote("Avanti", verdi, List.of(), "Verdi: «Avanti»", Quote.Kind.HEADLINE, -1, -1);
        Claim c = new Claim("il porto impiega 400 operai", null, Status.ASSERTED, List.of(new Quantity(400, "operai")),
                "Il porto impiega 400 operai.", 0, 28);
        return new AnalysisResult("test.txt", analyzed, List.of(), List.of(title, q), List.of(c), List.of(), List.of());
    }

    @Test
    void jsonKeepsTheContractAndAddsKindOffsetsAndSentence() {
        JsonNode root = new ResultJson(false).toJson(result());
        JsonNode q = root.get("quotes").get(1);
        assertEquals("darà lavoro", q.get("text").asText());
        assertEquals("Paolo Verdi", q.get("speaker").get("name").asText());
        assertEquals("Ansa", q.get("via").get(0).get("name").asText());
        assertTrue(q.has("sentence"));
        assertEquals("partial", q.get("kind").asText());
        assertEquals(10, q.get("start").asInt());
        assertEquals(21, q.get("end").asInt());
        assertTrue(root.get("quotes").get(0).get("start").isNull());
        JsonNode c = root.get("claims").get(0);
        assertEquals("asserted", c.get("status").asText());
        assertTrue(c.get("source").isNull());
        assertEquals(400.0, c.get("quantities").get(0).get("value").asDouble());
        assertEquals("Il porto impiega 400 operai.", c.get("sentence").asText());
        assertEquals(0, c.get("start").asInt());
    }

    @Test
    void textShowsTheChainAndTheStatus() {
        String text = new ResultText().format(result());
        assertTrue(text.contains("\u201Cdarà lavoro\u201D  Paolo Verdi \u2190 Ansa \u2190 Gazzetta Esempio  (partial)"), text);
        assertTrue(text.contains("[asserted] il porto impiega 400 operai  (-)  400 operai"), text);
    }
}
