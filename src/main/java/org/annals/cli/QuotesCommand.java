package org.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.model.Actor;
import org.annals.output.ResultJson;
import org.annals.store.ArchiveStore;
import org.annals.store.QuoteQuery;
import org.annals.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals quotes}: who said what, through whom, newest article first. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Lists who said what, through whom, newest article first.",
            "Each quote shows its date, speaker, relay chain (the agencies and outlets the words passed "
                    + "through), the words, and the article's URL (in a wide enough table).",
            "Names match anywhere in the speaker's or relay's name, any case, or exactly their actor code."},
        footer = {"", "Examples:",
            "  annals quotes --speaker \"Kim Jong-un\"",
            "  annals quotes --speaker Putin --via Yonhap --from 2024-06",
            "  annals quotes --speaker RUSGOV --format json",
            "", "Exit codes: 0 done (also when nothing matches), 2 bad argument, 3 archive error."})
public final class QuotesCommand implements Callable<Integer> {
    @Mixin
    QueryOptions query;

    @Mixin
    PageOptions paging;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Who spoke: part of a name, or an actor code.")
    String speaker;

    @Option(names = "--via", paramLabel = "NAME", description = "A relay the words passed through (an agency, an outlet).")
    String via;

    private final CliContext context;

    QuotesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        QuoteQuery q = query.query(() -> new QuoteQuery(speaker, via, query.from(), query.to(), paging.page,
                paging.size));
        try (ArchiveStore store = query.open()) {
            List<StoredQuote> quotes = store.quotes(q);
            query.printer(context).print(listing(), quotes, null,
                    List.of(Pages.note(q.page(), q.size(), quotes.size(), "quotes")));
        }
        return ExitCodes.OK;
    }

    static Listing<StoredQuote> listing() {
        List<Column<StoredQuote>> columns = List.of(
                Column.hidden("id", StoredQuote::id),
                Column.text("published", "date", 10, StoredQuote::published),
                Column.text("speaker", "speaker", 18, q -> Column.name(q.quote().speaker())),
                Column.text("via", "via", 22, q -> q.quote().via().stream().map(Actor::name).toList()),
                Column.text("text", "quote", Column.FLEX, q -> q.quote().text()),
                Column.<StoredQuote>text("url", "url", 40, StoredQuote::url).optionalInTable(),
                Column.hidden("speakerCode", q -> q.quote().speaker() == null ? null : q.quote().speaker().code()),
                Column.hidden("kind", q -> q.quote().kind().label()),
                Column.hidden("sentence", q -> q.quote().sentence()),
                Column.hidden("articleId", StoredQuote::articleId),
                Column.hidden("site", StoredQuote::site));
        return new Listing<>(columns, QuotesCommand::json);
    }

    private static ObjectNode json(StoredQuote q) {
        ObjectNode n = ResultJson.MAPPER.createObjectNode();
        n.put("id", q.id());
        n.put("articleId", q.articleId());
        n.put("url", q.url());
        n.put("site", q.site());
        n.put("published", q.published() == null ? null : q.published().toString());
        n.set("quote", ResultJson.quote(q.quote()));
        return n;
    }
}
