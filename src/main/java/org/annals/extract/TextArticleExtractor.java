package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;

/**
 * Extracts an article from plain text as it arrives when a web page is copied as text: a skip link, a
 * title line, a date line, paragraphs separated by blank lines, section headings as short lines of
 * their own, "read also" lines, and a syndication footer naming the source.
 *
 * <p>The title is the first substantive line that is neither boilerplate nor a date; a document whose
 * first line is long prose has no title. A heading is a short line without sentence-final punctuation
 * followed by a longer paragraph; headings stay in the text as paragraphs of their own and are also
 * listed apart. The text is the paragraphs joined by blank lines, without the title.
 *
 * <p>Immutable and thread-safe; never throws for bad content (problems say what was missing).
 */
public final class TextArticleExtractor implements ArticleExtractor {

    /** Headings and titles are short: longer lines are prose whatever their punctuation. */
    static final int HEADING_MAX_CHARS = 120;
    static final int HEADING_MAX_WORDS = 16;
    static final int TITLE_MAX_CHARS = 250;
    static final int TITLE_MAX_WORDS = 35;

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f]*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final String CLOSING = "\"'”’»)]";
    private static final String OPENING = "\"'“‘«([";

    private final LineFilter filter;

    /** An extractor with the shipped boilerplate rules. */
    public TextArticleExtractor() {
        this(BoilerplateRules.load());
    }

    public TextArticleExtractor(BoilerplateRules rules) {
        this.filter = new LineFilter(Objects.requireNonNull(rules, "rules"));
    }

    @Override
    public Article extract(RawDocument document) {
        Objects.requireNonNull(document, "document");
        try {
            return extractText(document);
        } catch (RuntimeException e) {
            // content must never make extraction fail; report what happened with an empty article
            return new Extracted(null, null, null, null, null, "", List.of(),
                    List.of("text extraction failed: " + e)).toArticle(document);
        }
    }

    private Article extractText(RawDocument document) {
        DocumentHints hints = document.hints();
        String content = normaliseNewlines(document.content());
        List<LineFilter.Block> lines = new ArrayList<>();
        String[] groups = BLANK_LINE.split(content);
        for (int g = 0; g < groups.length; g++) {
            for (String line : groups[g].split("\n")) {
                String clean = SPACES.matcher(line).replaceAll(" ").strip();
                if (!clean.isEmpty()) {
                    lines.add(new LineFilter.Block(clean, false, g));
                }
            }
        }
        DateLines.Order order = LineFilter.orderFor(hints.language(), content);
        LineFilter.Result filtered = filter.filter(lines, order);

        List<String> paragraphs = paragraphs(filtered.kept());
        List<String> problems = new ArrayList<>();

        String title = null;
        int start = 0;
        // A lone paragraph is the body, not a title: a one-line article (a JSON Lines record, a wire
        // flash) must keep its text.
        if (paragraphs.size() > 1 && plausibleTitle(paragraphs.get(0))) {
            title = paragraphs.get(0);
            start = 1;
        }
        List<String> body = paragraphs.subList(start, paragraphs.size());
        List<String> headings = headings(body);
        String text = String.join("\n\n", body);
        if (text.isEmpty()) {
            problems.add(lines.isEmpty() ? "empty document" : "no text left after removing boilerplate");
        }

        String publisher = hints.publisher() != null ? hints.publisher() : filtered.publisher();
        Timestamp published = filtered.published(hints.url(), publisher, hints.language(), problems);
        return new Extracted(title, null, published, filtered.publisher(), null, text, headings, problems)
                .toArticle(document);
    }

    static String normaliseNewlines(String content) {
        // a hand loop: this runs over whole pages, where a regex replacement is a measurable cost
        int n = content.length();
        int i = 0;
        while (i < n && !needsWork(content.charAt(i))) {
            i++;
        }
        if (i == n) {
            return content;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(content, 0, i);
        boolean afterCr = false;
        for (; i < n; i++) {
            char c = content.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (c == '\n' && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = c == '\r';
            sb.append(c == '\r' || c == '\u2028' || c == '\u2029' ? '\n' : c);
        }
        return sb.toString();
    }

    private static boolean needsWork(char c) {
        return c == '\r' || c == '\u2028' || c == '\u2029' || isInvisible(c);
    }

    /** Zero-width characters and soft hyphens, which only get in the way of matching text. */
    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD';
    }

    /**
     * Paragraphs from the kept lines: a blank-line block is one paragraph when its lines are a
     * hard-wrapped paragraph, else each line is a paragraph (copied web text puts one paragraph on
     * each line).
     */
    private static List<String> paragraphs(List<LineFilter.Block> kept) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < kept.size()) {
            int group = kept.get(i).group();
            List<String> lines = new ArrayList<>();
            while (i < kept.size() && kept.get(i).group() == group) {
                lines.add(kept.get(i).text());
                i++;
            }
            if (wrapped(lines)) {
                out.add(String.join(" ", lines));
            } else {
                out.addAll(lines);
            }
        }
        return out;
    }

    /**
     * Whether a block's lines are one paragraph broken at a fixed width: the lines before the last are
     * of similar middling length and most breaks fall mid-sentence. Two lines count only when the
     * second continues in lower case, so that a heading glued to its paragraph stays apart.
     */
    static boolean wrapped(List<String> lines) {
        int n = lines.size();
        if (n < 2) {
            return false;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        int continuations = 0;
        for (int k = 0; k < n - 1; k++) {
            int len = lines.get(k).length();
            if (len < 20 || len > 100) {
                return false;
            }
            min = Math.min(min, len);
            max = Math.max(max, len);
            boolean midSentence = !endsSentence(lines.get(k));
            if (midSentence && (n >= 3 || startsLower(lines.get(k + 1)))) {
                continuations++;
            }
        }
        if (n >= 3 && min < max * 0.6) {
            return false;
        }
        if (n == 2 && !startsLower(lines.get(1))) {
            return false;
        }
        return continuations * 2 >= n - 1;
    }

    /** Short, not prose-like: a title or heading candidate. */
    static boolean plausibleTitle(String line) {
        int words = words(line);
        if (line.length() > TITLE_MAX_CHARS || words > TITLE_MAX_WORDS || startsLower(line)) {
            return false;
        }
        char last = lastSignificant(line);
        return !(last == ';' || last == ',' || last == ':' || (last == '.' && words > 12));
    }

    private static List<String> headings(List<String> body) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k + 1 < body.size(); k++) {
            String p = body.get(k);
            String next = body.get(k + 1);
            if (headingLike(p) && next.length() >= Math.max(80, p.length() * 1.5) && !headingLike(next)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A heading: short, starting with a capital (or a quote or digit), not ending like a sentence.
     * A closing quote does not make a line prose ("Kim: “A new era”"); "?" and "!" headings are
     * allowed when very short.
     */
    static boolean headingLike(String line) {
        int words = words(line);
        if (line.length() > HEADING_MAX_CHARS || words > HEADING_MAX_WORDS || startsLower(line)) {
            return false;
        }
        char last = lastSignificant(line);
        if (last == '.' || last == ';' || last == ',' || last == ':' || last == '…') {
            return false;
        }
        return !((last == '?' || last == '!') && words > 12);
    }

    private static char lastSignificant(String line) {
        int k = line.length() - 1;
        while (k > 0 && (CLOSING.indexOf(line.charAt(k)) >= 0 || Character.isWhitespace(line.charAt(k)))) {
            k--;
        }
        return k >= 0 ? line.charAt(k) : ' ';
    }

    private static boolean endsSentence(String line) {
        char last = lastSignificant(line);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == '…';
    }

    private static boolean startsLower(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (OPENING.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                continue;
            }
            return Character.isLowerCase(c);
        }
        return false;
    }

    private static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
