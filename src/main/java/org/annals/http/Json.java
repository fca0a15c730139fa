package org.annals.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.annals.output.ResultJson;
import org.annals.search.SearchHit;
import org.annals.store.StoredEvent;
import org.annals.store.StoredQuote;

/**
 * The API's JSON: events and quotes as the output contract writes them (README, "Output contract"), with
 * the archive's fields (id, article, site, dates) added in front.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {}

    static ObjectNode object() {
        return F.objectNode();
    }

    static ArrayNode array() {
        return F.arrayNode();
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The fields that say where something was read: its article's id, address, site, language and date. */
    static ObjectNode origin(String idField, String id, String url, String site, String language, LocalDate published) {
        ObjectNode n = object();
        n.put(idField, id);
        n.put("url", url);
        n.put("site", site);
        n.put("language", language);
        n.put("published", date(published));
        return n;
    }

    static ObjectNode event(StoredEvent e) {
        ObjectNode n = object().put("id", e.id());
        n.setAll(origin("articleId", e.articleId(), e.url(), e.site(), e.language(), e.published()));
        n.put("added", date(e.added()));
        n.put("eventDate", date(e.date()));
        n.put("rootEvent", e.rootEvent());
        n.setAll(ResultJson.event(e.event()));
        return n;
    }

    static ObjectNode quote(StoredQuote q) {
        ObjectNode n = object().put("id", q.id());
        n.setAll(origin("articleId", q.articleId(), q.url(), q.site(), null, q.published()));
        n.setAll(ResultJson.quote(q.quote()));
        return n;
    }

    static ObjectNode hit(SearchHit h) {
        ObjectNode n = origin("articleId", h.articleId(), h.url(), h.site(), h.language(), h.published());
        n.put("title", h.title());
        n.put("score", h.score());
        n.put("snippet", h.snippet());
        return n;
    }
}
