package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.AnalysisResult;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Event;
import org.annals.model.TimeExpression;
import org.annals.model.Timestamp;
import org.annals.output.ResultJson;
import org.annals.output.ResultText;
import org.annals.time.GrammarTimeExtractor;
import org.junit.jupiter.api.Test;

/** Coded events in the JSON and text outputs: the new fields are printed, the old ones unchanged. */
class EventOutputTest {
    private static AnalysisResult result() {
        String text = "Secondo la Tass, la Russia ha firmato ieri un accordo con la Cina a Pechino. "
                + "La Russia ha firmato ieri un accordo con la Cina.";
        Timestamp published = Timestamp.of(LocalDate.of(2024, 3, 15));
        AnalyzedArticle a = new AnalyzedArticle(TestArticles.article(text, "it", published, List.of()),
                TestArticles.sentences(text));
        List<TimeExpression> times = new GrammarTimeExtractor().extract(text, a.sentences(), "it", published);
        List<Event> events = CameoEventCoder.standard().code(a, times);
        return new AnalysisResult("test.txt", a, events, List.of(), List.of(), times, List.of());
    }

    @Test
    void jsonCarriesPatternQuadClassMentionsDateSourceAndAttribution() {
        JsonNode e = new ResultJson(false).toJson(result()).get("events").get(0);
        assertEquals("RUS", e.get("source").get("country").asText());
        assertEquals("057", e.get("cameo").asText());
        assertEquals("SUPPORT", e.get("plover").asText());
        assertEquals(8.0, e.get("goldstein").asDouble());
        assertEquals("2024-03-14", e.get("date").asText());
        assertEquals("asserted", e.get("status").asText(), "the asserted mention wins the merge");
        assertEquals(1, e.get("quadClass").asInt());
        assertEquals(2, e.get("mentions").asInt());
        assertEquals("clause", e.get("dateSource").asText());
        assertTrue(e.get("pattern").asText().startsWith("patterns.it.tsv:"), e.get("pattern").asText());
        assertTrue(e.has("attribution"));
        assertTrue(e.has("evidence") && e.has("sentence") && e.has("location"));
    }

    @Test
    void textShowsArrowStatusPatternAndSentence() {
        String out = new ResultText().format(result());
        assertTrue(out.contains("-[057 SUPPORT asserted]->"), out);
        assertTrue(out.contains("pattern: patterns.it.tsv:"), out);
        assertTrue(out.contains("Secondo la Tass, la Russia ha firmato"), out);
    }
}
