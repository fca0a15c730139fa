package org.annals.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annals.actors.ActorMatcher;
import org.annals.actors.ActorMention;
import org.annals.actors.ArticleReferences;
import org.annals.events.Clauses.Clause;
import org.annals.events.SentenceReader.ArgSeed;
import org.annals.events.SentenceReader.Trigger;
import org.annals.events.Words.Word;
import org.annals.model.Actor;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.model.Sentence;
import org.annals.model.Status;
import org.annals.model.TimeExpression;

/**
 * A shallow CAMEO/PLOVER event coder in the TABARI/PETRARCH tradition, for Italian and English.
 *
 * <p>For each sentence (headings excepted: they are titles or quotes, not reports): split into
 * clauses; find trigger verbs and event nouns from the language's pattern file, with their
 * complement conditions; take the source from the subject (an omitted Italian subject from the
 * previous clause or sentence, the agent of a passive, "da parte di X"/"by X", "di X"/"X's" for
 * nouns) and the target from the object or the complement the pattern names; code one event per
 * source–target pair, both ways for mutual acts; decide status, date and place; finally merge
 * repeated events of the article with a mention count.
 *
 * <p>Precision guards: no event without a trigger pattern and a resolved source; a target slot that
 * holds a thing rather than an actor drops the event or falls to the pattern's figurative code;
 * an actor never acts on itself.
 *
 * <p>Immutable and thread-safe; no I/O after construction.
 */
public final class CameoEventCoder implements EventCoder {
    private static volatile CameoEventCoder standard;
    private static final List<String> LANGUAGES = List.of("it", "en");
    private static final Set<String> ANAPHORIC_NOUNS = Set.of("quella", "quello", "quelle", "quelli", "that", "those");
    private static final List<Status> CERTAINTY = List.of(Status.ASSERTED, Status.REPORTED, Status.PLANNED,
            Status.ALLEGED, Status.HYPOTHETICAL, Status.NEGATED);

    private final ActorMatcher matcher;
    private final Codebook codebook;
    private final Map<String, PatternDictionary> patterns;

