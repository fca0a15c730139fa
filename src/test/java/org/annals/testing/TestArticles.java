package org.annals.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Sentence;
import org.annals.model.Timestamp;
import org.annals.model.Token;

/**
 * Builds analysed articles for tests without the language layer: paragraphs joined by blank lines,
 * paragraphs written with a leading "# " become headings, sentences split at ". ", "? ", "! " and at
 * paragraph breaks. Tokens, when asked for, are whitespace-separated words whose features come from
 * a function of the word (so a test can mark "avrebbe" Mood=Cnd).
 */
public final class TestArticles {
    private TestArticles() {}

    public static AnalyzedArticle article(String language, String publisher, String... paragraphs) {
        return build(language, publisher, null, null, paragraphs);
    }

    public static AnalyzedArticle titled(String language, String publisher, String title, String... paragraphs) {
        return build(language, publisher, title, null, paragraphs);
    }

    /** As {@link #article}, with tokens whose features {@code features} gives (upos "X", lemma = text). */
    public static AnalyzedArticle tokenized(String language, Function<String, Map<String, String>> features,
                                            String... paragraphs) {
        return build(language, null, null, features, paragraphs);
    }

    public static AnalyzedArticle build(String language, String publisher, String title,
                                        Function<String, Map<String, String>> features, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<String> headings = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            String body = p;
            if (p.startsWith("# ")) {
                body = p.substring(2);
                headings.add(body);
            }
            spans.add(new int[] {text.length(), text.length() + body.length()});
            text.append(body);
        }
        String t = text.toString();
        List<Sentence> sentences = new ArrayList<>();
        for (int[] span : spans) {
            int s = span[0];
            for (int i = span[0]; i < span[1]; i++) {
                char c = t.charAt(i);
                if ((c == '.' || c == '?' || c == '!') && i + 1 < span[1] && t.charAt(i + 1) == ' ') {
                    sentences.add(sentence(t, s, i + 1, features));
                    s = i + 2;
                }
            }
            if (s < span[1]) {
                sentences.add(sentence(t, s, span[1], features));
            }
        }
        Article a = new Article("test", null, title, Timestamp.parse("2024-06-19"), publisher, language, t,
                headings, List.of());
        return new AnalyzedArticle(a, sentences);
    }

    private static Sentence sentence(String text, int s, int e, Function<String, Map<String, String>> features) {
        List<Token> tokens = new ArrayList<>();
        if (features != null) {
            int i = s;
            while (i < e) {
                while (i < e && text.charAt(i) == ' ') {
                    i++;
                }
                int j = i;
                while (j < e && text.charAt(j) != ' ') {
                    j++;
                }
                if (j > i) {
                    String w = text.substring(i, j).replaceAll("[^\\p{L}\\p{N}'’-]", "");
                    if (!w.isEmpty()) {
                        tokens.add(new Token(w, i, i + w.length(), "X", w, features.apply(w)));
                    }
                }
                i = j;
            }
        }
        return new Sentence(text.substring(s, e), s, e, tokens);
    }
}
