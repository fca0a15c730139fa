package org.annals.events;

import java.util.List;
import org.annals.events.Words.Word;
import org.annals.model.Status;

/**
 * The status of an event from the words around its trigger: negation, conditional mood, modal
 * verbs, future, hearsay, attribution. Works on surface forms and uses UD Mood/Tense when the
 * language layer gave them. Stateless and thread-safe.
 *
 * <p>Order of precedence: negated; conditional (alleged when someone is said to report it,
 * hypothetical otherwise); modal (hypothetical); future or planned; hearsay adverbs (alleged);
 * attributed (reported); else asserted.
 */
final class StatusRules {
    private StatusRules() {}

    /** How far back from the trigger auxiliaries, modals and negation may stand ("non ha ancora firmato"). */
    private static final int WINDOW = 5;

    /**
     * @param words      the sentence's words
     * @param from       first word of the trigger's clause
     * @param at         the trigger word
     * @param verb       the trigger is a verb (its own ending may be future or conditional)
     * @param attributed the clause is attributed to someone ("secondo X", "X ha detto che", "Lo ha detto X")
     * @param hearsay    the sentence carries hearsay markers ("fonti", "reportedly", "presunto")
     */
    static Status of(List<Word> words, int from, int at, boolean verb, boolean attributed, boolean hearsay,
            Grammar g, java.util.Set<String> futureForms) {
        boolean neg = false;
        boolean cond = false;
        boolean modal = false;
        boolean future = false;
        boolean rumour = false;
        boolean wouldBare = false;
        int lo = Math.max(from, at - WINDOW);
        for (int i = at - 1; i >= lo; i--) {
            Word w = words.get(i);
            String k = w.key();
            if (w.punct() && !w.quote()) {
                break;
            }
            if (g.negations.contains(k) || (k.equals("t") && i > 0 && words.get(i - 1).key().endsWith("n"))) {
                boolean notOnly = i + 1 < words.size() && (words.get(i + 1).key().equals("solo")
                        || words.get(i + 1).key().equals("only") || words.get(i + 1).key().equals("soltanto"));
                neg |= !notOnly;
            }
            cond |= g.conditionalAux.contains(k) || "Cnd".equals(w.mood()) || conditionalEnding(k, g);
            wouldBare |= k.equals("would") && i == at - 1;
            modal |= g.modals.contains(k);
            future |= g.futureMarkers.contains(k) || "Fut".equals(w.tense());
            rumour |= k.equals("reportedly") || k.equals("allegedly") || k.equals("presumibilmente")
                    || k.equals("purportedly");
        }
        Word t = words.get(at);
        if (verb) {
            cond |= "Cnd".equals(t.mood()) || conditionalEnding(t.key(), g);
            future |= "Fut".equals(t.tense()) || futureForms.contains(t.key());
        }
        if (neg) {
            return Status.NEGATED;
        }
        if (cond && modal) {
            // "potrebbe inviare", "could send": a possibility, whoever voices it
            return Status.HYPOTHETICAL;
        }
        if (cond) {
            // "said the United States would impose": reported speech moves "will" to "would"; a plan.
            if (wouldBare && attributed && !hearsay) {
                return Status.PLANNED;
            }
            return attributed || hearsay ? Status.ALLEGED : Status.HYPOTHETICAL;
        }
        if (modal) {
            return Status.HYPOTHETICAL;
        }
        if (future) {
            return Status.PLANNED;
        }
        if (rumour) {
            return Status.ALLEGED;
        }
        return attributed ? Status.REPORTED : Status.ASSERTED;
    }

    private static boolean conditionalEnding(String k, Grammar g) {
        return g.language.equals("it") && k.length() > 6 && (k.endsWith("rebbe") || k.endsWith("rebbero"));
    }
}
