package org.annals.quotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annals.actors.ActorResolver;
import org.annals.actors.NameActorResolver;
import org.annals.model.Actor;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Quote;
import org.annals.model.Quote.Kind;
import org.annals.model.Sentence;
import org.annals.quotes.ArticleFrames.Attribution;
import org.annals.quotes.Attributor.Frame;
import org.annals.quotes.Attributor.How;
import org.annals.quotes.Attributor.Mention;
import org.annals.quotes.Words.W;

/**
 * Quotes by their marks and by attribution frames, for Italian and English.
 *
 * <ul>
 *   <li>Direct and partial quotations in every common mark ({@link QuoteMarks}), attributed by the
 *       frames of their own sentence, else of the next sentence of the paragraph when it opens with a
 *       frame ("Lo ha detto X"); a quotation that stands alone as a sentence may take the frame of
 *       the sentence after next, when the one between has neither quotation nor frame.</li>
 *   <li>Headline quotations: "Speaker: “…”" in the title or a section heading; the relay chain is
 *       the one of the same speaker's first quotation in the body.</li>
 *   <li>Indirect statements: "X ritiene che …", "X warned that …", "X ha espresso …",
 *       "Secondo X, …" — kind {@link Kind#INDIRECT}, the text being the reported content.</li>
 * </ul>
 *
 * <p>Short names take the article's full name ({@link NameIndex}); speakers and relays go through the
 * {@link ActorResolver}, falling back to an actor with the cleaned name when it returns null. The
 * relay chain ends with the article's publisher when known. Unattributed partial quotations of at
 * most three words (scare quotes) are not reported.
 *
 * <p>Frames are read once, by the first extractor built, from {@code frames.it.tsv} and {@code frames.en.tsv}.
 * Immutable and thread-safe; {@link #extract} does no I/O.
 */
public final class FrameQuoteExtractor implements QuoteExtractor {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private final ActorResolver resolver;
    private final Attributor italian;
    private final Attributor english;
    private final Attributor any;

    /**
     * @param resolver resolves speakers and relays; never null
     * @throws IllegalArgumentException when a frames file is malformed (the message names file and line)
     */
    public FrameQuoteExtractor(ActorResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        Attributor[] standard = standard();
        this.italian = standard[0];
        this.english = standard[1];
        this.any = standard[2];
    }

    /** The attributors of the bundled frames (Italian, English, both), once loaded; see {@link #standard()}. */
    private static volatile Attributor[] standard;

    /**
     * The attributors of the bundled frames, loaded by the first extractor and shared by all (they are
     * thread-safe), so that the quote and claim stages prepare an article once ({@link Attributor#prepare}).
     *
     * @throws IllegalArgumentException when a frames file is malformed; the next call tries again
     */
    private static Attributor[] standard() {
        Attributor[] s = standard;
        if (s == null) {
            synchronized (FrameQuoteExtractor.class) {
                s = standard;
                if (s == null) {
                    s = new Attributor[] {new Attributor(Frames.load("it")), new Attributor(Frames.load("en")),
                        new Attributor(Frames.load("it", "en"))};
                    standard = s;
                }
            }
        }
        return s;
    }

    /** The attributor for an article language ("it", "en"; any other or null gets both languages). */
    public Attributor attributor(String language) {
        if ("it".equals(language)) {
            return italian;
        }
        return "en".equals(language) ? english : any;
    }

    private record Raw(String text, Mention speaker, List<Mention> relays, String sentence, Kind kind,
                       int start, int end) {}

