package org.annals.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annals.model.AnalyzedArticle;
import org.annals.quotes.Words.W;

/**
 * Finds attribution frames in one sentence — who speaks ("X ha detto", "said X", "secondo X"), who
 * relays ("citato dalla Tass", "told Reuters") and which words are reported ("X ritiene che …") —
 * from its surface words alone. Quoted text must be masked ({@link Words#MASK}) before tokenising, so
 * that words inside a quotation are never read as a frame.
 *
 * <p>Thread-safe; all methods are pure. {@link #prepare} remembers, per thread, the last article it
 * prepared (a {@code ThreadLocal}), so that the quote and claim stages, which share the attributors
 * of {@link FrameQuoteExtractor}, prepare each article once.
 */
public final class Attributor {

    /** How a frame attributes. */
    public enum How {
        /** the speaker stands before a reporting verb: "X ha detto", "X said" */
        VERB_BEFORE,
        /** the speaker follows the verb: "Lo ha detto X", "…”, said X" */
        VERB_AFTER,
        /** a preposition frame: "secondo X", "according to X" */
        ACCORDING,
        /** an outlet that passed the words on: "citato dalla Tass", "told Reuters" */
        RELAY
    }

    /**
     * A mention found by a frame.
     *
     * @param text  the words as written, articles and titles removed ("Kim Jong-un", "esperti")
     * @param name  whether it is a proper name rather than a description
     * @param start offset of its first character (article-text offsets when the words carry them)
     * @param end   offset after its last character
     */
    public record Mention(String text, boolean name, int start, int end) {
        public Mention {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One frame.
     *
     * @param how            the kind of frame
     * @param mention        who it names
     * @param first          index of the frame's first word (the verb or the preposition)
     * @param last           index after the frame's last word
     * @param reporting      whether the frame is a speech or belief verb (verb, opinion or express kind)
     * @param beliefOnly     whether it is an opinion or express verb, which never introduces a direct quote
     * @param contentStart   offset of the reported content for an indirect statement, or -1
     * @param contentEnd     offset after that content, or -1
     * @param quoteObject    whether a quotation directly follows the verb ("ha definito «…»")
     */
    public record Frame(How how, Mention mention, int first, int last, boolean reporting, boolean beliefOnly,
                        int contentStart, int contentEnd, boolean quoteObject) {
        public boolean hasContent() {
            return contentStart >= 0;
        }
    }

    /** Prepositions that join a role to the body it belongs to: "ministro dell'Economia", "minister of Defence". */
    private static final java.util.Set<String> OF = java.util.Set.of("di", "del", "dello", "della", "dei", "degli",
            "delle", "dell'", "d'", "of");

    private final Frames f;
    /** Per thread, the last article prepared: the next stage on the same article reuses it. */
    private final ThreadLocal<ArticleFrames> lastPrepared = new ThreadLocal<>();

    public Attributor(Frames frames) {
        this.f = Objects.requireNonNull(frames, "frames");
    }

    /**
     * The article prepared for attribution with this attributor: {@code new ArticleFrames(analyzed, this)},
     * or the same object again when this thread last prepared this very article (the quote stage,
     * then the claim stage of one pipeline run). Holds on to that one article's frames per thread
     * until the next.
     */
    public ArticleFrames prepare(AnalyzedArticle analyzed) {
        ArticleFrames last = lastPrepared.get();
        if (last != null && last.isOf(analyzed)) {
            return last;
        }
        ArticleFrames af = new ArticleFrames(analyzed, this);
        lastPrepared.set(af);
        return af;
    }

    /** The frames of a sentence, in text order. */
    public List<Frame> frames(List<W> words) {
        int n = words.size();
        boolean[] used = new boolean[n];
        List<Frame> out = new ArrayList<>();
        // Relays first: "secondo quanto riferisce la Tass" must not read as the speaker frame "secondo".
        for (int i = 0; i < n; i++) {
            int len = f.relay.matchAt(words, i);
            if (len == 0) {
                continue;
            }
            Mention m = after(words, i + len, true, true, true);
            if (m != null && m.name()) {
                out.add(new Frame(How.RELAY, m, i, i + len, false, false, -1, -1, false));
                for (int k = i; k < i + len; k++) {
                    used[k] = true;
                }
                i += len - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            int len = f.according.matchAt(words, i);
            if (len == 0 || ordinal(words, i)) {
                continue;
            }
            Mention m = after(words, i + len, true, false, false);
            if (m == null) {
                continue;
            }
            int cs = -1;
            int ce = -1;
            int mEnd = indexAfter(words, m);
            int comma = mEnd;
            while (comma < n && !words.get(comma).text().equals(",") && !words.get(comma).isQuote()) {
                comma++;
            }
            if (atClauseStart(words, i) && comma + 1 < n && words.get(comma).text().equals(",")) {
                // "Secondo X [of Y], content": the content starts after the comma that closes the frame
                cs = words.get(comma + 1).start();
                ce = contentEnd(words, n);
            } else if (i > 0 && words.get(i - 1).text().equals(",") && mEnd >= n - 1) {
                cs = words.get(0).start();
                ce = words.get(i - 1).start();
            }
            if (cs >= ce) {
                cs = -1;
                ce = -1;
            }
            out.add(new Frame(How.ACCORDING, m, i, i + len, false, false, cs, ce, false));
            for (int k = i; k < i + len; k++) {
                used[k] = true;
            }
            i += len - 1;
        }
        for (int i = 0; i < n; i++) {
            int vLen = f.verb.matchAt(words, i);
            int oLen = f.opinion.matchAt(words, i);
            int eLen = f.express.matchAt(words, i);
            int len = Math.max(vLen, Math.max(oLen, eLen));
            if (len == 0 || !words.get(i).isWord()) {
                continue;
            }
            if (i > 0 && passive(words.get(i - 1).lower())) {
                continue; // "is said to", "è detto": a passive hedge, not a speaker frame
            }
            boolean belief = vLen < len;
            boolean expressVerb = eLen == len && eLen > vLen;
            boolean overlapsRelay = false;
            for (int k = i; k < i + len; k++) {
                overlapsRelay |= used[k];
            }
            int next = skip(words, i + len, f.filler);
            boolean that = next < n && (words.get(next).lower().equals("che") || words.get(next).lower().equals("that"));
            int q = next;
            while (q < n && (words.get(q).text().equals(":") || words.get(q).text().equals(","))) {
                q++;
            }
            boolean quoteObject = q < n && words.get(q).isQuote();
            Mention m = null;
            How how = How.VERB_BEFORE;
            if (leftIsEmpty(words, i) && !belief && !overlapsRelay) {
                m = after(words, next, false, false, true);
                how = How.VERB_AFTER;
            }
            if (m == null && !(overlapsRelay && leftIsEmpty(words, i))) {
                m = before(words, i);
                how = How.VERB_BEFORE;
                if (m == null && i > 0 && words.get(i - 1).text().equals(",")) {
                    m = apposition(words, i - 1);
                }
            }
            if (m == null) {
                continue;
            }
            int cs = -1;
            int ce = -1;
            if (that && next + 1 < n) {
                cs = words.get(next + 1).start();
                ce = contentEnd(words, n);
            } else if (expressVerb && next < n && words.get(next).isWord()) {
                cs = words.get(next).start();
                ce = contentEnd(words, n);
            }
            if (cs >= ce) {
                cs = -1;
                ce = -1;
            }
            out.add(new Frame(how, m, i, i + len, true, belief, cs, ce, quoteObject));
            i += len - 1;
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return List.copyOf(out);
    }

    /** Whether a mention is a personal pronoun ("he", "lei") that stands for an earlier speaker. */
    public boolean pronoun(Mention m) {
        return m != null && !m.name() && f.pronoun.contains(m.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the sentence opens with a pronoun that points back ("Lo", "Così", "That"). */
    public boolean startsWithAnaphor(List<W> words) {
        return !words.isEmpty() && f.anaphor.matchAt(words, 0) > 0;
    }

    /** Multi-word proper names in the words, with leading articles and titles removed. */
    public List<String> names(List<W> words) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).capitalized()) {
                i++;
                continue;
            }
            int j = nameEnd(words, i);
            int s = i;
            while (s < j && (f.article.matchAt(words, s) > 0 || f.title.matchAt(words, s) > 0)) {
                s += Math.max(f.article.matchAt(words, s), f.title.matchAt(words, s));
            }
            if (s < j && j - s >= 2) {
                out.add(span(words, s, j));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    // --- mentions -------------------------------------------------------------------------------

    /**
     * The mention that starts at word {@code k}: articles and titles are skipped, then a proper name
     * is taken, else (when {@code nameOnly} is false) a short description.
     */
    Mention after(List<W> words, int k, boolean allowPrepositions, boolean nameOnly, boolean needDeterminer) {
        int n = words.size();
        int i = skip(words, k, f.filler);
        if (allowPrepositions) {
            i = skip(words, i, f.preposition);
        }
        boolean determiner = false;
        int a;
        while (i < n && (a = f.article.matchAt(words, i)) > 0) {
            i += a;
            determiner = true;
        }
        int d0 = i;
        int t;
        while (i < n && (t = f.title.matchAt(words, i)) > 0 && !(words.get(i).capitalized() && !titleWordAlone(words, i, t))) {
            i += t;
            determiner = true;
        }
        if (i < n && words.get(i).capitalized()) {
            int e = nameEnd(words, i);
            return new Mention(span(words, i, e), true, words.get(i).start(), words.get(e - 1).end());
        }
        if (nameOnly || needDeterminer && !determiner) {
            return null;
        }
        int e = d0;
        while (e < n && e - d0 < 6 && words.get(e).isWord()
                && !(e > d0 && (f.stop.matchAt(words, e) > 0 || gerund(words.get(e).lower())))) {
            e++;
        }
        while (e > d0 && (f.article.matchAt(words, e - 1) > 0 || f.preposition.matchAt(words, e - 1) > 0
                || f.particle.matchAt(words, e - 1) > 0 || f.stop.matchAt(words, e - 1) > 0)) {
            e--;
        }
        if (e <= d0 || f.stop.matchAt(words, d0) > 0 || f.boundary.matchAt(words, d0) > 0) {
            return null;
        }
        return new Mention(span(words, d0, e), false, words.get(d0).start(), words.get(e - 1).end());
    }

    /** The subject that ends just before word {@code v}: a name nearest the verb, else a description. */
    Mention before(List<W> words, int v) {
        int e = v;
        // clitics and negation between subject and verb ("Putin non ha detto", "X lo ha detto")
        while (e > 0 && words.get(e - 1).isWord() && isClitic(words.get(e - 1).lower())) {
            e--;
        }
        while (e > 0 && f.filler.matchAt(words, e - 1) > 0) {
            e--;
        }
        int s = e;
        while (s > 0 && words.get(s - 1).isWord() && !(f.boundary.matchAt(words, s - 1) > 0
                && !(s - 2 >= 0 && words.get(s - 2).capitalized() && s < e && words.get(s).capitalized()
                && f.particle.matchAt(words, s - 1) > 0))) {
            s--;
        }
        if (s >= e) {
            return null;
        }
        if (words.get(e - 1).capitalized()) {
            int b = e - 1;
            while (b > s && (words.get(b - 1).capitalized()
                    || b - 2 >= s && f.particle.matchAt(words, b - 1) > 0 && words.get(b - 2).capitalized())) {
                b--;
            }
            if (b - 2 >= s && OF.contains(words.get(b - 1).lower()) && !words.get(b - 2).capitalized()
                    && words.get(b - 2).isWord()) {
                // "il ministro dell'Economia", "the minister of Defence": the capitalised word is the
                // complement of a role, and the whole description is the speaker
                int d = s;
                int a;
                while (d < b - 2 && (a = f.article.matchAt(words, d)) > 0) {
                    d += a;
                }
                return new Mention(span(words, d, e), false, words.get(d).start(), words.get(e - 1).end());
            }
            int b2 = b;
            int t;
            while (b2 < e && ((t = f.article.matchAt(words, b2)) > 0 || (t = f.title.matchAt(words, b2)) > 0)
                    && b2 + t < e) {
                b2 += t;
            }
            if (e - b2 == 1 && f.stop.contains(words.get(b2).lower())) {
                return null; // "I said", "We said": the writer, not a speaker the article reports
            }
            // a sentence-initial pronoun ("He said") is capitalised but names no one
            boolean isName = !(e - b2 == 1 && f.pronoun.contains(words.get(b2).lower()));
            return new Mention(span(words, b2, e), isName, words.get(b2).start(), words.get(e - 1).end());
        }
        if (e - s > 6) {
            return null;
        }
        int a;
        while (s < e && (a = f.article.matchAt(words, s)) > 0) {
            s += a;
        }
        if (s >= e || f.stop.matchAt(words, s) > 0 || f.preposition.matchAt(words, s) > 0) {
            return null;
        }
        return new Mention(span(words, s, e), false, words.get(s).start(), words.get(e - 1).end());
    }

    /** "John Kirby, portavoce del …, ha espresso": the subject before an apposition ending at {@code comma}. */
    private Mention apposition(List<W> words, int comma) {
        int p = comma - 1;
        while (p >= 0 && words.get(p).isWord()) {
            p--;
        }
        if (p < 0 || !words.get(p).text().equals(",") || comma - p - 1 > 12 || comma - p - 1 < 1) {
            return null;
        }
        Mention m = before(words, p);
        if (m != null && m.name()) {
            return m;
        }
        Mention inside = after(words, p + 1, false, true, false);
        return inside != null ? inside : m;
    }

    // --- helpers --------------------------------------------------------------------------------

    private boolean titleWordAlone(List<W> words, int i, int len) {
        // a capitalised title word is skipped only when a name follows ("Presidente Putin"),
        // so that an outlet named like a title ("Kremlin" alone) is still a mention
        return i + len < words.size() && words.get(i + len).capitalized();
    }

    private int nameEnd(List<W> words, int i) {
        int n = words.size();
        int e = i + 1;
        while (e < n && e - i < 6) {
            if (words.get(e).capitalized()) {
                e++;
            } else if (f.particle.matchAt(words, e) > 0 && e + 1 < n && words.get(e + 1).capitalized()
                    && !words.get(e).capitalized()) {
                e += 2;
            } else {
                break;
            }
        }
        return e;
    }

    private boolean leftIsEmpty(List<W> words, int v) {
        int i = v - 1;
        while (i >= 0 && words.get(i).isWord() && (f.anaphor.matchAt(words, i) > 0 || isClitic(words.get(i).lower())
                || f.filler.matchAt(words, i) > 0)) {
            i--;
        }
        return i < 0 || !words.get(i).isWord();
    }

    private static boolean passive(String w) {
        return switch (w) {
            case "is", "are", "was", "were", "be", "been", "being", "è", "sono", "viene", "vengono", "stato",
                 "stata", "stati", "state" -> true;
            default -> false;
        };
    }

    private static boolean isClitic(String w) {
        return switch (w) {
            case "lo", "l'", "la", "le", "gli", "ne", "si", "ci", "non", "not", "also", "anche", "poi",
                 "has", "have", "had", "will", "would", "did", "does", "do", "ha", "hanno", "aveva", "avevano" -> true;
            default -> false;
        };
    }

    private boolean ordinal(List<W> words, int i) {
        // "il secondo tentativo": an article before "secondo" makes it the ordinal, not "according to"
        if (i == 0) {
            return false;
        }
        W prev = words.get(i - 1);
        return prev.isWord() && (f.article.matchAt(words, i - 1) > 0 || switch (prev.lower()) {
            case "del", "della", "al", "alla", "nel", "nella", "dal", "dalla", "sul", "sulla", "suo", "sua" -> true;
            default -> false;
        });
    }

    private static boolean atClauseStart(List<W> words, int i) {
        for (int k = 0; k < i; k++) {
            if (words.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    private static int indexAfter(List<W> words, Mention m) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() >= m.end()) {
                return k;
            }
        }
        return words.size();
    }

    private static int contentEnd(List<W> words, int n) {
        int e = n;
        while (e > 0 && !words.get(e - 1).isWord() && !words.get(e - 1).isQuote()) {
            e--;
        }
        return e == 0 ? -1 : words.get(e - 1).end();
    }

    private static int skip(List<W> words, int i, PhraseSet set) {
        int len;
        while (i < words.size() && (len = set.matchAt(words, i)) > 0) {
            i += len;
        }
        return i;
    }

    private static boolean gerund(String w) {
        return w.length() > 5 && (w.endsWith("ando") || w.endsWith("endo") || w.endsWith("ing"));
    }

    private static String span(List<W> words, int s, int e) {
        StringBuilder b = new StringBuilder();
        for (int k = s; k < e; k++) {
            W w = words.get(k);
            if (k > s && w.start() > words.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(w.text());
        }
        return b.toString();
    }
}
