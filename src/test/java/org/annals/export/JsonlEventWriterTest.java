package org.annals.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Lines: one object a line, every field present, names as documented. */
class JsonlEventWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void oneObjectPerLineWithTheEventAndItsArticle() throws IOException {
        String text = ExportFixtures.write(ExportFormat.JSONL, ExportFixtures.both());
        assertTrue(text.endsWith("}\n"), text);
        List<JsonNode> events = lines(text);
        assertEquals(2, events.size());
        JsonNode t = events.get(0);
        assertEquals(42, t.get("id").asLong());
        assertEquals("2024-06-19", t.get("date").asText());
        assertEquals("2024-06-19", t.get("codedDate").asText());
        assertEquals("clause", t.get("dateSource").asText());
        assertEquals(JSON.readTree("{\"name\":\"Vladimir Putin\",\"code\":\"RUSGOV\",\"country\":\"RUS\"}"), t.get("source"));
        assertEquals("PRKGOV", t.get("target").get("code").asText());
        assertEquals("057", t.get("cameo").asText());
        assertEquals("AGREE", t.get("plover").asText());
        assertEquals(8.0, t.get("goldstein").asDouble());
        assertEquals(1, t.get("quadClass").asInt());
        assertEquals("asserted", t.get("status").asText());
        assertEquals(2, t.get("mentions").asInt());
        assertTrue(t.get("rootEvent").asBoolean());
        assertEquals(JSON.readTree("{\"name\":\"Pyongyang\",\"country\":\"PRK\"}"), t.get("location"));
        assertTrue(t.get("attribution").isNull());
        assertEquals("patterns.it.tsv:139 firmare+trattato", t.get("pattern").asText());
        assertEquals("696dc67a14f88ebb", t.get("articleId").asText());
        assertEquals("https://www.example.it/esteri/putin-kim?ref=home", t.get("url").asText());
        assertEquals("example.it", t.get("site").asText());
        assertEquals("it", t.get("language").asText());
        assertEquals("2024-06-19", t.get("published").asText());
        assertEquals("2024-06-20", t.get("added").asText());
    }

    @Test
    void unknownValuesAreNullsAndTextKeepsItsBreaks() throws IOException {
        JsonNode r = lines(ExportFixtures.write(ExportFormat.JSONL, List.of(ExportFixtures.rejection()))).get(0);
        assertEquals("2024-05-01", r.get("date").asText());
        assertEquals("2024-05", r.get("codedDate").asText());
        for (String field : List.of("plover", "location", "url", "site", "language", "published", "pattern")) {
            assertTrue(r.has(field) && r.get(field).isNull(), field + " is present and null: " + r);
        }
        assertEquals("KORSPY", r.get("attribution").get("code").asText());
        assertEquals(ExportFixtures.rejection().event().sentence(), r.get("sentence").asText());
        assertEquals(24, r.size(), "every object has the same fields: " + r);
    }
}
