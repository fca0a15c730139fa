package org.annals.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.annals.actors.ActorResolver;
import org.annals.actors.NameActorResolver;
import org.annals.model.Actor;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.Quantity;
import org.annals.model.Sentence;
import org.annals.model.Status;
import org.annals.model.Token;
import org.annals.quotes.ArticleFrames;
import org.annals.quotes.ArticleFrames.Attribution;
import org.annals.quotes.Attributor;
import org.annals.quotes.Attributor.Frame;
import org.annals.quotes.Attributor.Mention;
import org.annals.quotes.FrameQuoteExtractor;
import org.annals.quotes.NameIndex;
import org.annals.quotes.PhraseSet;
import org.annals.quotes.Words;
import org.annals.quotes.Words.W;

/**
 * Claims sentence by sentence, for Italian and English. A sentence (section headings and questions
 * aside) is a claim when it is attributed — by its own frame ("Secondo X, …", "X ha detto che …",
 * "according to X", "X said …") or by the next sentence ("Lo ha detto X") — or when it states a
 * quantity ({@link QuantityParser}). A frame whose verb only introduces a quotation ("ha definito
 * «…»") or voices a feeling ("ha espresso preoccupazione") does not make a claim of the sentence.
 * The claim's text is the reported clause when the frame sets it off, else the sentence.
 *
 * <p>Status, first rule that applies: a denial verb → NEGATED; an allegation marker ("presunto",
 * "reportedly", "avrebbe", "would have") → ALLEGED; a modal hedge ("potrebbe", "could", "may") →
 * HYPOTHETICAL; a conditional verb (token feature Mood=Cnd, else Italian endings -rebbe, -rebbero,
 * -rei, -remmo) → ALLEGED when attributed, HYPOTHETICAL when not; an intention marker ("prevede di",
 * "plans to", "will") or a future verb (Tense=Fut, else Italian endings -rà, -ranno, -rò) → PLANNED;
 * a negation → NEGATED; attributed → REPORTED; else ASSERTED.
 *
 * <p>Words come from {@code claims.it.tsv}/{@code claims.en.tsv} and frames from the quote stage's
 * files, read once at construction. Immutable and thread-safe; {@link #extract} does no I/O.
 */
public final class FrameClaimExtractor implements ClaimExtractor {
    private static final Pattern CONDITIONAL = Pattern.compile("\\p{L}{2,}(rebbe|rebbero|remmo|reste)|\\p{L}{3,}rei");
    private static final Pattern FUTURE = Pattern.compile("\\p{L}{2,}(rà|ranno|rò)");
    private static final Pattern FINAL_STOPS = Pattern.compile("[.;:]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final ActorResolver resolver;
    private final FrameQuoteExtractor frames;
    private final ClaimWords italian;
    private final ClaimWords english;
    private final ClaimWords any;

    /**
     * @param resolver resolves sources; never null
     * @throws IllegalArgumentException when a word or frames file is malformed (naming file and line)
     */
    public FrameClaimExtractor(ActorResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.frames = new FrameQuoteExtractor(resolver);
        this.italian = ClaimWords.load("it");
        this.english = ClaimWords.load("en");
        this.any = ClaimWords.load("it", "en");
    }

    private ClaimWords words(String language) {
        if ("it".equals(language)) {
            return italian;
        }
        return "en".equals(language) ? english : any;
    }

    @Override
    public List<Claim> extract(AnalyzedArticle analyzed) {
        Article article = analyzed.article();
        String lang = article.language();
        Attributor att = frames.attributor(lang);
        ClaimWords cw = words(lang);
        QuantityParser quantities = new QuantityParser(cw, lang);
        ArticleFrames af = att.prepare(analyzed);
        List<Sentence> sentences = af.sentences();

        List<String> speakerNames = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (Frame f : af.frames(i)) {
                if (f.mention().name()) {
                    speakerNames.add(f.mention().text());
                }
            }
        }
        NameIndex names = new NameIndex(speakerNames, af.names());
        LocalDate date = article.published() == null ? null : article.published().date();
        Map<String, Actor> cache = new HashMap<>();

        List<Claim> out = new ArrayList<>();
        Mention lastNamed = null;
        for (int i = 0; i < sentences.size(); i++) {
            Mention named = lastNamed;
            Attribution mine = af.own(i);
            if (mine != null && mine.speaker().name()) {
                lastNamed = mine.speaker();
            }
            Sentence s = sentences.get(i);
            String st = s.text().strip();
            if (af.heading(i) || st.endsWith("?") || af.attributionOnly(i)) {
                continue;
            }
            Attribution a = af.own(i);
            if (a != null && a.frame() != null && (a.frame().quoteObject() || a.frame().beliefOnly()
                    && !a.frame().hasContent())) {
                a = null;
            }
            if (a != null && a.frame() != null && a.frame().beliefOnly() && expressOnly(a.frame(), af, i)) {
                a = null;
            }
            if (a == null) {
                a = af.following(i, i + 1);
            }
            String content = st;
            int cs = s.start();
            int ce = s.end();
            if (a != null && a.frame() != null && a.frame().hasContent() && a.sentence() == i) {
                cs = a.frame().contentStart();
                ce = a.frame().contentEnd();
                content = af.text().substring(cs, ce).strip();
            }
            content = FINAL_STOPS.matcher(content).replaceAll("").strip();
            List<Quantity> qs = quantities.parse(content);
            boolean attributed = a != null && SPACES.split(content).length >= 4;
            if (!attributed && qs.isEmpty()) {
                continue;
            }
            Actor source = null;
            if (attributed && att.pronoun(a.speaker())) {
                // "he said that …": the last speaker named before; none → attributed to an unknown source
                a = named == null ? null : new Attribution(named, a.relays(), a.sentence(), a.frame());
            }
            if (attributed && a != null) {
                String mention = a.speaker().name() ? names.expand(a.speaker().text()) : a.speaker().text();
                source = cache.computeIfAbsent(mention, k -> {
                    Actor r = resolver.resolve(k, lang, date);
                    return r != null ? r : new Actor(NameActorResolver.clean(k).isEmpty() ? k : NameActorResolver.clean(k), null, null);
                });
            }
            Status status = status(s, cs, ce, cw, attributed, lang);
            out.add(new Claim(content, source, status, qs, s.text(), s.start(), s.end()));
        }
        return List.copyOf(out);
    }

