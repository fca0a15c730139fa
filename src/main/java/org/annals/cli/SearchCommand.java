package org.annals.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.search.SearchHit;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;
import org.annals.store.ArchiveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals search}: ranked full-text search over the archive's articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the archive's articles, best matches first.",
            "Each hit shows the passage that matched best, the matched words highlighted on a terminal and "
                    + "[in brackets] elsewhere.",
            "Words are stemmed per language; \"quoted words\" match as a phrase, -word excludes."},
        footer = {"", "Examples:",
            "  annals search \"trattato Pyongyang\"",
            "  annals search Putin Kim --lang it --from 2024-06 --to 2024-06",
            "  annals search '\"partenariato strategico\"' --site thesocialpost.it",
            "", "Exit codes: 0 done (also when nothing matches), 2 bad argument, 3 archive error."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    QueryOptions query;

    @Mixin
    PageOptions paging;

    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "What to search for.")
    List<String> words;

    @Mixin
    ArticleOptions articles;

    private final CliContext context;

    SearchCommand(CliContext context) {
        this.context = context;
    }

    /** A hit with its place in the ranking. */
    record Ranked(long rank, SearchHit hit) {}

    @Override
    public Integer call() {
        SearchQuery q = query.query(() -> new SearchQuery(String.join(" ", words),
                articles.language(), articles.site(), query.from(), query.to(), paging.page, paging.size));
        try (ArchiveStore store = query.open()) {
            SearchPage page = store.search(q);
            List<Ranked> rows = new ArrayList<>();
            long rank = (long) (q.page() - 1) * q.size();
            for (SearchHit hit : page.hits()) {
                rows.add(new Ranked(++rank, hit));
            }
            ListingPrinter printer = query.printer(context);
            printer.print(listing(printer.styles()), rows, Pages.envelope(page.total(), q.page(), q.size()),
                    List.of(Pages.note(page.total(), q.page(), q.size(), rows.size(), "articles")));
        }
        return ExitCodes.OK;
    }

    /**
     * How hits show. The table's snippet keeps the matched words marked (in reverse video with
     * {@code styles}); JSON and CSV carry the snippet as plain text and as the marked, escaped HTML.
     */
    static Listing<Ranked> listing(boolean styles) {
        return Listing.of(List.of(
                Column.number("rank", "#", 4, 0, Ranked::rank),
                Column.text("published", "date", 10, r -> r.hit().published()),
                Column.<Ranked>text("site", "site", 18, r -> r.hit().site()).optionalInTable(),
                Column.text("title", "title", Column.FLEX, r -> r.hit().title()),
                Column.<Ranked>text("snippet", "snippet", Column.FLEX, r -> Cell.plainSnippet(r.hit().snippet()))
                        .withCell(r -> Cell.ofSnippet(r.hit().snippet(), styles)),
                Column.hidden("snippetHtml", r -> r.hit().snippet()),
                // the float's own digits, not those of its widening to double
                Column.hidden("score", r -> Double.valueOf(Float.toString(r.hit().score()))),
                Column.hidden("articleId", r -> r.hit().articleId()),
                Column.hidden("url", r -> r.hit().url()),
                Column.hidden("language", r -> r.hit().language())));
    }
}
