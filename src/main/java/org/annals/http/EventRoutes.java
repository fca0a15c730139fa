package org.annals.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.model.Status;
import org.annals.store.ActorCount;
import org.annals.store.ActorQuery;
import org.annals.store.ArchiveStore;
import org.annals.store.DyadCount;
import org.annals.store.DyadPeriod;
import org.annals.store.DyadQuery;
import org.annals.store.EventPage;
import org.annals.store.EventQuery;
import org.annals.store.StoredEvent;

/** Events: filtered pages of events, a pair of actors over time, the most active actors and pairs. */
final class EventRoutes {
    /** The largest page the API serves (the store allows more, for exports). */
    static final int MAX_PAGE_SIZE = 1000;

    private final ArchiveStore store;

    EventRoutes(ArchiveStore store) {
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/events", this::events);
        routes.get("/api/dyads", this::topDyads);
        routes.get("/api/dyads/{a}/{b}", this::dyad);
        routes.get("/api/actors", this::topActors);
    }

    /** {@code GET /api/events?source=&target=&cameo=&plover=&status=&from=&to=&lang=&site=&page=&size=}. */
    void events(Context ctx) {
        Params p = new Params(ctx, "source", "target", "cameo", "plover", "status", "from", "to", "lang", "site",
                "page", "size");
        String plover = p.string("plover");
        EventQuery query = new EventQuery(p.string("source"), p.string("target"), p.string("cameo"),
                plover == null ? null : Plover.parse(plover), p.choice("status", Status.class), p.date("from"),
                p.date("to"), p.string("lang"), p.string("site"), p.integer("page", 1, 1, Integer.MAX_VALUE),
                p.integer("size", 50, 1, MAX_PAGE_SIZE));
        EventPage page = store.eventPage(query);
        ObjectNode n = Pages.header(page.total(), query.page(), query.size());
        ArrayNode events = n.putArray("events");
        for (StoredEvent e : page.events()) {
            events.add(Json.event(e));
        }
        ctx.json(n);
    }

    /**
     * {@code GET /api/dyads/{a}/{b}?by=day|week|month|year&from=&to=}: per period, the events between the
     * two actors in each direction and both together, with the mean Goldstein score and the QuadClass mix.
     */
    void dyad(Context ctx) {
        Params p = new Params(ctx, "by", "from", "to");
        String by = p.string("by");
        DyadQuery query = new DyadQuery(ctx.pathParam("a"), ctx.pathParam("b"),
                by == null ? DyadQuery.Period.MONTH : DyadQuery.Period.parse(by), p.date("from"), p.date("to"));
        List<DyadPeriod> found = store.dyad(query);
        Map<LocalDate, Tally[]> byStart = new TreeMap<>();
        Tally[] total = {new Tally(), new Tally(), new Tally()};
        for (DyadPeriod d : found) {
            Tally[] t = byStart.computeIfAbsent(d.start(), k -> new Tally[] {new Tally(), new Tally(), new Tally()});
            int direction = d.source().equals(query.a()) ? 0 : 1;
            t[direction].add(d);
            t[2].add(d);
            total[direction].add(d);
            total[2].add(d);
        }
        ObjectNode n = Json.object();
        n.put("a", query.a());
        n.put("b", query.b());
        n.put("by", query.by().label());
        n.put("from", Json.date(query.from()));
        n.put("to", Json.date(query.to()));
        n.set("total", total[2].json().setAll(directions(total)));
        ArrayNode periods = n.putArray("periods");
        for (Map.Entry<LocalDate, Tally[]> e : byStart.entrySet()) {
            ObjectNode period = Json.object().put("start", e.getKey().toString());
            period.setAll(e.getValue()[2].json());
            period.setAll(directions(e.getValue()));
            periods.add(period);
        }
        ctx.json(n);
    }

    private static ObjectNode directions(Tally[] t) {
        ObjectNode n = Json.object();
        n.set("ab", t[0].json());
        n.set("ba", t[1].json());
        return n;
    }

    /** {@code GET /api/actors?top=&from=&to=}. */
    void topActors(Context ctx) {
        ActorQuery query = actorQuery(ctx);
        ArrayNode actors = Json.array();
        for (ActorCount a : store.topActors(query)) {
            actors.addObject().put("code", a.code()).put("name", a.name()).put("events", a.events())
                    .put("asSource", a.asSource()).put("asTarget", a.asTarget());
        }
        ObjectNode n = Json.object();
        n.set("actors", actors);
        ctx.json(n);
    }

    /** {@code GET /api/dyads?top=&from=&to=}: the most active pairs of actors, both directions together. */
    void topDyads(Context ctx) {
        ActorQuery query = actorQuery(ctx);
        ArrayNode dyads = Json.array();
        for (DyadCount d : store.topDyads(query)) {
            dyads.addObject().put("a", d.a()).put("b", d.b()).put("events", d.events())
                    .put("meanGoldstein", round(d.meanGoldstein()));
        }
        ObjectNode n = Json.object();
        n.set("dyads", dyads);
        ctx.json(n);
    }

    private static ActorQuery actorQuery(Context ctx) {
        Params p = new Params(ctx, "top", "from", "to");
        return new ActorQuery(p.integer("top", 20, 1, 1000), p.date("from"), p.date("to"));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Events, Goldstein sum and QuadClass counts added up over periods or directions. */
    private static final class Tally {
        long events;
        double goldstein;
        final long[] quad = new long[4];

        void add(DyadPeriod d) {
            events += d.events();
            goldstein += d.meanGoldstein() * d.events();
            long[] q = d.quadClass();
            for (int i = 0; i < 4; i++) {
                quad[i] += q[i];
            }
        }

        ObjectNode json() {
            ObjectNode n = Json.object();
            n.put("events", events);
            if (events == 0) {
                n.putNull("meanGoldstein");
            } else {
                n.put("meanGoldstein", round(goldstein / events));
            }
            ArrayNode q = n.putArray("quadClass");
            for (long c : quad) {
                q.add(c);
            }
            return n;
        }
    }
}
