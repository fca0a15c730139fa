package org.annals.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.annals.search.SearchHit;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;
import org.annals.store.ArchiveStats;
import org.annals.store.ArchiveStore;
import org.annals.store.StoredArticle;

/** Articles: ranked search with highlighted snippets, one article with its analysis, and archive counts. */
final class ArticleRoutes {
    /** At most this many other copies of a story are described in an article's answer. */
    static final int MAX_COPIES = 50;

    private final ArchiveStore store;

    ArticleRoutes(ArchiveStore store) {
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/articles", this::search);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/stats", this::stats);
    }

    /** {@code GET /api/articles?q=&lang=&site=&from=&to=&page=&size=}. */
    void search(Context ctx) {
        Params p = new Params(ctx, "q", "lang", "site", "from", "to", "page", "size");
        SearchQuery query = new SearchQuery(p.required("q"), p.string("lang"), p.string("site"), p.date("from"),
                p.date("to"), p.integer("page", 1, 1, Integer.MAX_VALUE), p.integer("size", 10, 1, 100));
        SearchPage found = store.search(query);
        ObjectNode n = Pages.header(found.total(), query.page(), query.size());
        n.put("q", query.text());
        ArrayNode hits = n.putArray("hits");
        for (SearchHit h : found.hits()) {
            hits.add(Json.hit(h));
        }
        ctx.json(n);
    }

    /** {@code GET /api/articles/{id}}: the stored analysis, untouched, with the article's archive fields. */
    void article(Context ctx) {
        new Params(ctx);
        String id = ctx.pathParam("id");
        StoredArticle a = store.article(id)
                .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
        ObjectNode n = summary(a);
        n.put("storyId", a.storyId());
        ArrayNode copies = n.putArray("copies");
        for (String copyId : a.copies().subList(0, Math.min(MAX_COPIES, a.copies().size()))) {
            Optional<StoredArticle> copy = store.article(copyId);
            copies.add(copy.map(ArticleRoutes::summary).orElseGet(() -> Json.object().put("id", copyId)));
        }
        n.put("moreCopies", Math.max(0, a.copies().size() - MAX_COPIES));
        // the analysis JSON is passed through as stored: it is the output contract already
        n.putRawValue("analysis", new RawValue(a.resultJson()));
        ctx.json(n);
    }

    private static ObjectNode summary(StoredArticle a) {
        ObjectNode n = Json.origin("id", a.id(), a.url(), a.site(), a.language(), a.published());
        n.put("title", a.title());
        return n;
    }

    /** {@code GET /api/stats}. */
    void stats(Context ctx) {
        new Params(ctx);
        ArchiveStats s = store.stats();
        ctx.json(s);
    }
}
