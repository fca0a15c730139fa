package org.annals.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Sentence;
import org.annals.quotes.Attributor.Frame;
import org.annals.quotes.Attributor.How;
import org.annals.quotes.Attributor.Mention;
import org.annals.quotes.Words.W;

/**
 * One article prepared for attribution: its sentences with paragraph and heading membership, its
 * quotations, and each sentence's words (quotations masked) and frames. Built once per article and
 * thread by {@link Attributor#prepare}, for the quote and then the claim extractor; immutable once
 * built (its lists cannot be changed), and never shared between threads by them.
 */
public final class ArticleFrames {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * Who speaks in a sentence and through whom.
     *
     * @param speaker  the speaker's mention, or null
     * @param relays   relay mentions in order (agencies, outlets), never null
     * @param sentence index of the sentence the speaker frame was found in
     * @param frame    the speaker frame, or null
     */
    public record Attribution(Mention speaker, List<Mention> relays, int sentence, Frame frame) {
        public Attribution {
            relays = List.copyOf(relays);
        }
    }

    private final String text;
    private final List<Sentence> sentences;
    private final int[] paragraph;
    private final boolean[] heading;
    private final List<QuoteMarks.Span> spans;
    private final List<List<W>> words;
    private final List<List<Frame>> frames;
    private final Attributor attributor;
    private final List<String> names;
    /** The article these frames are of, not kept alive by them. */
    private final java.lang.ref.WeakReference<AnalyzedArticle> source;

