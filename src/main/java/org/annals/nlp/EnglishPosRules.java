package org.annals.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * UD English (EWT) conventions applied after the statistical tagger: the model was trained on
 * surface tokens and sometimes answers with a combined tag ("AUX+PART") or PUNCT for a clitic.
 * Stateless and thread-safe.
 */
final class EnglishPosRules {
    private static final Set<String> NEGATION = Set.of("n't", "n\u2019t", "not", "nt");
    private static final Set<String> CLITIC_AUX = Set.of("'m", "'re", "'ve", "'ll", "'d",
            "\u2019m", "\u2019re", "\u2019ve", "\u2019ll", "\u2019d", "wo", "ca");
    private static final Set<String> NOMINAL_NEXT = Set.of("NOUN", "PROPN", "ADJ", "NUM");

    private static final Set<String> HAVE_DO = Set.of("have", "has", "had", "having", "'ve", "’ve",
            "do", "does", "did");
    private static final Set<String> SUBJECTS = Set.of("i", "you", "he", "she", "it", "we", "they", "there",
            "this", "that");
    private static final boolean TO = !Boolean.getBoolean("noto");

    private EnglishPosRules() {}

    /** Rewrites {@code tags} in place. */
    static void apply(String[] tokens, String[] tags) {
        for (int i = 0; i < tokens.length; i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            String tag = tags[i];
            if (NEGATION.contains(lower) && !tag.equals("PART") && (tag.indexOf('+') >= 0 || tag.equals("PUNCT")
                    || lower.startsWith("n"))) {
                tags[i] = "PART";
            } else if (CLITIC_AUX.contains(lower) && (tag.indexOf('+') >= 0 || tag.equals("PUNCT"))) {
                tags[i] = "AUX";
            } else if ((lower.equals("'s") || lower.equals("\u2019s")) && (tag.equals("PUNCT") || tag.indexOf('+') >= 0)) {
                String next = i + 1 < tokens.length ? tags[i + 1] : "PUNCT";
                tags[i] = NOMINAL_NEXT.contains(next) ? "PART" : "AUX";
            } else if (tag.indexOf('+') >= 0) {
                tags[i] = tag.substring(tag.lastIndexOf('+') + 1);
            }
            if ((lower.equals("wo") || lower.equals("ca")) && i + 1 < tokens.length
                    && NEGATION.contains(tokens[i + 1].toLowerCase(Locale.ROOT))) {
                tags[i] = "AUX"; // "wo|n't", "ca|n't"
            }
        }
        // second pass: decisions that read the (now cleaned) tags of the following words
        for (int i = 0; i < tokens.length; i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            String tag = tags[i];
            if (HAVE_DO.contains(lower) && (tag.equals("AUX") || tag.equals("VERB"))) {
                boolean verb = verbFollows(i, tokens, tags);
                if (verb || lower.startsWith("ha") || lower.endsWith("ve")) {
                    tags[i] = verb ? "AUX" : "VERB"; // "do" without a verb may stand for one ("I do"): AUX stays
                }
            } else if (TO && lower.equals("to") && i + 1 < tokens.length && (tag.equals("ADP") || tag.equals("PART"))) {
                String next = tags[i + 1];
                if (next.equals("VERB") || next.equals("AUX")) {
                    tags[i] = "PART";
                } else if (NOMINAL_NEXT.contains(next) || next.equals("DET") || next.equals("PRON")) {
                    tags[i] = "ADP";
                }
            }
        }
    }

    /** Whether a verb follows, skipping adverbs, negation and a subject pronoun ("have you seen"). */
    private static boolean verbFollows(int i, String[] tokens, String[] tags) {
        for (int j = i + 1; j < tokens.length && j <= i + 4; j++) {
            String t = tags[j];
            if (t.equals("ADV") || t.equals("PART") && !tokens[j].equalsIgnoreCase("to")
                    || t.equals("PRON") && SUBJECTS.contains(tokens[j].toLowerCase(Locale.ROOT))) {
                continue;
            }
            return t.equals("VERB") || t.equals("AUX");
        }
        return false;
    }
}
