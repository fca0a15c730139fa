package org.annals.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;
import org.annals.model.Event;
import org.annals.output.ResultJson;
import org.annals.store.StoredEvent;

/**
 * Writes events as JSON Lines: one UTF-8 JSON object per line. Every field is present in every object
 * (null when unknown), so that a reader sees one shape:
 * <pre>
 * { "id", "date" (the stored event date, YYYY-MM-DD), "codedDate" (as coded: "2024-06-19", "2023-09",
 *   "2022"), "dateSource", "source" {name, code, country}, "target", "cameo", "plover", "goldstein",
 *   "quadClass", "status", "mentions", "rootEvent", "location" {name, country}, "attribution",
 *   "sentence", "evidence", "pattern", "articleId", "url", "site", "language", "published", "added" }
 * </pre>
 * Actors and locations have the shape of the output contract (README), and event fields keep their
 * contract names.
 */
public final class JsonlEventWriter implements EventWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final OutputStream out;

    /** Writes to {@code out}, which {@link #close} closes. */
    public JsonlEventWriter(OutputStream out) {
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"));
    }

    @Override
    public void write(StoredEvent stored) throws IOException {
        out.write(ResultJson.MAPPER.writeValueAsBytes(toJson(stored)));
        out.write('\n');
    }

    /** The event's JSON object. */
    static ObjectNode toJson(StoredEvent stored) {
        Event e = stored.event();
        ObjectNode n = F.objectNode();
        n.put("id", stored.id());
        n.put("date", iso(stored.date()));
        n.put("codedDate", e.date());
        n.put("dateSource", e.dateSource());
        n.set("source", ResultJson.actor(e.source()));
        n.set("target", ResultJson.actor(e.target()));
        n.put("cameo", e.cameo());
        n.put("plover", e.plover());
        n.put("goldstein", e.goldstein());
        n.put("quadClass", e.quadClass());
        n.put("status", e.status().label());
        n.put("mentions", e.mentions());
        n.put("rootEvent", stored.rootEvent());
        n.set("location", ResultJson.location(e.location()));
        n.set("attribution", ResultJson.actor(e.attribution()));
        n.put("sentence", e.sentence());
        n.put("evidence", e.evidence());
        n.put("pattern", e.pattern());
        n.put("articleId", stored.articleId());
        n.put("url", stored.url());
        n.put("site", stored.site());
        n.put("language", stored.language());
        n.put("published", iso(stored.published()));
        n.put("added", iso(stored.added()));
        return n;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