    @Override
    public List<Quote> extract(AnalyzedArticle analyzed) {
        Article article = analyzed.article();
        Attributor att = attributor(article.language());
        ArticleFrames af = att.prepare(analyzed);
        String text = af.text();
        List<Sentence> sentences = af.sentences();
        List<Raw> raws = new ArrayList<>();
        if (!sentences.isEmpty()) {
            for (QuoteMarks.Span span : af.spans()) {
                Raw r = marked(af, att, span);
                if (r != null) {
                    raws.add(r);
                }
            }
            for (int i = 0; i < sentences.size(); i++) {
                raws.addAll(indirect(af, i));
            }
        }
        Raw title = titleQuote(article.title(), att);
        if (title != null) {
            raws.add(title);
        }

        raws.sort(Comparator.comparingInt(Raw::start));
        raws = pronouns(raws, att);
        List<String> speakerNames = new ArrayList<>();
        for (Raw r : raws) {
            if (r.kind() != Kind.HEADLINE && r.speaker() != null && r.speaker().name()) {
                speakerNames.add(r.speaker().text());
            }
        }
        NameIndex names = new NameIndex(speakerNames, af.names());
        LocalDate date = article.published() == null ? null : article.published().date();
        Map<String, Actor> cache = new HashMap<>();
        Actor publisher = article.publisher() == null ? null
                : actor(article.publisher(), false, names, article.language(), date, cache);

        List<Quote> quotes = new ArrayList<>();
        for (Raw r : raws) {
            Actor speaker = r.speaker() == null ? null
                    : actor(r.speaker().text(), r.speaker().name(), names, article.language(), date, cache);
            List<Actor> via = new ArrayList<>();
            for (Mention m : r.relays()) {
                Actor relay = actor(m.text(), m.name(), names, article.language(), date, cache);
                if (!via.contains(relay) && !relay.equals(speaker)) {
                    via.add(relay);
                }
            }
            if (publisher != null && (via.isEmpty() || !sameName(via.get(via.size() - 1), publisher))) {
                via.add(publisher);
            }
            quotes.add(new Quote(r.text(), speaker, via, r.sentence(), r.kind(), r.start(), r.end()));
        }
        quotes = headlineRelays(quotes);
        quotes.sort(Comparator.comparingInt(Quote::start));
        return List.copyOf(quotes);
    }

    /** A pronoun speaker ("he said") is the last named speaker before it; none known → no speaker. */
    private static List<Raw> pronouns(List<Raw> raws, Attributor att) {
        List<Raw> out = new ArrayList<>(raws.size());
        Mention last = null;
        for (Raw r : raws) {
            if (att.pronoun(r.speaker())) {
                r = new Raw(r.text(), last, r.relays(), r.sentence(), r.kind(), r.start(), r.end());
            } else if (r.speaker() != null && r.speaker().name() && r.kind() != Kind.HEADLINE) {
                last = r.speaker();
            }
            out.add(r);
        }
        return out;
    }

    // --- marked quotations ----------------------------------------------------------------------

    private Raw marked(ArticleFrames af, Attributor att, QuoteMarks.Span span) {
        String text = af.text();
        int s0 = af.sentenceAt(span.contentStart());
        int s1 = Math.max(s0, af.sentenceAt(span.contentEnd() - 1));
        Sentence first = af.sentences().get(s0);
        Sentence last = af.sentences().get(s1);
        String sentence = text.substring(first.start(), Math.min(last.end(), text.length()));
        String quoted = text.substring(span.contentStart(), span.contentEnd());
        int wordCount = SPACES.split(quoted.strip()).length;
        if (af.heading(s0)) {
            String para = sentence;
            String prefix = text.substring(first.start(), Math.max(first.start(), span.open())).strip();
            Mention speaker = headlineSpeaker(prefix, first.start(), att);
            if (speaker == null && (!prefix.isEmpty() || wordCount < 3)) {
                return null; // a scare quote in a heading
            }
            return new Raw(quoted, speaker, List.of(), para, Kind.HEADLINE, span.contentStart(), span.contentEnd());
        }
        String before = text.substring(first.start(), Math.max(first.start(), span.open())).strip();
        String after = text.substring(Math.min(span.close(), last.end()), Math.max(span.close(), last.end())).strip();
        boolean standalone = before.isEmpty() && after.matches("[.!?…]*");
        boolean direct = before.isEmpty() || before.matches("(?s).*[:,;\u2014\u2013(]")
                || Character.isUpperCase(quoted.codePointAt(0)) && wordCount >= 4;
        Kind kind = direct ? Kind.DIRECT : Kind.PARTIAL;

        Attribution a = af.own(s1);
        if (a == null && s0 != s1) {
            a = af.own(s0);
        }
        if (a == null) {
            a = af.following(s1, s1 + 1);
        }
        if (a == null && standalone && s1 + 2 < af.sentences().size() && !af.hasQuote(s1 + 1)
                && af.frames(s1 + 1).isEmpty() && af.paragraph(s1 + 1) == af.paragraph(s1)) {
            a = af.following(s1, s1 + 2);
        }
        if (a == null) {
            if (kind == Kind.PARTIAL && wordCount <= 3 || wordCount < 2) {
                return null; // scare quotes: words the article marks but no one is said to have said
            }
            return new Raw(quoted, null, List.of(), sentence, kind, span.contentStart(), span.contentEnd());
        }
        List<Mention> relays = new ArrayList<>(a.relays());
        relays.addAll(af.relaySentence(a.sentence()));
        return new Raw(quoted, a.speaker(), relays, sentence, kind, span.contentStart(), span.contentEnd());
    }

