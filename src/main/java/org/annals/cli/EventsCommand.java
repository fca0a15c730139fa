package org.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.model.Status;
import org.annals.output.ResultJson;
import org.annals.store.ArchiveStore;
import org.annals.store.EventPage;
import org.annals.store.EventQuery;
import org.annals.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals events}: the archive's events that match a filter, newest first. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists the archive's events that match a filter, newest first.",
            "Shows each event's date, source, target, CAMEO code, status, Goldstein score and the sentence that "
                    + "reports it.",
            "Actor codes match as prefixes: RUS matches RUSGOV and RUSMIL, RUSGOV only itself."},
        footer = {"", "Examples:",
            "  annals events --source RUS --target PRK",
            "  annals events --source RUS --target PRK --cameo 05 \\",
            "                --from 2023-01-01 --status asserted",
            "  annals events --plover AGREE --from 2024-06 --to 2024-06 --format csv",
            "", "Exit codes: 0 done (also when nothing matches), 2 bad argument, 3 archive error."})
public final class EventsCommand implements Callable<Integer> {
    @Mixin
    QueryOptions query;

    @Mixin
    PageOptions paging;

    @Option(names = "--source", paramLabel = "CODE", description = "Source actor: a CAMEO actor code or its prefix (RUS, RUSGOV).")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "Target actor: a CAMEO actor code or its prefix.")
    String target;

    @Option(names = "--cameo", paramLabel = "CODE", description = "A CAMEO event code or its prefix (05 matches 050–057).")
    String cameo;

    @Option(names = "--plover", paramLabel = "CATEGORY", description = "A PLOVER category (AGREE, CONSULT, ASSAULT, …).")
    String plover;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "asserted, reported, alleged, planned, hypothetical or negated.")
    Status status;

    @Mixin
    ArticleOptions articles;

    private final CliContext context;

    EventsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        EventQuery q = query.query(() -> new EventQuery(source, target, cameo,
                plover == null ? null : plover.toUpperCase(Locale.ROOT), status, query.from(), query.to(),
                articles.language(), articles.site(), paging.page, paging.size));
        try (ArchiveStore store = query.open()) {
            EventPage page = store.eventPage(q);
            query.printer(context).print(listing(), page.events(), Pages.envelope(page.total(), q.page(), q.size()),
                    List.of(Pages.note(page.total(), q.page(), q.size(), page.events().size(), "events")));
        }
        return ExitCodes.OK;
    }

    /** How events show: a table of the essentials; CSV with every field; JSON with the contract's event. */
    static Listing<StoredEvent> listing() {
        List<Column<StoredEvent>> columns = List.of(
                Column.hidden("id", StoredEvent::id),
                Column.text("date", "date", 10, StoredEvent::date),
                Column.text("source", "source", 12, e -> Column.actor(e.event().source())),
                Column.text("target", "target", 12, e -> Column.actor(e.event().target())),
                Column.text("cameo", "cameo", 5, e -> e.event().cameo()),
                Column.hidden("plover", e -> e.event().plover()),
                Column.text("status", "status", 12, e -> e.event().status().label()),
                Column.number("goldstein", "gold", 5, 1, e -> e.event().goldstein()),
                Column.hidden("quadClass", e -> e.event().quadClass()),
                Column.text("sentence", "sentence", Column.FLEX, e -> e.event().sentence()),
                Column.hidden("sourceName", e -> e.event().source().name()),
                Column.hidden("sourceCode", e -> e.event().source().code()),
                Column.hidden("sourceCountry", e -> e.event().source().country()),
                Column.hidden("targetName", e -> Column.name(e.event().target())),
                Column.hidden("targetCode", e -> e.event().target() == null ? null : e.event().target().code()),
                Column.hidden("targetCountry", e -> e.event().target() == null ? null : e.event().target().country()),
                Column.hidden("eventDate", e -> e.event().date()),
                Column.hidden("evidence", e -> e.event().evidence()),
                Column.hidden("mentions", e -> e.event().mentions()),
                Column.hidden("attribution", e -> Column.actor(e.event().attribution())),
                Column.hidden("rootEvent", StoredEvent::rootEvent),
                Column.hidden("articleId", StoredEvent::articleId),
                Column.hidden("url", StoredEvent::url),
                Column.hidden("site", StoredEvent::site),
                Column.hidden("language", StoredEvent::language),
                Column.hidden("published", StoredEvent::published),
                Column.hidden("added", StoredEvent::added));
        return new Listing<>(columns, EventsCommand::json);
    }

    private static ObjectNode json(StoredEvent e) {
        ObjectNode n = ResultJson.MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("date", e.date() == null ? null : e.date().toString());
        n.put("articleId", e.articleId());
        n.put("url", e.url());
        n.put("site", e.site());
        n.put("language", e.language());
        n.put("published", e.published() == null ? null : e.published().toString());
        n.put("added", e.added().toString());
        n.put("rootEvent", e.rootEvent());
        n.set("event", ResultJson.event(e.event()));
        return n;
    }
}
