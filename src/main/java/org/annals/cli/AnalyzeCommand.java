package org.annals.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.annals.extract.PageKind;
import org.annals.model.AnalysisResult;
import org.annals.pipeline.BatchAnalyzer;
import org.annals.pipeline.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals analyze}: runs the whole pipeline on files, directories or standard input. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Analyses news articles and prints, for each, its metadata, clean text, sentences, events, quotes, "
                    + "claims, times and problems (see the README's output contract).",
            "",
            "Inputs: plain text (.txt or anything that reads as text), HTML (.html, .htm, or sniffed), JSON "
                    + "Lines (.jsonl: one article per line with \"id\", \"text\" or \"html\", and optional "
                    + "\"title\", \"published\", \"url\", \"language\", \"publisher\"), RSS and Atom feeds and "
                    + "sitemaps (each article they link to is fetched politely; told by content, not name), and "
                    + "WARC web archives (.warc, .warc.gz: each archived HTML or text page, named FILE#N)."},
        footer = {"", "Articles of the run that are copies of one story (the same text from several sites) name "
                + "the story (\"story\": the id of its first article) and each other's sources (\"copies\"); "
                + "so output is printed when the run ends. A page that is not an article (index, login, error "
                + "page) is output with an empty text and a problem, also printed on stderr.",
            "", "Exit codes: 0 every input read, 1 some inputs failed (each reported on stderr, the others "
                + "still printed), 2 usage error.",
            "", "Examples:",
            "  annals analyze ../shared/seed/000_696dc67a14f88ebb.txt",
            "  annals analyze --format text --lang it article.html",
            "  annals analyze --format jsonl --use-feed-content feed.xml",
            "  annals analyze --format jsonl crawl.warc.gz",
            "  cat articles.jsonl | annals analyze --format jsonl -"})
public final class AnalyzeCommand implements Callable<Integer> {

    enum Format { json, jsonl, text }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A file, a directory (read recursively; hidden files skipped), a feed, sitemap or WARC "
                    + "file, an http(s):// URL, or '-' for standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|jsonl|text",
            description = "Output: one JSON object for one article (an array for several), one JSON object "
                    + "per line, or a readable summary. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    ReadOptions read;

    @Mixin
    FetchOptions fetching;

    @Option(names = "--tokens",
            description = "List each sentence's tokens with part of speech, lemma and morphological features.")
    boolean tokens;

    private final CliContext context;

    AnalyzeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        fetching.check();
        BatchAnalyzer batch = read.batch(context.pipeline(), fetching);
        int[] counts = new int[2];
        try (ResultPrinter printer = ResultPrinter.forFormat(format, tokens, context.out())) {
            batch.run(inputs, context::in, (Outcome outcome) -> {
                if (outcome.failed()) {
                    // a page robots.txt asks to leave alone is reported, but is no failure of the run
                    counts[outcome.failure().skipped() ? 0 : 1]++;
                    context.err().println("annals: " + outcome.failure());
                } else {
                    counts[0]++;
                    notAnArticle(outcome.result());
                    printer.print(outcome.result());
                }
            });
            printer.finish();
        }
        context.out().flush();
        if (counts[1] > 0) {
            context.err().printf("annals: %d of %d inputs failed%n", counts[1], counts[0] + counts[1]);
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.OK;
    }

    /**
     * A page that was read but is no article (an index, login or error page) is output with an empty text and
     * its problem; the problem goes to stderr as well, so that it is seen, but the input counts as read.
     */
    private void notAnArticle(AnalysisResult result) {
        for (String problem : result.problems()) {
            if (problem.startsWith(PageKind.NOT_AN_ARTICLE)) {
                context.err().println("annals: " + result.source() + ": " + problem);
            }
        }
    }
}