    private static Mention headlineSpeaker(String prefix, int base, Attributor att) {
        if (!prefix.endsWith(":")) {
            return null;
        }
        String head = prefix.substring(0, prefix.length() - 1).strip();
        if (head.isEmpty() || SPACES.split(head).length > 6) {
            return null;
        }
        List<W> words = Words.of(head, base);
        Mention m = att.after(words, 0, false, false, false);
        if (m == null) {
            return null;
        }
        return m;
    }

    private Raw titleQuote(String title, Attributor att) {
        if (title == null) {
            return null;
        }
        for (QuoteMarks.Span span : QuoteMarks.find(title, 0, title.length())) {
            String prefix = title.substring(0, span.open()).strip();
            Mention speaker = headlineSpeaker(prefix, 0, att);
            if (speaker != null) {
                // the title is not part of the text: no offsets
                return new Raw(title.substring(span.contentStart(), span.contentEnd()), speaker, List.of(), title,
                        Kind.HEADLINE, -1, -1);
            }
        }
        return null;
    }

    // --- indirect statements --------------------------------------------------------------------

    private List<Raw> indirect(ArticleFrames af, int i) {
        if (af.heading(i)) {
            return List.of();
        }
        List<Raw> out = new ArrayList<>();
        List<Frame> frames = af.frames(i);
        for (Frame f : frames) {
            if (!f.hasContent() || f.how() == How.RELAY || f.mention() == null) {
                continue;
            }
            if (overlapsQuote(af, f.contentStart(), f.contentEnd())) {
                continue; // the direct quotation already reports these words
            }
            String content = af.text().substring(f.contentStart(), f.contentEnd()).strip();
            if (SPACES.split(content).length < 4) { // "sembra di sì" is a comment, not a statement
                continue;
            }
            List<Mention> relays = new ArrayList<>();
            for (Frame g : frames) {
                if (g != f && (g.how() == How.RELAY || g.how() == How.ACCORDING && g.mention().name()
                        && !g.mention().equals(f.mention()))) {
                    relays.add(g.mention());
                }
            }
            relays.addAll(af.relaySentence(i));
            Sentence s = af.sentences().get(i);
            out.add(new Raw(content, f.mention(), relays, s.text(), Kind.INDIRECT, f.contentStart(), f.contentEnd()));
            break; // one reported statement a sentence: the first frame governs the clause
        }
        return out;
    }

    private static boolean overlapsQuote(ArticleFrames af, int start, int end) {
        for (QuoteMarks.Span sp : af.spans()) {
            if (sp.open() < end && sp.close() > start) {
                return true;
            }
        }
        return false;
    }

    // --- actors ---------------------------------------------------------------------------------

    private Actor actor(String mention, boolean name, NameIndex names, String language, LocalDate date,
                        Map<String, Actor> cache) {
        String form = name ? names.expand(mention) : mention;
        return cache.computeIfAbsent(form, k -> {
            Actor a = resolver.resolve(k, language, date);
            if (a != null) {
                return a;
            }
            String cleaned = NameActorResolver.clean(k);
            return new Actor(cleaned.isEmpty() ? k.strip() : cleaned, null, null);
        });
    }

    private static boolean sameName(Actor a, Actor b) {
        return a.name().equalsIgnoreCase(b.name());
    }

    /** Headline quotes take the relay chain of the same speaker's first body quote after them (else before). */
    private static List<Quote> headlineRelays(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            if (q.kind() == Kind.HEADLINE && q.speaker() != null) {
                Quote after = null;
                Quote any = null;
                for (Quote b : quotes) {
                    if (b.kind() != Kind.HEADLINE && q.speaker().equals(b.speaker())) {
                        any = any == null ? b : any;
                        if (after == null && b.start() > q.start()) {
                            after = b;
                        }
                    }
                }
                Quote source = after != null ? after : any;
                if (source != null && source.via().size() > q.via().size()) {
                    q = new Quote(q.text(), q.speaker(), source.via(), q.sentence(), q.kind(), q.start(), q.end());
                }
            }
            out.add(q);
        }
        return out;
    }
}
