package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.actors.ActorMention;
import org.annals.events.Words.Word;
import org.annals.model.Actor;
import org.annals.model.TimeExpression;

/**
 * One sentence prepared for coding: its words, its actor mentions placed on the words with the
 * preposition that governs each, its trigger words, frames and clauses. Built once per sentence;
 * not shared between threads.
 */
final class SentenceReader {
    /**
     * An actor mention on the sentence's words.
     *
     * @param first    its first word
     * @param last     one past its last word
     * @param actors   what it stands for (two for "i due leader")
     * @param prep     the governing preposition, base form ("della" → "di"; "da parte di" → "by";
     *                 "according to" → "according"), or null for a bare noun phrase
     * @param locative it follows a place preposition ("a Pyongyang"): maybe a place
     * @param mention  the matcher's mention
     */
    record Arg(int first, int last, List<Actor> actors, String prep, boolean locative, ActorMention mention,
               boolean modifier) {
        boolean bare() {
            return prep == null;
        }
    }

    /**
     * A trigger: words [at, end) matched pattern p; {@code complementEnd} is past the complement word, if
     * any; {@code alternatives} are the less specific patterns that also matched, tried in order when
     * this one finds no target ("condurre esercitazioni" without "con X" is a show of force).
     */
    record Trigger(int at, int end, Pattern pattern, int complementEnd, List<Trigger> alternatives) {
        Trigger(int at, int end, Pattern pattern, int complementEnd) {
            this(at, end, pattern, complementEnd, List.of());
        }
    }

    final List<Word> words;
    final List<Arg> args;
    final int[] argAt;
    final Grammar g;
    final boolean[] inTime;

    SentenceReader(List<Word> words, List<ArgSeed> seeds, List<TimeExpression> times, Grammar g) {
        this.words = words;
        this.g = g;
        this.argAt = new int[words.size()];
        java.util.Arrays.fill(argAt, -1);
        this.inTime = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            for (TimeExpression t : times) {
                if (w.start() >= t.start() && w.end() <= t.end()) {
                    inTime[i] = true;
                }
            }
        }
        List<Arg> list = new ArrayList<>();
        for (ArgSeed s : seeds) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.start() >= s.mention().start() && w.end() <= s.mention().end() && !w.punct()) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i + 1;
                }
            }
            if (first < 0 || s.actors().isEmpty()) {
                continue;
            }
            String prep = governing(first);
            boolean locative = s.mention().locative();
            // "tra Pyongyang e Mosca": the second conjunct shares the first one's preposition.
            if (prep == null && !list.isEmpty()) {
                Arg before = list.get(list.size() - 1);
                if (before.prep() != null && onlyLinks(before.last(), first) && conjunctionBetween(before.last(), first)) {
                    prep = before.prep();
                    locative = before.locative();
                }
            }
            Arg a = new Arg(first, last, List.copyOf(s.actors()), prep, locative, s.mention(),
                    modifier(s.mention(), first, last));
            for (int i = first; i < last; i++) {
                argAt[i] = list.size();
            }
            list.add(a);
        }
        this.args = List.copyOf(list);
    }

    private static final java.util.Set<String> QUANTITIES = java.util.Set.of("migliaia", "centinaia", "decine",
            "milioni", "thousands", "hundreds", "dozens", "millions", "tens", "scores");

    /** A mention with the actors the article's references resolved it to. */
    record ArgSeed(ActorMention mention, List<Actor> actors) {}

    private boolean modifier(ActorMention m, int first, int last) {
        if (!m.how().equals("demonym") || (g.language.equals("en") && m.text().endsWith("s"))) {
            return false; // "Kenyans", "Bosnians": people, not a qualifier
        }
        if (g.language.equals("en")) {
            return last < words.size() && content(last);
        }
        return first > 0 && content(first - 1);
    }

    private boolean content(int i) {
        String k = words.get(i).key();
        return !words.get(i).punct() && !g.determiner(k) && g.preposition(k) == null && !g.coordinators.contains(k)
                && !g.auxiliaries.contains(k);
    }

    private boolean conjunctionBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            String k = words.get(i).key();
            if (g.coordinators.contains(k) && !k.equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words [from, to) are only coordinators, commas and determiners. */
    boolean onlyLinks(int from, int to) {
        if (to - from > 3 || to < from) {
            return false;
        }
        boolean conjunction = false;
        boolean comma = false;
        boolean determiner = false;
        for (int i = from; i < to; i++) {
            String k = words.get(i).key();
            if (k.equals(",")) {
                comma = true;
            } else if (g.coordinators.contains(k)) {
                conjunction = true;
            } else if (g.determiner(k)) {
                determiner = true;
            } else {
                return false;
            }
        }
        // "Russia, Cina e Iran" and "la Russia e la Cina" are lists; "Secondo X, la Corea" is not.
        return conjunction || (comma && !determiner);
    }

    /** The preposition that governs a noun phrase starting at word {@code first}, or null. */
    private String governing(int first) {
        int i = first - 1;
        while (i >= 0 && (g.determiner(words.get(i).key()) || words.get(i).quote())) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        String k = words.get(i).key();
        String p = g.preposition(k);
        if (p == null) {
            return null;
        }
        // "migliaia di serbi", "thousands of Kenyans": the people, not a genitive.
        if ((p.equals("di") || p.equals("of")) && i >= 1 && QUANTITIES.contains(words.get(i - 1).key())) {
            return null;
        }
        if (p.equals("di") && i >= 2 && words.get(i - 1).key().equals("parte") && words.get(i - 2).key().equals("da")) {
            return "by";
        }
        if (p.equals("to") && i >= 1 && words.get(i - 1).key().equals("according")) {
            return "according";
        }
        if (p.equals("di") && i >= 2 && words.get(i - 1).key().equals("quanto")) {
            return "secondo";
        }
        return p;
    }

    /** The argument whose first word is {@code i}, or null. */
    Arg argStartingAt(int i) {
        int a = i >= 0 && i < argAt.length ? argAt[i] : -1;
        return a >= 0 && args.get(a).first() == i ? args.get(a) : null;
    }

    /** The arguments coordinated with {@code a} that follow it ("Russia, Cina e Iran"). */
    List<Arg> withFollowing(Arg a) {
        List<Arg> out = new ArrayList<>(List.of(a));
        int idx = args.indexOf(a);
        for (int j = idx + 1; j < args.size(); j++) {
            if (onlyLinks(out.get(out.size() - 1).last(), args.get(j).first())) {
                out.add(args.get(j));
            } else {
                break;
            }
        }
        return out;
    }

    /** The arguments coordinated with {@code a} that precede it ("La Russia e la Corea del Nord"). */
    List<Arg> withPreceding(Arg a) {
        List<Arg> out = new ArrayList<>(List.of(a));
        int idx = args.indexOf(a);
        for (int j = idx - 1; j >= 0; j--) {
            if (onlyLinks(args.get(j).last(), out.get(0).first()) && args.get(j).prep() == a.prep()) {
                out.add(0, args.get(j));
            } else {
                break;
            }
        }
        return out;
    }

    /** Whether word i is a function word, punctuation, part of a time expression or an adverb we know. */
    boolean light(int i) {
        Word w = words.get(i);
        String k = w.key();
        return w.punct() || inTime[i] || g.determiner(k) || g.preposition(k) != null || g.auxiliaries.contains(k)
                || g.clitics.contains(k) || g.coordinators.contains(k) || g.negations.contains(k)
                || g.modals.contains(k) || k.chars().allMatch(Character::isDigit);
    }
}
