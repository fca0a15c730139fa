package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.annals.events.Words.Word;

/**
 * Splits a sentence's words into clauses, shallowly: at semicolons, colons and brackets; before
 * relative pronouns, subordinating conjunctions and gerunds ("…, incontrando a Pyongyang il leader");
 * before "e"/"and" when a verb follows ("e ha firmato"); before "che"/"that" after a speech verb.
 *
 * <p>Stateless and thread-safe.
 */
final class Clauses {
    private Clauses() {}

    /** How a clause relates to the one before it; this decides where an omitted subject comes from. */
    enum Kind {
        /** The sentence's first clause or one after a semicolon: subject of its own, or the previous sentence's. */
        MAIN,
        /** A gerund or participle clause, or a coordinated verb phrase: the previous clause's subject. */
        DEPENDENT,
        /** A relative clause: the actor just before the pronoun. */
        RELATIVE,
        /** The main clause going on after a relative one ("Blinken, who visited China, criticized …"). */
        RESUMED,
        /** A subordinate clause ("mentre", "while", "because"): a subject of its own. */
        SUBORDINATE,
        /** The content of a speech verb ("ha detto che …", "said that …"): a subject of its own, reported. */
        CONTENT
    }

    /** Words [from, to) of a sentence. */
    record Clause(int from, int to, Kind kind) {
        boolean contains(int i) {
            return i >= from && i < to;
        }
    }

    /**
     * @param words  the sentence's words
     * @param g      the language's closed-class words
     * @param verb   whether word i is verb-like (an auxiliary, a trigger verb form, a VERB token)
     * @param frame  whether word i is a speech verb
     */
    static List<Clause> split(List<Word> words, Grammar g, IntPredicate verb, IntPredicate frame) {
        List<Clause> out = new ArrayList<>();
        int from = 0;
        Kind kind = Kind.MAIN;
        for (int i = 1; i < words.size(); i++) {
            String k = words.get(i).key();
            String prev = words.get(i - 1).key();
            Kind next = null;
            int cut = i;
            if (k.equals(";") || k.equals("(") || k.equals(")") || (k.equals(":") && i + 1 < words.size()
                    && !words.get(i + 1).quote())) {
                next = Kind.MAIN;
                cut = i + 1;
            } else if (g.complementizers.contains(k) && frame.test(i - 1 < 0 ? 0 : i - 1)) {
                next = Kind.CONTENT;
            } else if (g.complementizers.contains(k) && i >= 2 && prev.equals(",") && frame.test(i - 2)) {
                next = Kind.CONTENT;
            } else if (g.relatives.contains(k) && (g.language.equals("it") || prev.equals(","))) {
                next = Kind.RELATIVE;
            } else if (g.clauseOpeners.contains(k) && (prev.equals(",") || !g.language.equals("en"))
                    && !(k.equals("dopo") || k.equals("after") || k.equals("as") || k.equals("before"))) {
                next = Kind.SUBORDINATE;
            } else if (gerund(words.get(i), g) && (prev.equals(",") || g.language.equals("it"))
                    && !PROGRESSIVE.contains(prev)) {
                next = Kind.DEPENDENT;
            } else if (g.coordinators.contains(k) && !k.equals(",") && i + 1 < words.size() && verb.test(i + 1)) {
                next = Kind.DEPENDENT;
            } else if (kind == Kind.RELATIVE && prev.equals(",") && verb.test(i)) {
                next = Kind.RESUMED;
            }
            if (next != null && cut > from) {
                if (cut - from > 0) {
                    out.add(new Clause(from, cut, kind));
                }
                from = cut;
                kind = next;
            }
        }
        if (from < words.size()) {
            out.add(new Clause(from, words.size(), kind));
        }
        return out;
    }

    /** An Italian gerund ("incontrando", "firmando") or, after a comma, an English -ing form. */
    static boolean gerund(Word w, Grammar g) {
        if (w.upos() != null) {
            return "VERB".equals(w.upos()) && w.key().length() > 4 && (w.key().endsWith("ando")
                    || w.key().endsWith("endo") || w.key().endsWith("ing"));
        }
        String k = w.key();
        if (g.language.equals("it")) {
            return k.length() >= 7 && (k.endsWith("ando") || k.endsWith("endo") || k.endsWith("andosi")
                    || k.endsWith("endosi")) && !NOT_GERUNDS.contains(k);
        }
        return k.length() >= 6 && k.endsWith("ing") && !k.equals("during") && !k.equals("according");
    }

    /** "sta combattendo", "starebbe valutando": a progressive verb, not a gerund clause. */
    private static final java.util.Set<String> PROGRESSIVE = java.util.Set.of("sta", "stanno", "stava", "stavano",
            "starebbe", "starebbero", "stia", "stiano", "stara", "staranno", "sto", "stiamo", "stato", "stata", "stati");

    private static final java.util.Set<String> NOT_GERUNDS = java.util.Set.of("comando", "contrabbando",
            "stupendo", "tremendo", "orrendo", "reverendo", "dividendo", "memorandum");
}
