package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.events.CameoEventCoder.ArticleState;
import org.annals.events.CameoEventCoder.Draft;
import org.annals.events.Clauses.Clause;
import org.annals.events.SentenceReader.Arg;
import org.annals.events.SentenceReader.Trigger;
import org.annals.events.Words.Word;
import org.annals.model.Actor;
import org.annals.model.Location;
import org.annals.model.Sentence;
import org.annals.model.Status;
import org.annals.model.TimeExpression;

/**
 * Codes the events of one sentence into the article's drafts: attribution, clause subjects, then
 * source, target, status, date and place of each trigger. One instance per sentence, not shared.
 */
final class SentenceCoder {
    /** How far (in words) a bare object may stand from its verb. */
    private static final int OBJECT_REACH = 8;

    private final CameoEventCoder coder;
    private final PatternDictionary dict;
    private final Grammar g;
    private final SentenceReader r;
    private final List<Word> words;
    private final Sentence sentence;
    private final List<TimeExpression> times;
    private final ArticleState st;
    private final boolean heading;

    private List<Clause> clauses;
    private List<Trigger> events;
    private List<Trigger> frames;
    /** Per clause: who it is attributed to (speaker of a frame), or null. */
    private Actor[] reportedBy;
    private boolean[] attributed;
    /** Per clause: its subject's actors; null when none or a non-actor subject. */
    private List<List<Actor>> subjects;
    private Actor sentenceAttribution;
    private boolean sentenceAttributed;
    /** Event nouns that name the object of a statement ("condemned the attack of X"): no event of their own. */
    private final List<Trigger> nested = new ArrayList<>();
    private boolean hearsay;

    SentenceCoder(CameoEventCoder coder, PatternDictionary dict, Grammar g, SentenceReader r, Sentence sentence,
            List<TimeExpression> times, ArticleState st, boolean heading) {
        this.coder = coder;
        this.dict = dict;
        this.g = g;
        this.r = r;
        this.words = r.words;
        this.sentence = sentence;
        this.times = times;
        this.st = st;
        this.heading = heading;
    }

    void run() {
        int before = st.drafts.size();
        if (!words.isEmpty() && !heading) {
            clauses = Clauses.split(words, g, this::verbish, this::frameWord);
            List<Trigger> all = CameoEventCoder.triggers(r, dict, clauses);
            events = new ArrayList<>();
            frames = new ArrayList<>();
            for (Trigger t : all) {
                (t.pattern().kind() == Pattern.Kind.FRAME ? frames : events).add(t);
            }
            // What is asked, demanded, threatened or promised ("urged Iran to release") is not an act.
            events.removeIf(this::requestedAct);
            attribution();
            subjects();
            for (Trigger t : events) {
                code(t);
            }
        }
        List<Actor> seen = new ArrayList<>();
        for (Arg a : r.args) {
            for (Actor x : a.actors()) {
                if (!seen.contains(x)) {
                    seen.add(x);
                }
            }
        }
        st.previousActors = seen;
        st.previousStart = before;
    }

    // ------------------------------------------------------------------ word classes

    private boolean verbish(int i) {
        Word w = words.get(i);
        if (w.upos() != null) {
            return w.upos().equals("VERB") || w.upos().equals("AUX");
        }
        String k = w.key();
        if (g.passiveAux.contains(k) || g.modals.contains(k) || (g.auxiliaries.contains(k) && !g.clitics.contains(k)
                && k.length() > 1 && !g.negations.contains(k))) {
            return g.auxiliaries.contains(k) ? isAuxVerb(k) : true;
        }
        if (r.argAt[i] >= 0) {
            return false;
        }
        for (Pattern p : dict.candidates(k, w.lemma())) {
            if (p.kind() != Pattern.Kind.NOUN && !CameoEventCoder.nounContext(r, i)) {
                return true;
            }
        }
        return false;
    }

    /** Auxiliaries proper, as opposed to the adverbs the auxiliary set also lets through. */
    private boolean isAuxVerb(String k) {
        return g.passiveAux.contains(k) || g.conditionalAux.contains(k) || k.startsWith("ha") || k.startsWith("av")
                || k.equals("ho") || k.equals("abbiamo") || k.equals("sono") || k.startsWith("sta") || k.equals("will")
                || k.equals("would") || k.equals("did") || k.equals("does") || k.equals("do") || k.equals("has")
                || k.equals("have") || k.equals("had");
    }

