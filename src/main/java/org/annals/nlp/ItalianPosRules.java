package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * UD Italian conventions applied after the statistical tagger, where a word's reading and its
 * neighbours decide more reliably than the model:
 * <ul>
 *   <li>a number written in digits ("1.000", "3,5", "'90") is NUM;</li>
 *   <li>a capitalised word that Morph-it! lists as a proper name ("Bossi", "Brindisi"), not first in the
 *       sentence, is PROPN even where it is also a common noun;</li>
 *   <li>a token of symbols ("%", "€", "&amp;") is SYM;</li>
 *   <li>an articulated preposition tagged DET or PRON is ADP (UD splits it into di + i), except a DET
 *       right after a verb: a partitive article ("producono dei farmaci"), one DET word in UD;</li>
 *   <li>"come" tagged SCONJ before a nominal is ADP; "quale"/"qual" is DET before a noun, else PRON (also
 *       where the model read an adjective);</li>
 *   <li>"scorso", "scorsa", … is the adjective ("l'anno scorso") unless an auxiliary precedes it; "L."
 *       before an amount is the noun (lire); an abbreviated title before a name ("on. Rossi") is a noun;</li>
 *   <li>"ci", "vi", "c'" are PRON (clitics); "che" after a verb or adverb is SCONJ;</li>
 *   <li>"lo", "la", "l'", "le", "li", "gli" tagged DET right before a verb are PRON (clitics);</li>
 *   <li>a capitalised noun the lexicon does not know, inside a sentence and not after punctuation, is PROPN;</li>
 *   <li>forms of "essere" tagged as a verb are AUX (copula and auxiliary alike), VERB after "ci"/"vi"
 *       (existential "c'è");</li>
 *   <li>forms of "avere" are AUX when a past participle follows (skipping adverbs, clitics and
 *       negation), also one the model read as a noun ("l'ho mai visto"), else VERB;</li>
 *   <li>forms of "potere", "dovere", "volere" are AUX when an infinitive follows likewise, else VERB;</li>
 *   <li>forms of "stare" are AUX before a gerund (progressive "sta arrivando"), else VERB; forms of
 *       "venire" and "andare" are AUX before a past participle (passive "viene eletto", "va fatto"), else
 *       VERB;</li>
 *   <li>a past participle after an auxiliary "avere" is VERB even where the model read a noun or an
 *       adjective ("ho mai visto");</li>
 *   <li>"quando" opening a question is the interrogative adverb ADV, not the conjunction;
 *       "circa" before a number is ADV ("circa 30"); "via" right after a verb is ADV ("portare via");</li>
 *   <li>"sia" is the coordinating conjunction only in a correlative pair ("sia … sia", "sia … che",
 *       "sia … o") and not right after a verb ("credo sia giusto"); otherwise it is the subjunctive of
 *       "essere", AUX.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ItalianPosRules {
    private static final Set<String> EXISTENTIAL = Set.of("ci", "c'", "vi", "v'");
    private static final Set<String> MODALS = Set.of("potere", "dovere", "volere");
    private static final Set<String> PASSIVE = Set.of("venire", "andare");
    private static final Set<String> SKIP = Set.of("ADV", "PRON", "PART");
    private static final int WINDOW = 4;
    private static final Set<String> ARTICLE_OR_CLITIC = Set.of("lo", "la", "le", "li", "l'", "gli");
    private static final Set<String> NOMINAL = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> INTERROGATIVE = Set.of("quale", "quali", "qual");
    private static final Set<String> CLITIC_CI = Set.of("ci", "c'", "vi", "v'");
    private static final Set<String> AFTER_VERB = Set.of("VERB", "AUX", "ADV");
    private static final String SYMBOLS = "%\u20ac$\u00a3\u00a7&+=<>#\u00b0\u00d7";
    private static final String NUMBER_SEPARATORS = ".,:/'";
    private static final int CORRELATIVE_WINDOW = 6;
    private static final Set<String> TITLES = Set.of("on.", "sen.", "dott.", "dr.", "prof.", "avv.", "ing.",
            "sig.", "sigg.", "geom.", "rag.", "arch.", "gen.", "col.", "mons.", "cav.", "comm.", "dott.ssa", "prof.ssa");
    private static final Set<String> SCORSO = Set.of("scorso", "scorsa", "scorsi", "scorse");

    private ItalianPosRules() {}

    /** Rewrites {@code tags} in place. */
    static void apply(String[] tokens, String[] tags, ItalianLexicon lexicon) {
        for (int i = 0; i < tokens.length; i++) {
            String tag = tags[i];
            String lower = lower(tokens[i]);
            if (number(tokens[i])) {
                tags[i] = "NUM"; // "1.000", "3,5", "'90"
                continue;
            }
            if (lower.equals("l.") && i + 1 < tokens.length && number(tokens[i + 1])) {
                tags[i] = "NOUN"; // "L. 135.000": lire
                continue;
            }
            if (TITLES.contains(lower) && i + 1 < tokens.length && capitalised(tokens[i + 1])) {
                tags[i] = "NOUN"; // "on. Rossi", "dott. Bianchi": an abbreviated title before a name
                continue;
            }
            if (i > 0 && capitalised(tokens[i]) && properName(lexicon.lookup(tokens[i]))) {
                tags[i] = "PROPN"; // "Bossi", "Brindisi": names first, common nouns ("bossi") second
                continue;
            }
            if (symbols(tokens[i])) {
                tags[i] = "SYM";
                continue;
            }
            if ((tag.equals("DET") || tag.equals("PRON")) && ItalianMorphology.isContraction(lower)) {
                boolean partitive = tag.equals("DET") && i > 0 && (tags[i - 1].equals("VERB") || tags[i - 1].equals("AUX"));
                tags[i] = partitive ? "DET" : "ADP"; // "il libro dei bambini": di + i in UD
                continue;
            }
            if (lower.equals("come") && tag.equals("SCONJ") && i + 1 < tokens.length
                    && NOMINAL.contains(tags[i + 1])) {
                tags[i] = "ADP"; // "come presidente", "come il padre": a preposition before a nominal
                continue;
            }
            if (INTERROGATIVE.contains(lower) && (tag.equals("PRON") || tag.equals("DET") || tag.equals("PROPN")
                    || tag.equals("ADJ"))) {
                tags[i] = i + 1 < tokens.length && tags[i + 1].equals("NOUN") ? "DET" : "PRON"; // "quale ruolo", "qual è"
                continue;
            }
            if (SCORSO.contains(lower) && tag.equals("VERB") && (i == 0 || !tags[i - 1].equals("AUX"))) {
                tags[i] = "ADJ"; // "l'anno scorso", "la settimana scorsa": "last", not the participle of scorrere
                continue;
            }
            if (CLITIC_CI.contains(lower) && (tag.equals("ADV") || tag.equals("PRON"))) {
                tags[i] = "PRON"; // locative/existential "ci", "vi": clitic pronouns in UD Italian
                continue;
            }
            if (lower.equals("che") && i > 0 && (tag.equals("PRON") || tag.equals("SCONJ"))
                    && AFTER_VERB.contains(tags[i - 1])) {
                tags[i] = "SCONJ"; // "dice che", "prima che": a complement clause, not a relative pronoun
                continue;
            }
            if (tag.equals("DET") && ARTICLE_OR_CLITIC.contains(lower) && i + 1 < tokens.length
                    && (tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX"))) {
                tags[i] = "PRON"; // "la vede", "l'ha detto": a clitic before its verb, not an article
                continue;
            }
            if (tag.equals("NOUN") && i > 0 && !tags[i - 1].equals("PUNCT") && capitalised(tokens[i])
                    && lexicon.lookup(tokens[i]).isEmpty()) {
                tags[i] = "PROPN";
                continue;
            }
            if (!tag.equals("VERB") && !tag.equals("AUX")) {
                continue;
            }
            List<ItalianLexicon.Entry> entries = lexicon.lookup(tokens[i]);
            boolean essere = hasVerbLemma(entries, "essere");
            if (!essere && hasVerbLemma(entries, "stare")) { // not "stato", also a participle of essere
                tags[i] = followedBy(i, tokens, tags, lexicon, "Ger") ? "AUX" : "VERB";
            } else if (!essere && hasAnyVerbLemma(entries, PASSIVE)) {
                tags[i] = followedBy(i, tokens, tags, lexicon, "Part") ? "AUX" : "VERB";
            } else if (essere) {
                tags[i] = i > 0 && EXISTENTIAL.contains(lower(tokens[i - 1])) ? "VERB" : "AUX";
            } else if (hasVerbLemma(entries, "avere")) {
                tags[i] = followedBy(i, tokens, tags, lexicon, "Part", true) ? "AUX" : "VERB";
            } else if (hasAnyVerbLemma(entries, MODALS)) {
                tags[i] = followedBy(i, tokens, tags, lexicon, "Inf") ? "AUX" : "VERB";
            }
        }
        participlesAfterAvere(tokens, tags, lexicon);
        functionWords(tokens, tags);
    }

    /** Interrogative "quando", "circa" before numbers, "via" after verbs, "sia" outside correlative pairs. */
    private static void functionWords(String[] tokens, String[] tags) {
        int n = tokens.length;
        boolean question = tokens[n - 1].equals("?");
        for (int i = 0; i < n; i++) {
            String lower = lower(tokens[i]);
            String next = i + 1 < n ? tags[i + 1] : "";
            boolean afterVerb = i > 0 && tags[i - 1].equals("VERB");
            switch (lower) {
                case "quando" -> {
                    if (question && (i == 0 || tags[i - 1].equals("PUNCT"))) {
                        tags[i] = "ADV"; // "Quando è nato?"
                    }
                }
                case "circa" -> {
                    if (next.equals("NUM")) {
                        tags[i] = "ADV"; // "circa 30 persone"
                    }
                }
                case "via" -> {
                    if (afterVerb && !next.equals("PROPN")) {
                        tags[i] = "ADV"; // "portato via", not "via Roma"
                    }
                }
                case "sia" -> {
                    if (tags[i].equals("CCONJ") && (afterVerb || !correlative(tokens, i))) {
                        tags[i] = "AUX"; // "credo sia giusto", "qualora sia necessario"
                    }
                }
                default -> { }
            }
        }
    }

    /** Whether "sia" at {@code i} has its pair: a later "sia", or a near "che"/"o" ("sia grandi che piccoli"). */
    private static boolean correlative(String[] tokens, int i) {
        for (int j = i + 1; j < tokens.length; j++) {
            String l = lower(tokens[j]);
            if (l.equals("sia") || (j <= i + CORRELATIVE_WINDOW && (l.equals("che") || l.equals("o")))) {
                return true;
            }
        }
        return false;
    }

    /** "ho mai visto": the participle after an auxiliary avere is a verb, whatever the model read. */
    private static void participlesAfterAvere(String[] tokens, String[] tags, ItalianLexicon lexicon) {
        for (int i = 0; i < tokens.length; i++) {
            if (!tags[i].equals("AUX") || !hasVerbLemma(lexicon.lookup(tokens[i]), "avere")) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.length && j <= i + WINDOW && SKIP.contains(tags[j])) {
                j++;
            }
            if (j < tokens.length && (tags[j].equals("NOUN") || tags[j].equals("ADJ"))
                    && hasVerbForm(lexicon.lookup(tokens[j]), "Part")) {
                tags[j] = "VERB";
            }
        }
    }

    /** Digits, single separators between them ("1.000", "3,5", "12:30"), or a year like "'90". */
    private static boolean number(String t) {
        int n = t.length();
        if (n == 3 && t.charAt(0) == '\'') {
            return digit(t.charAt(1)) && digit(t.charAt(2));
        }
        boolean afterDigit = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (digit(c)) {
                afterDigit = true;
            } else if (afterDigit && NUMBER_SEPARATORS.indexOf(c) >= 0) {
                afterDigit = false;
            } else {
                return false;
            }
        }
        return afterDigit;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean symbols(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (SYMBOLS.indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    private static boolean capitalised(String token) {
        return token.length() > 1 && Character.isUpperCase(token.charAt(0)) && !Character.isUpperCase(token.charAt(1));
    }

    private static boolean properName(List<ItalianLexicon.Entry> entries) {
        for (ItalianLexicon.Entry e : entries) {
            if (e.category().equals("NPR")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerbForm(List<ItalianLexicon.Entry> entries, String form) {
        for (ItalianLexicon.Entry e : entries) {
            if (form.equals(e.features().get("VerbForm"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerbLemma(List<ItalianLexicon.Entry> entries, String lemma) {
        for (ItalianLexicon.Entry e : entries) {
            if (e.lemma().equals(lemma) && e.features().containsKey("VerbForm") && e.clitics().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnyVerbLemma(List<ItalianLexicon.Entry> entries, Set<String> lemmas) {
        for (ItalianLexicon.Entry e : entries) {
            if (lemmas.contains(e.lemma()) && e.features().containsKey("VerbForm") && e.clitics().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first word after {@code i} that is not an adverb, clitic or particle has that verb form. */
    private static boolean followedBy(int i, String[] tokens, String[] tags, ItalianLexicon lexicon, String form) {
        return followedBy(i, tokens, tags, lexicon, form, false);
    }

    /** @param orNoun also a word tagged NOUN ("l'ho mai visto", where the model read "visto" as a noun) */
    private static boolean followedBy(int i, String[] tokens, String[] tags, ItalianLexicon lexicon, String form,
            boolean orNoun) {
        for (int j = i + 1; j < tokens.length && j <= i + WINDOW; j++) {
            if (SKIP.contains(tags[j])) {
                continue;
            }
            if (!tags[j].equals("VERB") && !tags[j].equals("AUX") && !tags[j].equals("ADJ")
                    && !(orNoun && tags[j].equals("NOUN"))) {
                return false;
            }
            return hasVerbForm(lexicon.lookup(tokens[j]), form);
        }
        return false;
    }

    private static String lower(String s) {
        return s.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