    public ArticleFrames(AnalyzedArticle analyzed, Attributor attributor) {
        this.attributor = attributor;
        this.source = new java.lang.ref.WeakReference<>(analyzed);
        Article article = analyzed.article();
        this.text = article.text();
        this.sentences = analyzed.sentences().isEmpty() ? SimpleSentences.split(text) : analyzed.sentences();
        List<int[]> paragraphs = paragraphs(text);
        Set<String> headings = new HashSet<>();
        article.headings().forEach(h -> headings.add(h.strip()));
        this.spans = new ArrayList<>();
        for (int[] p : paragraphs) {
            spans.addAll(QuoteMarks.find(text, p[0], p[1]));
        }
        int n = sentences.size();
        paragraph = new int[n];
        heading = new boolean[n];
        words = new ArrayList<>(n);
        frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            int p = 0;
            while (p + 1 < paragraphs.size() && paragraphs.get(p + 1)[0] <= s.start()) {
                p++;
            }
            paragraph[i] = p;
            int[] ps = paragraphs.isEmpty() ? new int[] {0, 0} : paragraphs.get(p);
            heading[i] = headings.contains(text.substring(ps[0], Math.min(ps[1], text.length())).strip());
            List<W> w = java.util.Collections.unmodifiableList(Words.of(masked(s), s.start()));
            words.add(w);
            frames.add(attributor.frames(w));
        }
        List<String> found = new ArrayList<>();
        for (List<W> w : words) {
            found.addAll(attributor.names(w));
        }
        this.names = List.copyOf(found);
    }

    /** Whether these are the frames of that very article object. */
    boolean isOf(AnalyzedArticle analyzed) {
        return source.get() == analyzed;
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<QuoteMarks.Span> spans() {
        return java.util.Collections.unmodifiableList(spans);
    }

    public List<W> words(int sentence) {
        return words.get(sentence);
    }

    public List<Frame> frames(int sentence) {
        return frames.get(sentence);
    }

    public boolean heading(int sentence) {
        return heading[sentence];
    }

    public int paragraph(int sentence) {
        return paragraph[sentence];
    }

    /** The index of the sentence that holds {@code offset}, or the nearest one before it. */
    public int sentenceAt(int offset) {
        int best = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() <= offset) {
                best = i;
            }
        }
        return best;
    }

    /** Whether a quotation starts or ends inside the sentence. */
    public boolean hasQuote(int sentence) {
        Sentence s = sentences.get(sentence);
        for (QuoteMarks.Span sp : spans) {
            if (sp.close() > s.start() && sp.open() < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The speaker and relays named by a sentence's own frames, or null when it names no speaker. */
    public Attribution own(int sentence) {
        List<Frame> fs = frames.get(sentence);
        Frame speakerFrame = null;
        for (Frame f : fs) {
            if (f.reporting()) {
                speakerFrame = f;
                break;
            }
        }
        if (speakerFrame == null) {
            for (Frame f : fs) {
                if (f.how() == How.ACCORDING) {
                    speakerFrame = f;
                    break;
                }
            }
        }
        List<Mention> relays = new ArrayList<>();
        for (Frame f : fs) {
            boolean relay = f.how() == How.RELAY || f.how() == How.ACCORDING && f != speakerFrame && f.mention().name();
            if (relay && (speakerFrame == null || !f.mention().equals(speakerFrame.mention()))) {
                relays.add(f.mention());
            }
        }
        if (speakerFrame == null) {
            if (relays.isEmpty()) {
                return null;
            }
            // only an outlet is named ("…», riferisce la Tass"): as far as the article says, it speaks
            return new Attribution(relays.get(0), relays.subList(1, relays.size()), sentence, null);
        }
        return new Attribution(speakerFrame.mention(), relays, sentence, speakerFrame);
    }

    /**
     * A sentence that attributes the one before it: in the same paragraph, without quotations of its
     * own, with a frame among its first words ("Lo ha detto X", "Secondo X", "Così X").
     */
    public Attribution following(int sentence, int next) {
        if (next >= sentences.size() || paragraph[next] != paragraph[sentence] || hasQuote(next)) {
            return null;
        }
        Attribution a = own(next);
        if (a == null) {
            return null;
        }
        int first = a.frame() == null ? 0 : a.frame().first();
        // "Secondo X, <clause>" attributes its own clause, never the sentence before it; only a frame
        // with no content of its own ("Ha detto X.", "Nelle parole di X, sì.") or one that points
        // back ("Lo ha detto X") does.
        boolean ownContent = a.frame() != null && a.frame().hasContent()
                && SPACES.split(text().substring(a.frame().contentStart(), a.frame().contentEnd()).strip()).length >= 4;
        boolean early = attributor.startsWithAnaphor(words.get(next)) && first <= 8 || first <= 4 && !ownContent;
        return early ? a : null;
    }

    /** Relays named by a short sentence right after an attribution ("Lo riferisce la Tass."). */
    public List<Mention> relaySentence(int attributionSentence) {
        int next = attributionSentence + 1;
        if (next >= sentences.size() || paragraph[next] != paragraph[attributionSentence] || hasQuote(next)) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (Frame f : frames.get(next)) {
            if (f.reporting()) {
                return List.of();
            }
            if (f.how() == How.RELAY && f.first() <= 2) {
                out.add(f.mention());
            }
        }
        return out;
    }

    /** Whether the sentence is a pure attribution of its neighbour ("Lo ha detto X, citato dalla Tass."). */
    public boolean attributionOnly(int sentence) {
        List<W> w = words.get(sentence);
        List<Frame> fs = frames.get(sentence);
        return !fs.isEmpty() && attributor.startsWithAnaphor(w) && fs.get(0).first() <= 2 && !hasQuote(sentence);
    }

    /** Multi-word proper names of the whole article. */
    public List<String> names() {
        return names;
    }

    private String masked(Sentence s) {
        char[] chars = text.substring(s.start(), Math.min(s.end(), text.length())).toCharArray();
        for (QuoteMarks.Span sp : spans) {
            int a = Math.max(sp.open(), s.start());
            int b = Math.min(sp.close(), s.end());
            for (int k = a; k < b; k++) {
                chars[k - s.start()] = Words.MASK;
            }
        }
        return new String(chars);
    }

    private static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int brk = text.indexOf("\n\n", start);
            int end = brk < 0 ? n : brk;
            if (end > start && !text.substring(start, end).isBlank()) {
                out.add(new int[] {start, end});
            }
            if (brk < 0) {
                break;
            }
            start = brk + 2;
            while (start < n && text.charAt(start) == '\n') {
                start++;
            }
        }
        return out;
    }
}