    private boolean frameWord(int i) {
        Word w = words.get(i);
        for (Pattern p : dict.candidates(w.key(), w.lemma())) {
            if (p.kind() == Pattern.Kind.FRAME && !CameoEventCoder.nounContext(r, i)) {
                return true;
            }
        }
        return false;
    }

    private int clauseIndex(int i) {
        for (int c = 0; c < clauses.size(); c++) {
            if (clauses.get(c).contains(i)) {
                return c;
            }
        }
        return clauses.size() - 1;
    }

    // ------------------------------------------------------------------ attribution

    private void attribution() {
        reportedBy = new Actor[clauses.size()];
        attributed = new boolean[clauses.size()];
        for (Arg a : r.args) {
            if ("secondo".equals(a.prep()) || "according".equals(a.prep())) {
                sentenceAttributed = true;
                if (sentenceAttribution == null) {
                    sentenceAttribution = a.actors().get(0);
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String k = words.get(i).key();
            if (g.attributionOpeners.contains(k)) {
                sentenceAttributed = true;
                // "secondo quanto riferisce la Tass": the actor after the speech verb.
                if (sentenceAttribution == null) {
                    for (int j = i + 1; j < Math.min(words.size(), i + 6); j++) {
                        Arg a = r.argStartingAt(j);
                        if (a != null) {
                            sentenceAttribution = a.actors().get(0);
                            break;
                        }
                    }
                }
            }
            hearsay |= g.hearsay.contains(k);
        }
        for (Trigger f : frames) {
            int ci = clauseIndex(f.at());
            Clause c = clauses.get(ci);
            Arg speaker = speaker(f, c);
            Actor who = speaker == null ? null : speaker.actors().get(0);
            boolean back = false;
            for (int j = c.from(); j < f.at() && f.at() - c.from() <= 3; j++) {
                String k = words.get(j).key();
                back |= k.equals("lo") || k.equals("l") || k.equals("it") || k.equals("this") || k.equals("cosi")
                        || k.equals("so");
            }
            if (back && ci == 0 && who != null) {
                // "Lo ha detto X": the previous sentence is X's.
                for (int d = st.previousStart; d < st.drafts.size(); d++) {
                    Draft dr = st.drafts.get(d);
                    if (dr.status == Status.ASSERTED) {
                        dr.status = Status.REPORTED;
                    }
                    if (dr.attribution == null) {
                        dr.attribution = who;
                    }
                }
                continue;
            }
            boolean content = false;
            for (int cj = ci + 1; cj < clauses.size(); cj++) {
                if (clauses.get(cj).kind() == Clauses.Kind.CONTENT) {
                    content = true;
                }
                if (content) {
                    if (clauses.get(cj).kind() == Clauses.Kind.MAIN) {
                        break;
                    }
                    attributed[cj] = true;
                    reportedBy[cj] = who;
                }
            }
            // "…, X said." / "…, ha detto X.": the words before are X's.
            if (!content && ci > 0 && quoteOrCommaBefore(c.from())) {
                for (int cj = 0; cj < ci; cj++) {
                    attributed[cj] = true;
                    reportedBy[cj] = who;
                }
            }
            // "…, officials said after the talks": the frame closes its own clause after a comma
            if (!content && commaShortlyBefore(f.at(), c.from())) {
                for (int cj = 0; cj <= ci; cj++) {
                    attributed[cj] = true;
                    if (reportedBy[cj] == null) {
                        reportedBy[cj] = who;
                    }
                }
            }
        }
    }

    /** A comma at most three words before the frame verb, inside its clause. */
    private boolean commaShortlyBefore(int at, int clauseFrom) {
        for (int j = at - 1; j >= Math.max(clauseFrom, at - 4); j--) {
            if (words.get(j).key().equals(",")) {
                return j > clauseFrom;
            }
        }
        return false;
    }

    private boolean quoteOrCommaBefore(int from) {
        for (int j = from - 1; j >= Math.max(0, from - 2); j--) {
            String k = words.get(j).key();
            if (k.equals(",") || k.equals("\"")) {
                return true;
            }
        }
        return false;
    }

    private Arg speaker(Trigger f, Clause c) {
        for (int j = f.at() - 1; j >= c.from(); j--) {
            Arg a = r.argStartingAt(j);
            if (a != null && a.bare()) {
                return a;
            }
        }
        for (int j = f.end(); j < Math.min(c.to(), f.end() + 6); j++) {
            Arg a = r.argStartingAt(j);
            if (a != null && a.bare()) {
                return a;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ subjects

    private void subjects() {
        subjects = new ArrayList<>();
        for (int ci = 0; ci < clauses.size(); ci++) {
            Clause c = clauses.get(ci);
            int firstVerb = c.to();
            for (int j = c.from(); j < c.to(); j++) {
                if (verbish(j)) {
                    firstVerb = j;
                    break;
                }
            }
            Arg subj = null;
            boolean explicit = false;
            for (int j = c.from(); j < firstVerb; j++) {
                Arg a = r.argStartingAt(j);
                if (a != null && a.bare() && !a.modifier()) {
                    subj = a;
                }
                if (a == null && r.argAt[j] < 0 && !r.light(j) && !g.pronounSubjects.contains(words.get(j).key())
                        && !g.relatives.contains(words.get(j).key()) && !g.clauseOpeners.contains(words.get(j).key())
                        && !words.get(j).key().endsWith("mente") && !words.get(j).key().endsWith("ly")) {
                    explicit = true;
                }
            }
            List<Actor> s;
            if (subj != null) {
                s = List.copyOf(subj.actors());
                List<Arg> group = r.withPreceding(subj);
                if (group.size() > 1) {
                    List<Actor> more = new ArrayList<>();
                    for (Arg a : group) {
                        more.addAll(a.actors());
                    }
                    s = more;
                }
            } else if (frameSpeaker(c) != null) {
                s = frameSpeaker(c).actors();
            } else if (explicit) {
                s = null;
            } else {
                // No subject of its own: Italian drops it, English uses a pronoun ("he", "they"). It is
                // the previous clause's (the previous sentence's for the first), or a relative's antecedent.
                s = switch (c.kind()) {
                    case RELATIVE -> antecedent(c);
                    case RESUMED -> resumedSubject(ci);
                    default -> ci == 0 ? st.carried : subjects.get(ci - 1);
                };
            }
            subjects.add(s);
            if (c.kind() == Clauses.Kind.MAIN || c.kind() == Clauses.Kind.RESUMED) {
                st.carried = s;
            }
        }
    }

    private Arg frameSpeaker(Clause c) {
        for (Trigger f : frames) {
            if (c.contains(f.at())) {
                return speaker(f, c);
            }
        }
        return null;
    }

    /** The subject of the clause a relative interrupted. */
    private List<Actor> resumedSubject(int ci) {
        for (int k = ci - 1; k >= 0; k--) {
            if (clauses.get(k).kind() != Clauses.Kind.RELATIVE) {
                return subjects.get(k);
            }
        }
        return st.carried;
    }

    /** "la Russia, che ha invaso …": the actor just before the relative pronoun. */
    private List<Actor> antecedent(Clause c) {
        int j = c.from() - 1;
        while (j >= 0 && words.get(j).key().equals(",")) {
            j--;
        }
        if (j >= 0 && r.argAt[j] >= 0 && r.args.get(r.argAt[j]).last() == j + 1) {
            return r.args.get(r.argAt[j]).actors();
        }
        return null;
    }

    // ------------------------------------------------------------------ one trigger

    /** Codes a trigger, falling back to its less specific patterns when one finds no target. */
    private void code(Trigger t) {
        if (!codeWith(t)) {
            for (Trigger alt : t.alternatives()) {
                if (codeWith(alt)) {
                    return;
                }
            }
        }
    }

    /** @return false when the pattern finds no target it needs (another pattern may) */
    private boolean codeWith(Trigger t) {
        Pattern p = t.pattern();
        if (nested.contains(t)) {
            return true;
        }
        int ci = clauseIndex(t.at());
        Clause c = clauses.get(ci);
        int regionFrom = c.from();
        int regionTo = c.to();
        for (Trigger o : events) {
            if (o != t && c.contains(o.at())) {
                if (o.at() < t.at()) {
                    regionFrom = Math.max(regionFrom, o.complementEnd());
                } else if (o.at() > t.at()) {
                    regionTo = Math.min(regionTo, o.at());
                }
            }
        }
        List<Arg> used = new ArrayList<>();
        List<Actor> sources = new ArrayList<>();
        List<Actor> targets = new ArrayList<>();
        Arg targetArg = null;
        String code = p.code();
        boolean pairwise = false;
        // Arguments may stand between the trigger and its complement ("fornito alla Russia 11.000 container").
        int after = t.end();

        if (p.kind() == Pattern.Kind.NOUN) {
            Arg by = byAgent(t.end(), regionTo);
            Arg of = ofArg(t.end(), regionTo);
            Arg poss = possessive(t.at());
            if (poss == null) {
                poss = demonymOf(t);
            }
            List<Arg> between = between(t.end(), regionTo);
            if (between.size() >= 2) {
                for (Arg a : between) {
                    sources.addAll(a.actors());
                    used.add(a);
                }
                pairwise = true;
            } else {
                Arg src = by != null ? by : !p.ofIsTarget() && of != null ? of : poss;
                if (src != null) {
                    sources.addAll(group(src, true));
                    used.add(src);
                } else if (objectPosition(c, t.at())) {
                    List<Actor> s = subjectBefore(c, t.at(), used);
                    if (s == null && c.kind() == Clauses.Kind.DEPENDENT) {
                        s = subjects.get(ci); // "…, valutando nuove sanzioni": the governing clause's subject
                    }
                    if (s != null) {
                        sources.addAll(s);
                    }
                }
                if (p.ofIsTarget() && of != null && of != src) {
                    targets.addAll(group(of, false));
                    used.add(of);
                    targetArg = of;
                }
            }
        } else {
            boolean passive = passive(t);
            if (passive) {
                Arg agent = byAgent(t.end(), regionTo);
                if (agent == null) {
                    return true;
                }
                sources.addAll(group(agent, false));
                used.add(agent);
                List<Actor> patient = subjectBefore(c, t.at(), used);
                if (patient != null) {
                    targets.addAll(patient);
                }
            } else {
                List<Actor> s = subjectBefore(c, t.at(), used);
                if (s == null) {
                    s = subjects.get(ci);
                }
                if (s != null) {
                    sources.addAll(s);
                }
            }
        }
        if (sources.isEmpty()) {
            return true;
        }
        sources = distinct(sources);
        if (sources.size() > 1 && p.symmetric() && targets.isEmpty() && !pairwise) {
            // "La Russia e la Corea del Nord hanno firmato": mutual among the subjects, unless a target follows.
            pairwise = findTarget(p, after, regionTo, used, t.complementEnd()) == null;
        }
        if (targets.isEmpty() && !pairwise) {
            // Figurative use: the slot after the verb is a thing ("contro decenni di politiche"), not an actor.
            int slot = slot(p, Math.max(after, t.complementEnd()), regionTo);
            Arg direct = slot >= 0 ? r.argStartingAt(slot) : null;
            if (slot >= 0 && direct == null && p.figurative() != null) {
                Arg owner = ownerAfter(slot, regionTo);
                if (owner == null && !p.solo()) {
                    return true;
                }
                if (owner != null) {
                    code = p.figurative();
                    targets.addAll(owner.actors());
                    used.add(owner);
                }
            } else {
                Arg a = findTarget(p, after, regionTo, used, t.complementEnd());
                if (a == null && p.kind() != Pattern.Kind.NOUN) {
                    a = nestedEventArg(t, c, used);
                }
                if (a != null) {
                    targetArg = a;
                    targets.addAll(group(a, false));
                    used.add(a);
                }
            }
        }
        if (targets.isEmpty() && !pairwise && p.anaphor() && demonstrativeIn(after, regionTo)) {
            for (Actor x : st.previousActors) {
                if (!sources.contains(x) && x.country() != null && targets.size() < 2) {
                    targets.add(x);
                }
            }
        }
        if (targets.isEmpty() && !pairwise && p.recall()) {
            for (Actor s : sources) {
                Actor x = st.recalled(recallKey(s, code));
                if (x != null && !targets.contains(x)) {
                    targets.add(x);
                }
            }
        }
        if (targets.isEmpty() && !pairwise && !p.solo()) {
            return false;
        }
        Status status = StatusRules.of(words, c.from(), t.at(), p.kind() != Pattern.Kind.NOUN,
                attributed[ci] || sentenceAttributed || frameBefore(c, t.at()), hearsay, g, dict.futures());
        if (p.kind() == Pattern.Kind.NOUN && status == Status.ASSERTED) {
            // An event noun takes the status of its clause's verb group ("sarà firmato l'accordo").
            status = clauseStatus(c, t.at(), status);
        }
        Actor attribution = reportedBy[ci] != null ? reportedBy[ci] : sentenceAttribution != null
                ? sentenceAttribution : frameSpeakerBefore(c, t.at());
        String[] date = date(t, c, regionFrom, regionTo, status);
        Location location = location(regionFrom, regionTo, used, targetArg);
        String evidence = sentence.text().substring(words.get(t.at()).start() - sentence.start(),
                words.get(Math.max(t.end(), t.complementEnd()) - 1).end() - sentence.start());
        List<Actor[]> pairs = new ArrayList<>();
        if (pairwise) {
            for (int a = 0; a < sources.size(); a++) {
                for (int b = 0; b < sources.size(); b++) {
                    if (a != b && (p.symmetric() || a < b)) {
                        pairs.add(new Actor[] {sources.get(a), sources.get(b)});
                    }
                }
            }
        } else {
            for (Actor s : sources) {
                if (targets.isEmpty()) {
                    pairs.add(new Actor[] {s, null});
                }
                for (Actor x : targets) {
                    Actor home = domestic(x, s);
                    pairs.add(new Actor[] {s, home});
                    if (p.symmetric()) {
                        pairs.add(new Actor[] {home, s});
                    }
                }
            }
        }
        for (Actor[] pair : pairs) {
            if (pair[1] != null && same(pair[0], pair[1])) {
                continue;
            }
            Draft d = new Draft();
            d.source = pair[0];
            d.target = pair[1];
            d.code = code;
            d.date = date[0];
            d.dateSource = date[1];
            d.status = status;
            d.location = location;
            d.sentence = sentence.text();
            d.evidence = evidence;
            d.pattern = p.id() + (code.equals(p.code()) ? "" : " (figurative → " + code + ")");
            d.attribution = status == Status.ASSERTED ? null : attribution;
            st.drafts.add(d);
            if (pair[1] != null) {
                st.remember(recallKey(pair[0], code), pair[1]);
            }
        }
        return true;
    }

    /**
     * A role without a country ("il governo", "the police") acted upon by a national actor is, as
     * CAMEO codes domestic events, that country's: "i cittadini iraniani … contro il governo" is IRNGOV.
     */
    private static Actor domestic(Actor target, Actor source) {
        if (target == null || target.country() != null || source.country() == null || target.code() == null
                || !target.code().matches("[A-Z]{3}") || target.code().startsWith("IGO")) {
            return target;
        }
        return new Actor(target.name(), source.country() + target.code(), source.country());
    }

    /**
     * "ha esortato l'Iran a liberare", "urged Azerbaijan to withdraw": the infinitive names what is
     * asked, demanded or threatened, not an act that took place.
     */
    private boolean requestedAct(Trigger t) {
        int i = t.at();
        if (i == 0) {
            return false;
        }
        String before = words.get(i - 1).key();
        boolean infinitive = g.language.equals("en") ? before.equals("to")
                : (before.equals("a") || before.equals("di") || before.equals("ad")) && (words.get(i).key().endsWith("re")
                        || words.get(i).key().endsWith("rsi"));
        if (!infinitive) {
            return false;
        }
        for (Trigger o : events) {
            if (o.at() < i && o.pattern().code() != null) {
                String root = o.pattern().code().substring(0, 2);
                if (root.equals("02") || root.equals("10") || root.equals("13") || root.equals("03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "the Chinese drills", "l'invasione russa": a nationality next to an event noun is its source. */
    private Arg demonymOf(Trigger t) {
        int j = g.language.equals("en") ? t.at() - 1 : t.end();
        if (j < 0 || j >= words.size() || r.argAt[j] < 0) {
            return null;
        }
        Arg a = r.args.get(r.argAt[j]);
        return a.mention().how().contains("demonym") ? a : null;
    }

    /**
     * "ha condannato l'attacco della Russia", "optimism about its talks with Bangladesh": when the
     * object is itself an event noun, its owner or partner is the target.
     */
    private Arg nestedEventArg(Trigger t, Clause c, List<Arg> used) {
        for (Trigger o : events) {
            if (o.at() > t.at() && o.at() - t.end() <= 4 && c.contains(o.at())
                    && o.pattern().kind() == Pattern.Kind.NOUN) {
                Arg of = ofArg(o.end(), c.to());
                if (of != null && !used.contains(of)) {
                    nested.add(o);
                    return of;
                }
                for (int j = o.end(); j < Math.min(c.to(), o.end() + 4); j++) {
                    Arg a = r.argStartingAt(j);
                    if (a != null && !used.contains(a) && ("con".equals(a.prep()) || "with".equals(a.prep()))) {
                        nested.add(o);
                        return a;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static String recallKey(Actor a, String code) {
        return (a.code() == null ? a.name() : a.code()) + "|" + code;
    }

    /** Same actor, or the same government or country under two names (Kim and Pyongyang). */
    private static boolean same(Actor a, Actor b) {
        return a.equals(b) || (a.code() != null && a.code().equals(b.code()));
    }

    private static List<Actor> distinct(List<Actor> list) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : list) {
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private List<Actor> group(Arg a, boolean preceding) {
        List<Actor> out = new ArrayList<>();
        for (Arg x : preceding ? List.of(a) : r.withFollowing(a)) {
            out.addAll(x.actors());
        }
        return out;
    }

    private boolean frameBefore(Clause c, int at) {
        for (Trigger f : frames) {
            // "ha annunciato nuove sanzioni": an event noun that is the speech verb's object is the act itself.
            if (c.contains(f.at()) && f.at() < at && !(at - f.end() <= 3
                    && events.stream().anyMatch(e -> e.at() == at && e.pattern().kind() == Pattern.Kind.NOUN))) {
                return true;
            }
        }
        return false;
    }

    private Actor frameSpeakerBefore(Clause c, int at) {
        for (Trigger f : frames) {
            if (c.contains(f.at()) && f.at() < at) {
                Arg s = speaker(f, c);
                return s == null ? null : s.actors().get(0);
            }
        }
        return null;
    }

    private Status clauseStatus(Clause c, int at, Status current) {
        for (int j = at - 1; j >= c.from(); j--) {
            if (verbish(j)) {
                Status s = StatusRules.of(words, c.from(), j, true, false, hearsay, g, dict.futures());
                return s == Status.ASSERTED ? current : s;
            }
        }
        return current;
    }

    /** The nearest bare actor before the trigger in its clause, with those coordinated before it. */
    private List<Actor> subjectBefore(Clause c, int at, List<Arg> used) {
        for (int j = at - 1; j >= c.from(); j--) {
            int ai = r.argAt[j];
            if (ai < 0) {
                continue;
            }
            Arg a = r.args.get(ai);
            if (a.bare() && !a.locative() && !a.modifier() && !used.contains(a)) {
                List<Actor> out = new ArrayList<>();
                for (Arg x : r.withPreceding(a)) {
                    out.addAll(x.actors());
                    used.add(x);
                }
                return out;
            }
            j = a.first();
        }
        return null;
    }

    /** A noun after the clause's first verb is an object ("ha iniziato una visita"): its clause subject acts. */
    private boolean objectPosition(Clause c, int at) {
        for (int j = c.from(); j < at; j++) {
            if (verbish(j)) {
                return true;
            }
        }
        return false;
    }

    private boolean passive(Trigger t) {
        Pattern p = t.pattern();
        if (p.unaccusative() || p.reflexive() || p.kind() != Pattern.Kind.VERB) {
            return false;
        }
        Word w = words.get(t.at());
        String k = w.key();
        boolean participle = g.language.equals("it")
                ? k.matches(".*(at|it|ut|ss|st|tt|rs|ps)[oaie]")
                : !k.endsWith("ing");
        if (!participle) {
            return false;
        }
        for (int j = t.at() - 1; j >= Math.max(0, t.at() - 3); j--) {
            if (words.get(j).key().equals("si")) {
                return false; // "si sono incontrati": reflexive or reciprocal, not passive
            }
        }
        for (int j = t.at() - 1; j >= Math.max(0, t.at() - 3); j--) {
            String x = words.get(j).key();
            if (g.passiveAux.contains(x)) {
                // "ha stato" does not exist; "è stato firmato", "was signed", "has been attacked".
                return true;
            }
            if (!g.auxiliaries.contains(x)) {
                return false;
            }
        }
        return false;
    }

    /** "da X", "dalla X", "da parte di X", "by X" after the trigger. */
    private Arg byAgent(int from, int to) {
        for (int j = from; j < to; j++) {
            Arg a = r.argStartingAt(j);
            if (a != null && ("by".equals(a.prep()) || "da".equals(a.prep()))) {
                return a;
            }
        }
        return null;
    }

    /** "di X"/"of X" right after a noun (adjectives allowed in between). */
    private Arg ofArg(int from, int to) {
        for (int j = from; j < Math.min(to, from + 4); j++) {
            Arg a = r.argStartingAt(j);
            if (a != null) {
                return "di".equals(a.prep()) || "of".equals(a.prep()) ? a : null;
            }
            if (words.get(j).punct()) {
                return null;
            }
        }
        return null;
    }

    /** "Russia's invasion": an actor, "'s", maybe an adjective or two, then the noun. */
    private Arg possessive(int at) {
        for (int j = at - 1; j >= Math.max(0, at - 4); j--) {
            if (words.get(j).key().equals("s") && j > 0 && r.argAt[j - 1] >= 0) {
                return r.args.get(r.argAt[j - 1]);
            }
            if (words.get(j).punct() || r.argAt[j] >= 0) {
                return null;
            }
        }
        return null;
    }

    /** "tra X e Y", "between X and Y" right after a noun. */
    private List<Arg> between(int from, int to) {
        List<Arg> out = new ArrayList<>();
        for (int j = from; j < Math.min(to, from + 3); j++) {
            Arg a = r.argStartingAt(j);
            if (a != null && ("tra".equals(a.prep()) || "fra".equals(a.prep()) || "between".equals(a.prep()))) {
                for (Arg x : r.withFollowing(a)) {
                    out.add(x);
                }
                if (out.size() == 1 && a.actors().size() >= 2) {
                    out.add(a);
                }
                return out;
            }
        }
        return out;
    }

    /** The first actor after the trigger in a position the pattern accepts as its target. */
    private Arg findTarget(Pattern p, int from, int to, List<Arg> used, int complementEnd) {
        for (int j = from; j < to; j++) {
            Arg a = r.argStartingAt(j);
            if (a == null || used.contains(a) || "secondo".equals(a.prep()) || "according".equals(a.prep())) {
                continue;
            }
            String role = a.bare() ? "obj" : a.prep();
            if (role.equals("obj") && j - from > OBJECT_REACH) {
                continue;
            }
            // "di X" names the target only right after the trigger or its complement ("una risoluzione
            // dell'ONU"), not deeper in a chain ("il rinnovo del mandato del gruppo di esperti").
            if ((role.equals("di") || role.equals("of")) && j - Math.max(from, complementEnd) > 2) {
                continue;
            }
            if (a.modifier() && !role.equals("obj")) {
                continue;
            }
            if (p.targetPreps().contains(role)) {
                return a;
            }
        }
        return null;
    }

    /** Where the target should begin: the word after the target preposition, or the first content word. */
    private int slot(Pattern p, int from, int to) {
        for (int j = from; j < to; j++) {
            Word w = words.get(j);
            String k = w.key();
            if (w.quote() || g.determiner(k) || g.auxiliaries.contains(k) || r.inTime[j] || k.endsWith("mente")
                    || (g.language.equals("en") && k.endsWith("ly"))) {
                continue;
            }
            String adverbial = g.preposition(k);
            if (adverbial != null && !p.targetPreps().contains(adverbial) && p.targetPreps().contains("obj")
                    && j + 1 < to && r.argAt[j + 1] < 0 && !g.determiner(words.get(j + 1).key())) {
                j++; // "con fermezza", "with force": a manner phrase before the object
                continue;
            }
            if (w.punct()) {
                return -1;
            }
            String prep = g.preposition(k);
            if (prep != null && p.targetPreps().contains(prep)) {
                int s = j + 1;
                while (s < to && (words.get(s).quote() || g.determiner(words.get(s).key()))) {
                    s++;
                }
                return s < to ? s : -1;
            }
            if (r.argAt[j] >= 0) {
                return j;
            }
            return p.targetPreps().contains("obj") ? j : -1;
        }
        return -1;
    }

    /** "contro decenni di politiche degli Stati Uniti": the first "di/of" actor after the slot. */
    private Arg ownerAfter(int slot, int to) {
        for (int j = slot; j < Math.min(to, slot + 10); j++) {
            Arg a = r.argStartingAt(j);
            if (a != null) {
                // "le politiche degli Stati Uniti", "l'operazione israeliana", "Russian policies"
                boolean nationality = a.modifier() && (j == slot + 1 || j == slot);
                return "di".equals(a.prep()) || "of".equals(a.prep()) || nationality ? a : null;
            }
        }
        return null;
    }

    private boolean demonstrativeIn(int from, int to) {
        for (int j = from; j < Math.min(to, from + 6); j++) {
            if (g.demonstratives.contains(words.get(j).key())) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ date and place

    /** {date, dateSource}: the trigger's own region, else its clause, else the sentence, else publication. */
    private String[] date(Trigger t, Clause c, int regionFrom, int regionTo, Status status) {
        String best = null;
        String source = null;
        int bestLevel = 9;
        boolean vague = false;
        for (TimeExpression te : times) {
            String v = TimeValues.date(te.value());
            int w = wordAt(te.start());
            if (v == null) {
                // "last week", "in the spring": the clause has a time, just not a calendar date.
                // Durations ("due giorni", P2D) say how long, not when.
                vague |= te.value() != null && Character.isDigit(te.value().charAt(0)) && w >= regionFrom
                        && w < regionTo;
                continue;
            }
            int level;
            if (w >= regionFrom && w < regionTo) {
                level = 0;
            } else if (c.contains(w) && !claimed(w, t)) {
                level = 1;
            } else if (!claimed(w, t)) {
                level = 2;
            } else {
                continue;
            }
            if (level < bestLevel) {
                bestLevel = level;
                best = v;
                source = level <= 1 ? "clause" : "sentence";
            }
        }
        if (best != null) {
            return new String[] {best, source};
        }
        if (vague) {
            return new String[] {null, null};
        }
        boolean futureDenied = status == Status.NEGATED && (dict.futures().contains(words.get(t.at()).key())
                || StatusRules.of(words, c.from(), t.at(), false, false, false, g, java.util.Set.of()) == Status.NEGATED
                && hasFutureMarker(c, t.at()));
        if (st.published != null && !futureDenied && (status == Status.ASSERTED || status == Status.REPORTED
                || status == Status.NEGATED)) {
            return new String[] {st.published.toString(), "published"};
        }
        return new String[] {null, null};
    }

    private boolean hasFutureMarker(Clause c, int at) {
        for (int j = Math.max(c.from(), at - 5); j < at; j++) {
            if (g.futureMarkers.contains(words.get(j).key())) {
                return true;
            }
        }
        return false;
    }

    /** A time expression at word w belongs to another trigger's clause region. */
    private boolean claimed(int w, Trigger self) {
        for (Trigger o : events) {
            if (o == self) {
                continue;
            }
            Clause oc = clauses.get(clauseIndex(o.at()));
            if (oc.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private int wordAt(int offset) {
        for (int j = 0; j < words.size(); j++) {
            if (words.get(j).end() > offset) {
                return j;
            }
        }
        return words.size() - 1;
    }

    private Location location(int from, int to, List<Arg> used, Arg targetArg) {
        if (targetArg != null && targetArg.locative()) {
            Actor a = targetArg.actors().get(0);
            return new Location(targetArg.mention().text(), a.country());
        }
        for (int j = from; j < to; j++) {
            Arg a = r.argStartingAt(j);
            if (a != null && a.locative() && !used.contains(a)) {
                return new Location(a.mention().text(), a.actors().get(0).country());
            }
        }
        return null;
    }
}