    CameoEventCoder(ActorMatcher matcher, Codebook codebook, Map<String, PatternDictionary> patterns) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.patterns = Map.copyOf(patterns);
    }

    /** The coder over the shipped codebook, pattern files and actor dictionaries, built once. */
    public static CameoEventCoder standard() {
        CameoEventCoder c = standard;
        if (c == null) {
            synchronized (CameoEventCoder.class) {
                if (standard == null) {
                    Codebook book = Codebook.standard();
                    Map<String, PatternDictionary> dicts = new HashMap<>();
                    for (String lang : LANGUAGES) {
                        String file = "patterns." + lang + ".tsv";
                        dicts.put(lang, PatternDictionary.parse(file, Codebook.resource(file), lang, book));
                    }
                    standard = new CameoEventCoder(ActorMatcher.standard(), book, dicts);
                }
                c = standard;
            }
        }
        return c;
    }

    /** Number of pattern lines for a language (0 when it has none). */
    public int patternCount(String language) {
        PatternDictionary d = patterns.get(language);
        return d == null ? 0 : d.size();
    }

    @Override
    public List<Event> code(AnalyzedArticle analyzed, List<TimeExpression> times) {
        Article a = analyzed.article();
        String lang = a.language();
        PatternDictionary dict = lang == null ? null : patterns.get(lang);
        if (dict == null) {
            return List.of();
        }
        LocalDate published = a.published() == null ? null : a.published().date();
        return code(analyzed.sentences(), lang, published, times == null ? List.of() : times,
                new HashSet<>(a.headings()), dict);
    }

    private List<Event> code(List<Sentence> sentences, String lang, LocalDate published, List<TimeExpression> times,
            Set<String> headings, PatternDictionary dict) {
        // Actors first, over the whole article: references ("i due leader") need what came before.
        List<List<ActorMention>> perSentence = new ArrayList<>();
        List<ActorMention> all = new ArrayList<>();
        for (Sentence s : sentences) {
            List<ActorMention> m = matcher.find(s, lang, published);
            perSentence.add(m);
            all.addAll(m);
        }
        List<ArticleReferences.Resolved> resolved = ArticleReferences.resolve(all);
        Map<ActorMention, List<Actor>> actorsOf = new java.util.IdentityHashMap<>();
        for (ArticleReferences.Resolved r : resolved) {
            actorsOf.put(r.mention(), r.actors());
        }
        Grammar g = Grammar.of(lang);
        ArticleState st = new ArticleState(published);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<ArgSeed> seeds = new ArrayList<>();
            for (ActorMention m : perSentence.get(i)) {
                seeds.add(new ArgSeed(m, actorsOf.getOrDefault(m, List.of())));
            }
            List<TimeExpression> own = new ArrayList<>();
            for (TimeExpression t : times) {
                if (t.start() >= s.start() && t.end() <= s.end()) {
                    own.add(t);
                }
            }
            SentenceReader r = new SentenceReader(Words.of(s), seeds, own, g);
            boolean heading = headings.contains(s.text().strip());
            new SentenceCoder(this, dict, g, r, s, own, st, heading).run();
        }
        return merge(st.drafts);
    }

    Codebook codebook() {
        return codebook;
    }

    /** What the coder carries from sentence to sentence within one article. */
    static final class ArticleState {
        final LocalDate published;
        final List<Draft> drafts = new ArrayList<>();
        /** The subject an Italian clause without one inherits; null after a clause with a non-actor subject. */
        List<Actor> carried;
        /** Actors of the previous sentence, for "queste relazioni". */
        List<Actor> previousActors = List.of();
        /** Drafts of the previous sentence start here, for "Lo ha detto X". */
        int previousStart;
        /** Source + code → its targets so far with counts, for "la visita di Putin". */
        final Map<String, LinkedHashMap<Actor, Integer>> recall = new HashMap<>();

        void remember(String key, Actor target) {
            LinkedHashMap<Actor, Integer> m = recall.computeIfAbsent(key, k -> new LinkedHashMap<>());
            Integer n = m.remove(target);
            m.put(target, n == null ? 1 : n + 1);
        }

        /** The source's most frequent target for the code, the latest on a tie; or null. */
        Actor recalled(String key) {
            LinkedHashMap<Actor, Integer> m = recall.get(key);
            Actor best = null;
            int most = 0;
            if (m != null) {
                for (Map.Entry<Actor, Integer> e : m.entrySet()) {
                    if (e.getValue() >= most) {
                        most = e.getValue();
                        best = e.getKey();
                    }
                }
            }
            return best;
        }

        ArticleState(LocalDate published) {
            this.published = published;
        }
    }

    /** An event under construction; status and attribution may change when a later sentence attributes it. */
    static final class Draft {
        Actor source;
        Actor target;
        String code;
        String date;
        String dateSource;
        Status status;
        Location location;
        String sentence;
        String evidence;
        String pattern;
        Actor attribution;
    }

    private List<Event> merge(List<Draft> drafts) {
        Map<List<Object>, List<Draft>> groups = new LinkedHashMap<>();
        for (Draft d : drafts) {
            groups.computeIfAbsent(java.util.Arrays.asList(d.source, d.target, d.code, d.date), k -> new ArrayList<>())
                    .add(d);
        }
        List<Event> out = new ArrayList<>();
        for (List<Draft> group : groups.values()) {
            Draft best = group.get(0);
            for (Draft d : group) {
                if (CERTAINTY.indexOf(d.status) < CERTAINTY.indexOf(best.status)) {
                    best = d;
                }
            }
            Codebook.Entry e = codebook.get(best.code);
            out.add(new Event(best.source, best.target, best.code, e.plover(), e.goldstein(), best.date, best.status,
                    best.location, best.sentence, best.evidence, e.quadClass(), best.pattern, group.size(),
                    best.dateSource, best.attribution));
        }
        return List.copyOf(out);
    }

    /** Triggers of a sentence: pattern matches, most specific pattern per word, no overlaps. */
    static List<Trigger> triggers(SentenceReader r, PatternDictionary dict, List<Clause> clauses) {
        List<Trigger> out = new ArrayList<>();
        List<Word> words = r.words;
        Grammar g = r.g;
        int i = 0;
        int consumed = -1;
        while (i < words.size()) {
            Word w = words.get(i);
            // A complement belongs to its verb: "imposto sanzioni", "offered talks" code one event, not two.
            if (w.punct() || r.argAt[i] >= 0 || i == consumed) {
                i++;
                continue;
            }
            Clause c = clauseOf(clauses, i);
            Trigger t = match(r, dict, i, c);
            if (t != null && i == consumed + 1 && t.pattern().kind() != Pattern.Kind.NOUN) {
                t = null; // "an atomic bomb", "chemical weapons": a noun after the complement, not a verb
            }
            if (t == null && ANAPHORIC_NOUNS.contains(w.key()) && i + 1 < words.size()
                    && ("di".equals(g.preposition(words.get(i + 1).key())) || words.get(i + 1).key().equals("of"))) {
                Pattern p = lastNounInSentence(out);
                if (p != null) {
                    t = new Trigger(i, i + 1, p, i + 1);
                }
            }
            if (t != null) {
                out.add(t);
                if (t.complementEnd() > t.end()) {
                    consumed = t.complementEnd() - 1;
                }
                i = t.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static Pattern lastNounInSentence(List<Trigger> ts) {
        for (int k = ts.size() - 1; k >= 0; k--) {
            if (ts.get(k).pattern().kind() == Pattern.Kind.NOUN) {
                return ts.get(k).pattern();
            }
        }
        return null;
    }

    static Clause clauseOf(List<Clause> clauses, int i) {
        for (Clause c : clauses) {
            if (c.contains(i)) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }

    /** Words after a trigger where its complement may stand. */
    private static final int COMPLEMENT_WINDOW = 6;

    private static Trigger match(SentenceReader r, PatternDictionary dict, int i, Clause c) {
        List<Word> words = r.words;
        Word w = words.get(i);
        List<Pattern> cands = dict.candidates(w.key(), w.lemma());
        if (cands.isEmpty()) {
            return null;
        }
        boolean nounContext = nounContext(r, i);
        boolean hasVerb = false;
        boolean hasNoun = false;
        for (Pattern p : cands) {
            hasVerb |= p.kind() != Pattern.Kind.NOUN;
            hasNoun |= p.kind() == Pattern.Kind.NOUN;
        }
        List<Trigger> found = new ArrayList<>();
        for (Pattern p : cands) {
            if (!kindFits(p, w, nounContext, hasVerb, hasNoun)
                    || (!found.isEmpty() && p.kind() != found.get(0).pattern().kind())) {
                continue;
            }
            int end = i + 1;
            boolean ok = true;
            for (String rest : p.rest()) {
                if (end < c.to() && words.get(end).key().equals(rest)) {
                    end++;
                } else {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                continue;
            }
            if (p.reflexive() && !reflexiveClitic(r, i)) {
                continue;
            }
            int complementEnd = end;
            if (!p.complement().isEmpty()) {
                int at = -1;
                int seen = 0;
                for (int j = end; j < c.to() && seen < COMPLEMENT_WINDOW; j++) {
                    Word x = words.get(j);
                    if (x.punct() && !x.quote()) {
                        break;
                    }
                    if (p.complementMatches(x.key()) || (x.lemma() != null && p.complementMatches(x.lemma()))) {
                        at = j;
                        break;
                    }
                    if (!x.quote()) {
                        seen++;
                    }
                }
                if (at < 0) {
                    continue;
                }
                complementEnd = at + 1;
            }
            found.add(new Trigger(i, end, p, complementEnd));
        }
        if (found.isEmpty()) {
            return null;
        }
        Trigger first = found.get(0);
        return new Trigger(first.at(), first.end(), first.pattern(), first.complementEnd(),
                List.copyOf(found.subList(1, found.size())));
    }

    /** A determiner or a preposition just before the word: "la visita", "della firma", "the attack". */
    static boolean nounContext(SentenceReader r, int i) {
        if (i == 0) {
            return false;
        }
        String k = r.words.get(i - 1).key();
        String self = r.words.get(i).key();
        if (r.g.preposition(k) != null && r.g.language.equals("it") && (self.endsWith("are") || self.endsWith("ere")
                || self.endsWith("ire") || self.endsWith("rsi"))) {
            return false; // an infinitive after a preposition: "a fornire", "di inviare"
        }
        if (r.g.language.equals("it") && (k.equals("la") || k.equals("le") || k.equals("lo"))) {
            // "la visita" but "la firma" as "signs it": an article before a trigger reads as a noun
            // unless an actor precedes it directly ("Putin la firma").
            return i < 2 || r.argAt[i - 2] < 0;
        }
        return r.g.determiner(k) || (r.g.preposition(k) != null && !k.equals("to")) || k.equals("s");
    }

    private static boolean kindFits(Pattern p, Word w, boolean nounContext, boolean hasVerb, boolean hasNoun) {
        if (w.upos() != null) {
            return switch (p.kind()) {
                case NOUN -> w.upos().equals("NOUN") || w.upos().equals("PROPN");
                case VERB, FRAME -> w.upos().equals("VERB") || w.upos().equals("AUX") || w.upos().equals("ADJ");
            };
        }
        if (p.kind() == Pattern.Kind.NOUN) {
            return nounContext || !hasVerb;
        }
        return !nounContext;
    }

    private static boolean reflexiveClitic(SentenceReader r, int i) {
        String k = r.words.get(i).key();
        if (k.endsWith("si") || k.endsWith("ci")) {
            return true;
        }
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String x = r.words.get(j).key();
            if (x.equals("si") || x.equals("ci") || x.equals("mi") || x.equals("ti") || x.equals("vi")) {
                return true;
            }
        }
        return false;
    }
}
