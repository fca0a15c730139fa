package org.annals.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.actors.TextNormalizer.TextToken;
import org.annals.model.Actor;
import org.annals.model.Sentence;

/**
 * Finds every actor mention in a text: the longest dictionary form at each position over folded
 * tokens (a trie of token sequences), then composition of role words with a country, demonym or
 * seat and an optional name across connecting words: "il leader nordcoreano Kim Jong-un" is one
 * mention of Kim Jong-un; "fonti di intelligence sudcoreane" is KORSPY; "the South Korean military"
 * KORMIL.
 *
 * <p>Person names tolerate one typing error (insertion, deletion, substitution or transposition)
 * in one token of four letters or more, when another token of the name matched exactly ("Kim
 * Joung-un") or the token has six letters or more ("Zelenskiy"). Other kinds match exactly.
 *
 * <p>Immutable and thread-safe; no I/O after construction.
 */
public final class ActorMatcher {
    private static final Set<String> IT_CONNECTORS = Set.of("di", "del", "della", "dello", "dei", "degli",
            "delle", "dell", "d", "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall");
    private static final Set<String> EN_CONNECTORS = Set.of("of", "the", "s", "for");
    private static final Set<String> LOCATIVES = Set.of("a", "in", "at", "to", "into", "nel", "nella", "presso",
            "verso", "ad", "from");

