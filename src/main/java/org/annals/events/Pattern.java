package org.annals.events;

import java.util.List;
import java.util.Set;

/**
 * One line of a pattern file: a trigger word (verb, event noun or attribution frame), the CAMEO
 * code it gives, and the conditions and argument positions that go with it.
 *
 * @param id         "FILE:LINE lemma[+complement]", printed with events so that a reader can find the line
 * @param kind       VERB, NOUN or FRAME (a speech verb: attribution, never an event by itself)
 * @param code       CAMEO code, or null for frames
 * @param lemma      the lemma's words, folded ("mettere", "a", "punto"); the first is the trigger
 * @param rest       the words that must follow the trigger word at once (lemma words after the first)
 * @param reflexive  Italian reflexive verb ("spostarsi"): needs a clitic (si, ci, mi, ti, vi) before it
 * @param complement words (or stems ending in '*') of which one must follow within a few words; empty
 *                   for none
 * @param targetPreps how the target is introduced: "obj" (direct object) and/or prepositions
 * @param ofIsTarget for nouns: "di X"/"of X" names the target ("invasione dell'Ucraina"), not the source
 * @param symmetric  the act is mutual (meet, sign, cooperate): both directions are coded
 * @param solo       an event without a target is still an event (statements, protests, mobilisation)
 * @param figurative code to use when the target slot holds a thing, not an actor ("combattere contro le
 *                   politiche di X" → criticise X), or null to drop such uses
 * @param recall     with no target, take the target of the source's last event of the same root ("la
 *                   visita di Putin" after his visit to Pyongyang was reported)
 * @param anaphor    with no target but a demonstrative ("queste relazioni", "these ties"), take the actors
 *                   of the previous sentence
 * @param unaccusative Italian verb whose compound past takes "essere" ("è arrivato"): never passive
 */
record Pattern(String id, Kind kind, String code, List<String> lemma, List<String> rest, boolean reflexive,
               Set<String> complement, Set<String> targetPreps, boolean ofIsTarget, boolean symmetric, boolean solo,
               String figurative, boolean recall, boolean anaphor, boolean unaccusative) {

    enum Kind { VERB, NOUN, FRAME }

    /** Whether a folded word satisfies the complement (exact word or stem*). */
    boolean complementMatches(String word) {
        if (complement.contains(word)) {
            return true;
        }
        for (String c : complement) {
            if (c.endsWith("*") && word.startsWith(c.substring(0, c.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
