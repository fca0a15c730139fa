package org.annals.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.model.MaxentModel;

/**
 * English lemmas by rule ({@link EnglishLemmaRules}) or else from OpenNLP's UD EWT lemmatizer model, and cheap verb features derived from the form and
 * lemma: -ing → VerbForm=Part|Tense=Pres (Ger after a preposition is not told apart), a form differing
 * from its lemma otherwise → Tense=Past (Part after have/be, else Fin|Mood=Ind), -s → Pres, 3rd person
 * singular; modals are VerbForm=Fin, and would/could/should/might also Mood=Cnd (the conditional sense
 * that matters to claim extraction; UD EWT itself gives modals no Mood). Proper nouns, numbers and
 * punctuation keep their form as lemma.
 *
 * <p>The maxent lemmatizer costs about ten times the tagger, so it only sees the tokens the rules leave
 * undecided (irregular or ambiguous spellings, "her", comparatives), one token at a time: greedy, with
 * the previous token's lemma class as its context feature, the way LemmatizerME's beam would score it.
 * Its answers are cached per (form, UPOS); the cache is bounded (cleared when full). Thread-safe: the
 * model and the (stateless) context generator are shared, the cache is concurrent.
 */
public final class EnglishMorphology implements Morphology {
    private static final Set<String> CONDITIONAL = Set.of("would", "could", "should", "might", "'d");
    private static final Set<String> MODALS = Set.of("can", "may", "must", "shall", "will", "ca", "wo", "'ll");
    private static final Set<String> PERFECT_OR_PASSIVE = Set.of("have", "be", "get");

    private static final int CACHE_LIMIT = 200_000;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private static final MaxentModel LEMMA_MODEL = Models.EnLemmas.MODEL.getArtifact("lemmatizer.model");
    private static final DefaultLemmatizerContextGenerator LEMMA_CONTEXT = new DefaultLemmatizerContextGenerator();

    @Override
    public List<Analysis> analyze(String[] tokens, String[] upos) {
        if (tokens.length != upos.length) {
            throw new IllegalArgumentException("tokens and tags differ in length: " + tokens.length + " vs "
                    + upos.length);
        }
        String[] lemmas = lemmas(tokens, upos);
        List<Analysis> out = new ArrayList<>(tokens.length);
        String lastAuxLemma = null;
        for (int i = 0; i < tokens.length; i++) {
            String form = tokens[i];
            String lower = form.toLowerCase(Locale.ROOT);
            String tag = upos[i];
            String lemma = lemmas[i];
            if (tag.equals("PROPN") || tag.equals("PUNCT") || tag.equals("NUM") || tag.equals("SYM")) {
                lemma = form;
            } else if (lemma == null || lemma.isBlank() || lemma.equals("O")) {
                lemma = lower;
            }
            Map<String, String> f = new LinkedHashMap<>();
            if (tag.equals("VERB") || tag.equals("AUX")) {
                verbFeatures(lower, lemma.toLowerCase(Locale.ROOT), lastAuxLemma, f);
            } else if (tag.equals("NUM")) {
                f.put("NumType", "Card");
            }
            if (tag.equals("AUX")) {
                lastAuxLemma = lemma.toLowerCase(Locale.ROOT);
            } else if (!tag.equals("ADV") && !tag.equals("PART")) {
                lastAuxLemma = null;
            }
            out.add(new Analysis(lemma, f));
        }
        return out;
    }

    private String[] lemmas(String[] tokens, String[] upos) {
        String[] out = new String[tokens.length];
        String[] classes = null; // edit scripts of the lemmas so far: the model's previous-decision feature
        for (int i = 0; i < tokens.length; i++) {
            String tag = upos[i];
            if (tag.equals("PROPN") || tag.equals("PUNCT") || tag.equals("NUM") || tag.equals("SYM")) {
                out[i] = tokens[i];
                continue;
            }
            String lemma = EnglishLemmaRules.lemma(tokens[i].toLowerCase(Locale.ROOT), tag);
            if (lemma == null) {
                String key = tokens[i] + '\u0001' + tag;
                lemma = cache.get(key);
                if (lemma == null) {
                    if (classes == null) {
                        classes = new String[tokens.length];
                    }
                    for (int j = Math.max(0, i - 1); j < i; j++) {
                        classes[j] = LemmatizerME.encodeLemmas(new String[] {tokens[j]}, new String[] {out[j]})[0];
                    }
                    lemma = modelLemma(i, tokens, upos, classes);
                    if (cache.size() > CACHE_LIMIT) {
                        cache.clear();
                    }
                    cache.putIfAbsent(key, lemma);
                }
            }
            out[i] = lemma;
        }
        return out;
    }

    /** The statistical lemmatizer's best lemma class for one token, given the previous token's. */
    private static String modelLemma(int i, String[] tokens, String[] upos, String[] classes) {
        double[] p = LEMMA_MODEL.eval(LEMMA_CONTEXT.getContext(i, tokens, upos, classes));
        int best = 0;
        for (int o = 1; o < p.length; o++) {
            if (p[o] > p[best]) {
                best = o;
            }
        }
        return LemmatizerME.decodeLemmas(new String[] {tokens[i]}, new String[] {LEMMA_MODEL.getOutcome(best)})[0];
    }

    private static void verbFeatures(String form, String lemma, String lastAux, Map<String, String> f) {
        if (CONDITIONAL.contains(form)) {
            f.put("Mood", "Cnd");
            f.put("VerbForm", "Fin");
        } else if (MODALS.contains(form)) {
            f.put("VerbForm", "Fin");
        } else if (form.endsWith("ing") && !lemma.endsWith("ing")) {
            f.put("Tense", "Pres");
            f.put("VerbForm", "Part");
        } else if (form.equals(lemma)) {
            if (lastAux != null) {
                f.put("VerbForm", "Inf");
            }
        } else if (form.endsWith("s") && !form.endsWith("ss") && !lemma.equals("be")) {
            f.put("Mood", "Ind");
            f.put("Number", "Sing");
            f.put("Person", "3");
            f.put("Tense", "Pres");
            f.put("VerbForm", "Fin");
        } else if (lemma.equals("be") && (form.equals("is") || form.equals("am") || form.equals("are")
                || form.equals("'s") || form.equals("'re") || form.equals("'m"))) {
            f.put("Mood", "Ind");
            f.put("Tense", "Pres");
            f.put("VerbForm", "Fin");
        } else if (lastAux != null && PERFECT_OR_PASSIVE.contains(lastAux)) {
            f.put("Tense", "Past");
            f.put("VerbForm", "Part");
        } else {
            f.put("Mood", "Ind");
            f.put("Tense", "Past");
            f.put("VerbForm", "Fin");
        }
    }
}
