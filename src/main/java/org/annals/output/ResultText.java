package org.annals.output;

import java.util.List;
import org.annals.model.Actor;
import org.annals.model.AnalysisResult;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.Quantity;
import org.annals.model.Quote;
import org.annals.model.Sentence;

/** A readable summary of one result, for a person at a terminal. Stateless and thread-safe. */
public final class ResultText {

    public String format(AnalysisResult result) {
        Article a = result.article();
        StringBuilder out = new StringBuilder();
        out.append("== ").append(result.source()).append('\n');
        field(out, "title", a.title());
        field(out, "published", a.published() == null ? null : a.published().toIso());
        field(out, "publisher", a.publisher());
        field(out, "language", a.language());
        field(out, "url", a.url());
        field(out, "id", a.id());
        int words = (int) result.analyzed().sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        out.append(String.format("%-10s %d sentences, %d tokens, %d characters%n", "size",
                result.analyzed().sentences().size(), words, a.text().length()));
        if (!a.headings().isEmpty()) {
            out.append("\nHeadings\n");
            for (String h : a.headings()) {
                out.append("  - ").append(h).append('\n');
            }
        }
        out.append("\nSentences\n");
        List<Sentence> sentences = result.analyzed().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            out.append(String.format("%4d  %s%n", i + 1, sentences.get(i).text().replace('\n', ' ')));
        }
        section(out, "Events", result.events(), e -> name(e.source()) + " -[" + e.cameo()
                + (e.plover() == null ? "" : " " + e.plover()) + " " + e.status().label() + "]-> "
                + name(e.target()) + (e.date() == null ? "" : "  (" + e.date() + ")")
                + (e.mentions() > 1 ? "  ×" + e.mentions() : "")
                + (e.attribution() == null ? "" : "  via " + name(e.attribution()))
                + (e.pattern() == null ? "" : "\n        pattern: " + e.pattern())
                + "\n        " + e.sentence().replace('\n', ' '));
        section(out, "Quotes", result.quotes(), ResultText::quote);
        section(out, "Claims", result.claims(), ResultText::claim);
        section(out, "Times", result.times(), t -> t.text() + " = " + (t.value() == null ? "?" : t.value()));
        if (!result.problems().isEmpty()) {
            out.append("\nProblems\n");
            for (String p : result.problems()) {
                out.append("  ! ").append(p).append('\n');
            }
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(String.format("%-10s %s%n", name, value == null ? "-" : value));
    }

    private static <T> void section(StringBuilder out, String title, List<T> items,
                                    java.util.function.Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(" (").append(items.size()).append(")\n");
        for (T item : items) {
            out.append("  ").append(line.apply(item)).append('\n');
        }
    }

    /** “text” speaker ← relay ← publisher  (kind) */
    static String quote(Quote q) {
        StringBuilder b = new StringBuilder();
        b.append('\u201C').append(q.text()).append("\u201D  ").append(name(q.speaker()));
        for (Actor relay : q.via()) {
            b.append(" \u2190 ").append(name(relay));
        }
        b.append("  (").append(q.kind().label()).append(')');
        return b.toString();
    }

    /** [status] text  (source)  quantities */
    static String claim(Claim c) {
        StringBuilder b = new StringBuilder();
        b.append('[').append(c.status().label()).append("] ").append(c.text());
        b.append("  (").append(c.source() == null ? "-" : name(c.source())).append(')');
        if (!c.quantities().isEmpty()) {
            b.append("  ").append(String.join(", ", c.quantities().stream().map(ResultText::quantity).toList()));
        }
        return b.toString();
    }

    private static String quantity(Quantity q) {
        double v = q.value();
        String number = v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
        return q.unit() == null ? number : number + " " + q.unit();
    }

    private static String name(Actor a) {
        if (a == null) {
            return "-";
        }
        return a.code() == null ? a.name() : a.name() + " [" + a.code() + "]";
    }

}
