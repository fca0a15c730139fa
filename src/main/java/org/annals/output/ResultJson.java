package org.annals.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.annals.model.Actor;
import org.annals.model.AnalysisResult;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.model.Quantity;
import org.annals.model.Quote;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;

/**
 * The JSON output contract (README, "Output contract"). Field names written here are a public
 * interface: fields may be added, never renamed or removed.
 *
 * <p>Built as an explicit tree rather than by reflection over the records, so that a refactoring of
 * the records can never change the contract by accident. Stateless and thread-safe.
 */
public final class ResultJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private final boolean tokens;

    /** @param tokens whether each sentence lists its tokens with part of speech, lemma and features */
    public ResultJson(boolean tokens) {
        this.tokens = tokens;
    }

    public ObjectNode toJson(AnalysisResult result) {
        ObjectNode root = F.objectNode();
        root.put("source", result.source());
        root.set("article", article(result.article()));
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : result.analyzed().sentences()) {
            sentences.add(sentence(s));
        }
        root.set("events", array(result.events(), ResultJson::event));
        root.set("quotes", array(result.quotes(), ResultJson::quote));
        root.set("claims", array(result.claims(), ResultJson::claim));
        root.set("times", array(result.times(), ResultJson::time));
        ArrayNode problems = root.putArray("problems");
        result.problems().forEach(problems::add);
        return root;
    }

    private static ObjectNode article(Article a) {
        ObjectNode n = F.objectNode();
        n.put("id", a.id());
        n.put("url", a.url());
        n.put("title", a.title());
        n.put("published", a.published() == null ? null : a.published().toIso());
        n.put("publisher", a.publisher());
        n.put("language", a.language());
        n.put("text", a.text());
        ArrayNode headings = n.putArray("headings");
        a.headings().forEach(headings::add);
        return n;
    }

    private ObjectNode sentence(Sentence s) {
        ObjectNode n = F.objectNode();
        n.put("text", s.text());
        n.put("start", s.start());
        n.put("end", s.end());
        if (tokens) {
            ArrayNode list = n.putArray("tokens");
            for (Token t : s.tokens()) {
                ObjectNode tn = list.addObject();
                tn.put("text", t.text());
                tn.put("start", t.start());
                tn.put("end", t.end());
                tn.put("upos", t.upos());
                tn.put("lemma", t.lemma());
                ObjectNode features = tn.putObject("features");
                for (Map.Entry<String, String> f : t.features().entrySet()) {
                    features.put(f.getKey(), f.getValue());
                }
            }
        }
        return n;
    }

    /** An actor as the contract writes it ({name, code, country}), or a JSON null. */
    public static JsonNode actor(Actor a) {
        if (a == null) {
            return F.nullNode();
        }
        ObjectNode n = F.objectNode();
        n.put("name", a.name());
        n.put("code", a.code());
        n.put("country", a.country());
        return n;
    }

    /** A location as the contract writes it ({name, country}), or a JSON null. */
    public static JsonNode location(Location l) {
        if (l == null) {
            return F.nullNode();
        }
        ObjectNode n = F.objectNode();
        n.put("name", l.name());
        n.put("country", l.country());
        return n;
    }

    /** An event as the output contract writes it (for the archive's API and exports). */
    public static ObjectNode event(Event e) {
        ObjectNode n = F.objectNode();
        n.set("source", actor(e.source()));
        n.set("target", actor(e.target()));
        n.put("cameo", e.cameo());
        n.put("plover", e.plover());
        n.put("goldstein", e.goldstein());
        n.put("date", e.date());
        n.put("status", e.status().label());
        n.set("location", location(e.location()));
        n.put("sentence", e.sentence());
        n.put("evidence", e.evidence());
        n.put("quadClass", e.quadClass());
        n.put("pattern", e.pattern());
        n.put("mentions", e.mentions());
        n.put("dateSource", e.dateSource());
        n.set("attribution", actor(e.attribution()));
        return n;
    }

    /** A quote as the output contract writes it (for the archive's API and exports). */
    public static ObjectNode quote(Quote q) {
        ObjectNode n = F.objectNode();
        n.put("text", q.text());
        n.set("speaker", actor(q.speaker()));
        n.set("via", array(q.via(), ResultJson::actor));
        n.put("sentence", q.sentence());
        n.put("kind", q.kind().label());
        if (q.located()) {
            n.put("start", q.start());
            n.put("end", q.end());
        } else {
            n.putNull("start");
            n.putNull("end");
        }
        return n;
    }

    private static ObjectNode claim(Claim c) {
        ObjectNode n = F.objectNode();
        n.put("text", c.text());
        n.set("source", actor(c.source()));
        n.put("status", c.status().label());
        n.set("quantities", array(c.quantities(), ResultJson::quantity));
        n.put("sentence", c.sentence());
        if (c.start() >= 0) {
            n.put("start", c.start());
            n.put("end", c.end());
        } else {
            n.putNull("start");
            n.putNull("end");
        }
        return n;
    }

    private static ObjectNode quantity(Quantity q) {
        ObjectNode n = F.objectNode();
        n.put("value", q.value());
        n.put("unit", q.unit());
        return n;
    }

    private static ObjectNode time(TimeExpression t) {
        ObjectNode n = F.objectNode();
        n.put("text", t.text());
        n.put("value", t.value());
        n.put("start", t.start());
        n.put("end", t.end());
        return n;
    }

    private static <T> ArrayNode array(List<T> items, java.util.function.Function<T, JsonNode> each) {
        ArrayNode a = F.arrayNode();
        for (T item : items) {
            a.add(each.apply(item));
        }
        return a;
    }
}
