package org.annals.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.annals.store.ArchiveStore;
import org.annals.store.QuoteQuery;
import org.annals.store.StoredQuote;

/** Quotes by speaker or relay, with their provenance. */
final class QuoteRoutes {
    private final ArchiveStore store;

    QuoteRoutes(ArchiveStore store) {
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/quotes", this::quotes);
    }

    /** {@code GET /api/quotes?speaker=&via=&from=&to=&page=&size=}; newest article first. */
    void quotes(Context ctx) {
        Params p = new Params(ctx, "speaker", "via", "from", "to", "page", "size");
        QuoteQuery query = new QuoteQuery(p.string("speaker"), p.string("via"), p.date("from"), p.date("to"),
                p.integer("page", 1, 1, Integer.MAX_VALUE), p.integer("size", 50, 1, 1000));
        List<StoredQuote> found = store.quotes(query);
        if (found.isEmpty() && query.page() > 1) {
            // the store does not count quotes; an empty later page is past the end
            throw new IllegalArgumentException("page " + query.page() + " is out of range: no quotes on it");
        }
        ObjectNode n = Json.object();
        n.put("page", query.page());
        n.put("size", query.size());
        ArrayNode quotes = n.putArray("quotes");
        for (StoredQuote q : found) {
            quotes.add(Json.quote(q));
        }
        ctx.json(n);
    }
}
