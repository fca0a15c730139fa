package org.annals.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.annals.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A developer's tool, not a test: runs the extractor over the trafilatura evaluation set and writes,
 * per page, the {@code with} snippets it missed, the {@code without} snippets it kept and the
 * metadata it got wrong, so that failures can be grouped by cause before rules are changed.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes:CP org.annals.extract.ExtractionDiagnostics
 * ../shared report.txt [file-substring]}; the optional third argument limits the run to matching
 * pages and adds their extracted text to the report.
 */
final class ExtractionDiagnostics {

    private ExtractionDiagnostics() {
    }

    public static void main(String[] args) throws IOException {
        List<EvaluationCorpus.Page> pages = EvaluationCorpus.load(Path.of(args[0]));
        String only = args.length > 2 ? args[2] : null;
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        SnippetScore total = SnippetScore.ZERO;
        int[] title = new int[2];
        int[] date = new int[2];
        int[] author = new int[2];
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8));
             PrintWriter blocks = new PrintWriter(Files.newBufferedWriter(Path.of(args[1] + ".blocks.tsv"),
                     StandardCharsets.UTF_8))) {
            for (EvaluationCorpus.Page page : pages) {
                if (only != null && !page.file().contains(only)) {
                    continue;
                }
                HtmlArticleExtractor.Detailed d = extractor.extractDetailed(page.document());
                Article a = d.article();
                String text = SnippetScore.normalise(a.text());
                SnippetScore s = SnippetScore.of(a.text(), page.with(), page.without());
                total = total.plus(s);
                StringBuilder sb = new StringBuilder();
                Document doc = Jsoup.parse(page.html(), page.url());
                String whole = SnippetScore.normalise(doc.body() == null ? "" : doc.body().text());
                Element root = HtmlArticleExtractor.mainContent(doc);
                String pruned = SnippetScore.normalise(doc.body() == null ? "" : doc.body().text());
                String rooted = SnippetScore.normalise(root == null ? "" : root.text());
                String where = root == null ? "none" : root.normalName() + "." + root.className() + "#" + root.id();
                for (String w : page.with()) {
                    String n = SnippetScore.normalise(w);
                    if (!text.contains(n)) {
                        String kind = !whole.contains(n) ? "unreachable" : !pruned.contains(n) ? "pruned"
                                : !rooted.contains(n) ? "outside-root" : "dropped-in-root";
                        if (kind.equals("outside-root")) {
                            int r0 = pruned.indexOf(rooted);
                            int at = pruned.indexOf(n);
                            kind = r0 < 0 ? "outside-root?" : at < r0 ? "before-root" : "after-root";
                            if (r0 >= 0) {
                                String gap = at < r0 ? pruned.substring(at, r0) : pruned.substring(r0 + rooted.length(), at);
                                sb.append("     gap ").append(gap.length()).append(": ")
                                        .append(gap.length() > 300 ? gap.substring(0, 150) + " ... " + gap.substring(gap.length() - 150) : gap).append('\n');
                            }
                        }
                        sb.append("  FN[").append(kind).append("] ").append(w).append('\n');
                        if (kind.equals("pruned") || kind.startsWith("outside") || kind.endsWith("-root")) {
                            sb.append("     in ").append(ancestry(page, n)).append('\n');
                        }
                    }
                }
                String[] paras = a.text().split("\n\n");
                int firstProse = -1;
                int lastProse = -1;
                for (int k = 0; k < paras.length; k++) {
                    if (paras[k].length() >= 150) {
                        lastProse = k;
                        firstProse = firstProse < 0 ? k : firstProse;
                    }
                }
                if (blocks != null) {
                    java.util.Set<String> heads = new java.util.HashSet<>(a.headings());
                    for (int pass = 0; pass < 2; pass++) {
                        for (String w : pass == 0 ? page.with() : page.without()) {
                            String n = SnippetScore.normalise(w);
                            for (int k = 0; k < paras.length; k++) {
                                if (SnippetScore.normalise(paras[k]).contains(n)) {
                                    String pos = k < firstProse ? "head" : k > lastProse ? "tail" : "mid";
                                    String para = paras[k].replace('\n', ' ').replace('\t', ' ');
                                    blocks.printf("%s\t%s\t%d\t%s\t%d\t%s\t%s%n", pass == 0 ? "TP" : "FP", pos, para.length(),
                                            heads.contains(paras[k]) ? "H" : "P", paras.length - 1 - k, page.file(),
                                            para.length() > 120 ? para.substring(0, 120) : para);
                                    break;
                                }
                            }
                        }
                    }
                }
                for (String w : page.without()) {
                    String n = SnippetScore.normalise(w);
                    if (text.contains(n)) {
                        int at = -1;
                        for (int k = 0; k < paras.length && at < 0; k++) {
                            at = SnippetScore.normalise(paras[k]).contains(n) ? k : -1;
                        }
                        String pos = at < 0 ? "span" : at < firstProse ? "head" : at > lastProse ? "tail" : "mid";
                        String para = at < 0 ? "" : paras[at];
                        sb.append("  FP[").append(pos).append("] ").append(w).append("   <<")
                                .append(para.length() > 160 ? para.substring(0, 160) + "..." : para).append(">>\n");
                    }
                }
                if (sb.length() > 0) {
                    sb.append("  ROOT ").append(where).append('\n');
                }
                if (page.title() != null) {
                    title[1]++;
                    if (norm(page.title()).equals(norm(a.title()))) {
                        title[0]++;
                    } else {
                        sb.append("  TITLE gold=").append(page.title()).append(" | got=").append(a.title()).append('\n');
                    }
                }
                if (page.date() != null) {
                    date[1]++;
                    String got = a.published() == null ? null : a.published().date().toString();
                    if (page.date().equals(got)) {
                        date[0]++;
                    } else {
                        sb.append("  DATE gold=").append(page.date()).append(" | got=").append(got).append('\n');
                    }
                }
                if (!page.authors().isEmpty()) {
                    author[1]++;
                    if (TrafilaturaEvaluationTest.names(page.authors())
                            .equals(TrafilaturaEvaluationTest.names(d.authors()))) {
                        author[0]++;
                    } else {
                        sb.append("  AUTHOR gold=").append(page.authors()).append(" | got=").append(d.authors())
                                .append('\n');
                    }
                }
                if (sb.length() > 0 || only != null) {
                    out.printf(Locale.ROOT, "== %s  %s  FN %d FP %d chars %d%n%s", page.file(), page.url(), s.fn(),
                            s.fp(), text.length(), sb);
                    if (only != null) {
                        out.println("----\n" + a.text() + "\n----");
                    }
                }
            }
            String summary = String.format(Locale.ROOT, "main text %s%ntitle %.3f date %.3f author %.3f%n", total,
                    ratio(title), ratio(date), ratio(author));
            out.print(summary);
            System.out.print(summary);
        }
    }

    /** The class/id chain of the deepest element of the unpruned page whose text holds the snippet. */
    private static String ancestry(EvaluationCorpus.Page page, String snippet) {
        Document doc = Jsoup.parse(page.html(), page.url());
        Element deepest = null;
        for (Element e : doc.body().getAllElements()) {
            if (SnippetScore.normalise(e.text()).contains(snippet)) {
                deepest = e;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Element e = deepest; e != null && e != doc.body(); e = e.parent()) {
            sb.insert(0, " > " + e.normalName() + (e.className().isEmpty() ? "" : "." + e.className())
                    + (e.id().isEmpty() ? "" : "#" + e.id()) + (e.hasAttr("style") ? "[style]" : "")
                    + (e.hasAttr("role") ? "[role=" + e.attr("role") + "]" : "")
                    + (e.hasAttr("aria-hidden") ? "[aria-hidden]" : "") + (e.hasAttr("hidden") ? "[hidden]" : ""));
        }
        return sb.toString();
    }

    private static double ratio(int[] c) {
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    private static String norm(String s) {
        return SnippetScore.normalise(s).toLowerCase(Locale.ROOT);
    }
}