    /** A dictionary entry as the trie holds it. */
    private record Candidate(DictionaryEntry entry, int tokens, int capitalToken, boolean allCaps) {}

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<Candidate> candidates = new ArrayList<>(1);
        boolean person;
        /** Some child continues a person's name. */
        boolean personChild;
    }

    /** A dictionary match before composition: tokens [first, end). */
    private record Raw(int first, int end, DictionaryEntry entry, boolean fuzzy) {}

    private final ActorDictionary dictionary;
    private final Node root = new Node();
    /** Deletion variants of person-name tokens → the tokens (symmetric-delete fuzzy lookup). */
    private final Map<String, List<String>> fuzzy = new HashMap<>();

    public ActorMatcher(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        for (DictionaryEntry e : dictionary.entries()) {
            add(e);
        }
    }

    /** The matcher over the shipped dictionaries, built once. */
    public static ActorMatcher standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ActorMatcher INSTANCE = new ActorMatcher(ActorDictionary.standard());
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    private void add(DictionaryEntry e) {
        List<TextToken> toks = TextNormalizer.tokenize(e.surface());
        String[] surfaceWords = new String[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            surfaceWords[i] = e.surface().substring(toks.get(i).start(), toks.get(i).end());
        }
        boolean person = e.kind() == DictionaryEntry.Kind.PERSON;
        Node node = root;
        for (TextToken t : toks) {
            if (person) {
                node.personChild = true;
            }
            node = node.children.computeIfAbsent(t.key(), k -> new Node());
            if (person) {
                node.person = true;
                if (t.key().length() >= 4) {
                    indexFuzzy(t.key());
                }
            }
        }
        int letters = 0;
        boolean upper = true;
        for (char c : e.surface().toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
                upper &= Character.isUpperCase(c);
            }
        }
        int capital = -1;
        for (int i = 0; i < surfaceWords.length; i++) {
            if (Character.isUpperCase(surfaceWords[i].charAt(0))) {
                capital = i;
                break;
            }
        }
        boolean allCaps = upper && letters <= 4;
        for (Candidate c : node.candidates) {
            if (c.entry().kind() == e.kind() && sameTarget(c.entry(), e) && c.capitalToken() == capital
                    && c.allCaps() == allCaps) {
                return; // the same form twice (e.g. a name in both languages' files)
            }
        }
        node.candidates.add(new Candidate(e, toks.size(), capital, allCaps));
    }

    private static boolean sameTarget(DictionaryEntry a, DictionaryEntry b) {
        return a.person() == b.person() && a.org() == b.org() && a.country() == b.country() && a.role() == b.role()
                && a.office() == b.office() && a.ref() == b.ref() && java.util.Objects.equals(a.language(), b.language());
    }

    private void indexFuzzy(String word) {
        fuzzy.computeIfAbsent(word, k -> new ArrayList<>(1));
        if (!fuzzy.get(word).contains(word)) {
            fuzzy.get(word).add(word);
        }
        for (int i = 0; i < word.length(); i++) {
            String del = word.substring(0, i) + word.substring(i + 1);
            List<String> l = fuzzy.computeIfAbsent(del, k -> new ArrayList<>(1));
            if (!l.contains(word)) {
                l.add(word);
            }
        }
    }

    // ---------------------------------------------------------------- public API

    /**
     * Finds the actor mentions of a text.
     *
     * @param text     any text, not null
     * @param language ISO 639-1 code ("it", "en"): restricts role words and connectors to that
     *                 language; null uses every language
     * @param date     the date at which people are resolved; null for their latest office
     * @return the mentions in text order, offsets into {@code text}; never null
     */
    public List<ActorMention> find(String text, String language, LocalDate date) {
        return find(text, language, date, false);
    }

    /** Finds the mentions of a sentence, with offsets into the article text. */
    public List<ActorMention> find(Sentence sentence, String language, LocalDate date) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : find(sentence.text(), language, date, false)) {
            out.add(m.shift(sentence.start()));
        }
        return out;
    }

    /**
     * As {@link #find(String, String, LocalDate)}; with {@code lenientCase} a capital is not
     * required where the dictionary writes one (for mentions already known to name someone, typed
     * by a user in lower case). Short acronyms still need capitals ("un" is never the UN).
     */
    List<ActorMention> find(String text, String language, LocalDate date, boolean lenientCase) {
        List<TextToken> tokens = TextNormalizer.tokenize(text);
        List<Raw> raws = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Raw best = longest(tokens, i, language, lenientCase);
            if (best == null) {
                i++;
            } else {
                raws.add(best);
                i = best.end();
            }
        }
        return compose(text, tokens, raws, language, date);
    }

    // ---------------------------------------------------------------- longest match

    private Raw longest(List<TextToken> tokens, int start, String language, boolean lenient) {
        Raw[] best = new Raw[1];
        walk(root, tokens, start, start, false, language, lenient, best);
        return best[0];
    }

    private void walk(Node node, List<TextToken> tokens, int start, int j, boolean fuzzyUsed, String language,
            boolean lenient, Raw[] best) {
        if (j > start && !node.candidates.isEmpty()) {
            DictionaryEntry e = accept(node, tokens, start, j, fuzzyUsed, language, lenient);
            if (e != null && (best[0] == null || j > best[0].end() || (j == best[0].end() && best[0].fuzzy() && !fuzzyUsed))) {
                best[0] = new Raw(start, j, e, fuzzyUsed);
            }
        }
        if (j == tokens.size()) {
            return;
        }
        String key = tokens.get(j).key();
        Node next = node.children.get(key);
        if (next != null) {
            walk(next, tokens, start, j + 1, fuzzyUsed, language, lenient, best);
        }
        // Fuzzy lookups cost a few allocations: only for name-like tokens (capitalised in running
        // text) that could continue a person's name.
        if (!fuzzyUsed && key.length() >= 4 && (j > start || key.length() >= 6) && node.personChild
                && (lenient || tokens.get(j).capitalised())) {
            for (String near : near(key)) {
                Node n = node.children.get(near);
                if (n != null && n.person && n != next) {
                    walk(n, tokens, start, j + 1, true, language, lenient, best);
                }
            }
        }
    }

    /** The best entry of a node that the text tokens [start, end) may stand for, or null. */
    private static DictionaryEntry accept(Node node, List<TextToken> tokens, int start, int end, boolean fuzzy,
            String language, boolean lenient) {
        DictionaryEntry best = null;
        for (Candidate c : node.candidates) {
            DictionaryEntry e = c.entry();
            if (language != null && e.language() != null && !e.language().equals(language)) {
                continue;
            }
            if (fuzzy && (e.kind() != DictionaryEntry.Kind.PERSON || !(c.tokens() >= 2 || tokens.get(start).key().length() >= 6))) {
                continue;
            }
            if (c.allCaps()) {
                boolean ok = true;
                for (int k = start; k < end; k++) {
                    ok &= tokens.get(k).allCaps();
                }
                if (!ok) {
                    continue;
                }
            } else if (!lenient && c.capitalToken() >= 0 && !tokens.get(start + c.capitalToken()).capitalised()) {
                continue;
            }
            if (best == null || e.kind().ordinal() < best.kind().ordinal()) {
                best = e;
            }
        }
        return best;
    }

    /** Dictionary person tokens within one edit of {@code word}. */
    private List<String> near(String word) {
        List<String> out = new ArrayList<>(2);
        collect(word, word, out);
        for (int i = 0; i < word.length(); i++) {
            collect(word.substring(0, i) + word.substring(i + 1), word, out);
        }
        return out;
    }

    private void collect(String variant, String word, List<String> out) {
        List<String> hits = fuzzy.get(variant);
        if (hits == null) {
            return;
        }
        for (String h : hits) {
            if (!h.equals(word) && !out.contains(h) && distanceAtMostOne(word, h)) {
                out.add(h);
            }
        }
    }

    /** Optimal-string-alignment distance ≤ 1 (one insertion, deletion, substitution or swap). */
    static boolean distanceAtMostOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la || i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    // ---------------------------------------------------------------- composition

    private static boolean isPlace(DictionaryEntry e) {
        return e.kind() == DictionaryEntry.Kind.COUNTRY || e.kind() == DictionaryEntry.Kind.DEMONYM
                || e.kind() == DictionaryEntry.Kind.SEAT;
    }

    /**
     * Whether two adjacent raw matches belong to one phrase: only connecting words ("di", "del",
     * "of", "the", the "s" of "Russia's") between them, at most two; a comma is allowed before a
     * name in apposition ("il portavoce del Cremlino, Dmitry Peskov").
     */
    private static boolean joined(String text, List<TextToken> tokens, Raw a, Raw b, String language) {
        int gap = b.first() - a.end();
        if (gap > 2) {
            return false;
        }
        for (int k = a.end(); k < b.first(); k++) {
            String key = tokens.get(k).key();
            boolean it = language == null || language.equals("it");
            boolean en = language == null || language.equals("en");
            if (!((it && IT_CONNECTORS.contains(key)) || (en && EN_CONNECTORS.contains(key)))) {
                return false;
            }
        }
        int from = tokens.get(a.end() - 1).end();
        int to = tokens.get(b.first()).start();
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' && b.entry().kind() == DictionaryEntry.Kind.PERSON) {
                continue;
            }
            if (!(Character.isLetterOrDigit(c) || Character.isWhitespace(c) || c == '\'' || c == '\u2019')) {
                return false;
            }
        }
        return true;
    }

    private static boolean possessiveOrAdjacent(List<TextToken> tokens, Raw place, Raw next) {
        int gap = next.first() - place.end();
        return gap == 0 || (gap == 1 && tokens.get(place.end()).key().equals("s"));
    }

    private List<ActorMention> compose(String text, List<TextToken> tokens, List<Raw> raws, String language,
            LocalDate date) {
        List<ActorMention> out = new ArrayList<>();
        int i = 0;
        while (i < raws.size()) {
            Raw r = raws.get(i);
            DictionaryEntry.Kind kind = r.entry().kind();
            if (kind == DictionaryEntry.Kind.AGENT || isPlace(r.entry())) {
                List<Raw> agents = new ArrayList<>();
                Raw place = null;
                Raw person = null;
                Raw org = null;
                int k = i;
                while (k < raws.size()) {
                    Raw rk = raws.get(k);
                    if (k > i && !joined(text, tokens, raws.get(k - 1), rk, language)) {
                        break;
                    }
                    // A place opens a phrase only in the English order, right before the role word
                    // or through a possessive ("South Korean military", "Russia's defence
                    // ministry"); "a Pyongyang il leader" is two phrases.
                    if (k == i + 1 && isPlace(r.entry()) && !possessiveOrAdjacent(tokens, r, rk)) {
                        break;
                    }
                    DictionaryEntry.Kind kk = rk.entry().kind();
                    if (kk == DictionaryEntry.Kind.AGENT) {
                        agents.add(rk);
                    } else if (isPlace(rk.entry())) {
                        if (place != null) {
                            break;
                        }
                        place = rk;
                    } else if (kk == DictionaryEntry.Kind.PERSON && !agents.isEmpty()) {
                        person = rk;
                        k++;
                        break;
                    } else if (kk == DictionaryEntry.Kind.ORGANISATION && !agents.isEmpty() && place == null) {
                        org = rk;
                        k++;
                        break;
                    } else {
                        break;
                    }
                    k++;
                }
                if (agents.isEmpty()) {
                    out.add(single(text, tokens, r, date));
                    i++;
                    continue;
                }
                Raw last = raws.get(k - 1);
                // A place after the last role word that is itself followed by nothing joins; a
                // place before role words (English order) joins too. Trim a trailing unrelated
                // place only when no role word precedes it — handled by the loop above.
                out.add(composed(text, tokens, r, last, agents, place, person, org, date));
                i = k;
            } else {
                out.add(single(text, tokens, r, date));
                i++;
            }
        }
        return out;
    }

    private boolean locative(List<TextToken> tokens, Raw first) {
        return first.first() > 0 && LOCATIVES.contains(tokens.get(first.first() - 1).key());
    }

    private ActorMention single(String text, List<TextToken> tokens, Raw r, LocalDate date) {
        int s = tokens.get(r.first()).start();
        int e = tokens.get(r.end() - 1).end();
        String surface = text.substring(s, e);
        DictionaryEntry d = r.entry();
        boolean loc = locative(tokens, r);
        switch (d.kind()) {
            case PERSON: {
                Term t = d.person().termAt(date);
                return new ActorMention(s, e, surface, personActor(d.person(), date), r.fuzzy() ? "person~" : "person",
                        d.person().id(), t == null ? null : t.office(), null, loc);
            }
            case ORGANISATION: {
                Organisation o = d.org();
                return new ActorMention(s, e, surface, new Actor(o.name(), o.code(), o.country()), "organisation",
                        null, null, null, loc);
            }
            case SEAT:
                return new ActorMention(s, e, surface, countryActor(d.country(), d.role()), "seat", null, null, null, loc);
            case COUNTRY:
                return new ActorMention(s, e, surface, countryActor(d.country(), null), "country", null, null, null, loc);
            case DEMONYM:
                return new ActorMention(s, e, surface, countryActor(d.country(), null), "demonym", null, null, null, loc);
            case AGENT:
                return new ActorMention(s, e, surface, new Actor(d.role().label(), d.role().name(), null), "agent",
                        null, d.office(), null, loc);
            case REFERENCE:
            default:
                return new ActorMention(s, e, surface, null, "reference", null, null, d.ref(), loc);
        }
    }

    private ActorMention composed(String text, List<TextToken> tokens, Raw first, Raw last, List<Raw> agents,
            Raw place, Raw person, Raw org, LocalDate date) {
        int s = tokens.get(first.first()).start();
        int e = tokens.get(last.end() - 1).end();
        String surface = text.substring(s, e);
        boolean loc = locative(tokens, first);
        Office office = null;
        for (Raw a : agents) {
            if (a.entry().office() != null) {
                office = a.entry().office();
            }
        }
        // The role: a specific one (MIL, SPY, …) beats the generic GOV, whichever word carries it,
        // so "il portavoce del ministero della Difesa" and "the defence ministry spokesman" are MIL.
        CameoRole role = null;
        if (place != null && place.entry().kind() == DictionaryEntry.Kind.SEAT && place.entry().role() != CameoRole.GOV) {
            role = place.entry().role();
        }
        for (Raw a : agents) {
            if (a.entry().role() != CameoRole.GOV || role == null) {
                role = a.entry().role();
            }
        }
        StringBuilder how = new StringBuilder("agent");
        if (place != null) {
            how.append('+').append(place.entry().kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        Actor fromWords = place == null ? new Actor(role.label(), role.name(), null)
                : countryActor(place.entry().country(), role);
        if (org != null) {
            Organisation o = org.entry().org();
            return new ActorMention(s, e, surface, new Actor(o.name(), o.code(), o.country()), how + "+organisation",
                    null, office, null, loc);
        }
        if (person != null) {
            Person p = person.entry().person();
            Term t = p.termAt(date);
            // The words describe the person at the time of writing: trust the term when there is one,
            // else the role words when they name a country, else the person out of office.
            Actor actor = t != null || place == null ? personActor(p, date) : fromWords;
            if (t == null && place != null) {
                actor = new Actor(p.name(), fromWords.code(), fromWords.country());
            }
            return new ActorMention(s, e, surface, actor, how + (person.fuzzy() ? "+person~" : "+person"), p.id(),
                    t == null ? office : t.office(), null, loc);
        }
        return new ActorMention(s, e, surface, fromWords, how.toString(), null, office, null, loc);
    }

    private static Actor countryActor(Country c, CameoRole role) {
        return role == null ? new Actor(c.name(), c.cameo(), c.iso3())
                : new Actor(c.name() + " " + role.label(), c.cameo() + role.name(), c.iso3());
    }

    /** A person as of a date: the term's code, else the country's elite (ELI), else no code. */
    static Actor personActor(Person p, LocalDate date) {
        Term t = p.termAt(date);
        if (t != null) {
            return new Actor(p.name(), t.code(), t.country());
        }
        if (p.country() != null) {
            return new Actor(p.name(), p.country() + CameoRole.ELI.name(), p.country());
        }
        return new Actor(p.name(), null, null);
    }
}
