package org.annals.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Event;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Timestamp;
import org.annals.time.GrammarTimeExtractor;

/** Builds token-less articles for tests: paragraphs split at blank lines, sentences at end marks. */
final class TestArticles {
    private TestArticles() {}

    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile(
            "[^\\n]+?(?:[.!?](?=\\s+[\\p{Lu}\"“«‘(])|[.!?]?$)", java.util.regex.Pattern.MULTILINE);
    private static final GrammarTimeExtractor TIMES = new GrammarTimeExtractor();

    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Sentence(text.substring(s, e), s, e, List.of()));
            }
        }
        return out;
    }

    static Article article(String text, String language, Timestamp published, List<String> headings) {
        return new Article("test", null, null, published, null, language, text, headings, List.of());
    }

    /** Codes a text (its headings given) with the standard coder and the grammar time extractor. */
    static List<Event> code(String text, String language, Timestamp published, List<String> headings) {
        AnalyzedArticle a = new AnalyzedArticle(article(text, language, published, headings), sentences(text));
        List<TimeExpression> times = TIMES.extract(text, a.sentences(), language, published);
        return CameoEventCoder.standard().code(a, times);
    }

    static List<Event> code(String text, String language, String publishedDate) {
        return code(text, language, Timestamp.of(LocalDate.parse(publishedDate)), List.of());
    }

    static Timestamp at(String isoDateTime) {
        return Timestamp.of(OffsetDateTime.parse(isoDateTime));
    }

    static String show(Event e) {
        return (e.source().code() == null ? e.source().name() : e.source().code()) + " -[" + e.cameo() + " "
                + e.status().label() + "]-> " + (e.target() == null ? "-" : e.target().code() == null
                ? e.target().name() : e.target().code()) + " " + e.date() + " (" + e.dateSource() + ")"
                + (e.location() == null ? "" : " @" + e.location().name())
                + (e.attribution() == null ? "" : " via " + e.attribution().name()) + " x" + e.mentions()
                + " | " + e.evidence() + " | " + e.pattern();
    }
}