    private static boolean expressOnly(Frame f, ArticleFrames af, int i) {
        // "X ha espresso preoccupazione per …" voices a feeling: reported speech, not a factual claim
        List<W> w = af.words(i);
        return f.last() > 0 && f.last() <= w.size() && !(f.last() < w.size()
                && (w.get(f.last()).lower().equals("che") || w.get(f.last()).lower().equals("that")));
    }

    /**
     * The status of a claim from the words of its content span [{@code from}, {@code to}) in the
     * article text, quoted words left out: "not" inside a quotation is the speaker's wording, not a
     * denial of the claim.
     */
    static Status status(Sentence s, int from, int to, ClaimWords cw, boolean attributed, String language) {
        String unquoted = withoutQuotations(s.text());
        int a = Math.max(0, from - s.start());
        int b = Math.min(unquoted.length(), Math.max(a, to - s.start()));
        List<W> ws = Words.of(unquoted.substring(a, b), s.start() + a);
        List<Token> tokens = s.tokens().stream()
                .filter(t -> t.start() >= s.start() + a && t.end() <= s.start() + b
                        && unquoted.charAt(t.start() - s.start()) != ' ')
                .toList();
        return status(new Sentence(s.text(), s.start(), s.end(), tokens), ws, cw, attributed, language);
    }

    /** The text with every character inside quotation marks (the marks included) replaced by a space. */
    static String withoutQuotations(String text) {
        char[] out = text.toCharArray();
        char close = 0;
        boolean straight = false;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (close == 0) {
                if (c == '“' || c == '«' || c == '„' || c == '"') {
                    close = c == '“' ? '”' : c == '«' ? '»' : c == '„' ? '“' : '"';
                    straight = c == '"';
                    out[i] = ' ';
                }
            } else {
                out[i] = ' ';
                if (c == close || !straight && c == '”') {
                    close = 0;
                }
            }
        }
        return close == 0 ? new String(out) : text; // an unclosed mark hides nothing
    }

    /** The status of a sentence; see the class comment for the order of the rules. */
    static Status status(Sentence s, List<W> ws, ClaimWords cw, boolean attributed, String language) {
        if (has(ws, cw.deny)) {
            return Status.NEGATED;
        }
        if (has(ws, cw.alleged)) {
            return Status.ALLEGED;
        }
        if (has(ws, cw.hedge)) {
            return Status.HYPOTHETICAL;
        }
        boolean italianSurface = language == null || "it".equals(language);
        if (feature(s, "Mood", "Cnd") || s.tokens().isEmpty() && italianSurface && matches(ws, CONDITIONAL)) {
            return attributed ? Status.ALLEGED : Status.HYPOTHETICAL;
        }
        if (has(ws, cw.planned) || feature(s, "Tense", "Fut")
                || s.tokens().isEmpty() && italianSurface && matches(ws, FUTURE)) {
            return Status.PLANNED;
        }
        if (has(ws, cw.negation)) {
            return Status.NEGATED;
        }
        return attributed ? Status.REPORTED : Status.ASSERTED;
    }

    private static boolean has(List<W> ws, PhraseSet set) {
        for (int i = 0; i < ws.size(); i++) {
            // a capitalised word inside the sentence is a name or a month ("May"), not a marker
            if (set.matchAt(ws, i) > 0 && !(i > 0 && ws.get(i).capitalized())) {
                return true;
            }
        }
        return false;
    }

    private static boolean feature(Sentence s, String name, String value) {
        for (Token t : s.tokens()) {
            if (value.equals(t.feature(name))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<W> ws, Pattern p) {
        for (W w : ws) {
            if (w.isWord() && p.matcher(w.lower()).matches() && !w.lower().equals("però")
                    && !w.lower().equals("tiranno")) {
                return true;
            }
        }
        return false;
    }
}
