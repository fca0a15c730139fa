package org.annals.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Italian lemmas and features: the UD lemma seen most often with the same form and UPOS in MarkIT train
 * ({@code it/it-lemmas.tsv}); else the Morph-it! reading compatible with the predicted UPOS; else the
 * lower-cased form. Features always come from the compatible Morph-it! reading ("avrebbe" as AUX:
 * Mood=Cnd, Tense=Pres, Person=3, Number=Sing, VerbForm=Fin). UD conventions are applied on top:
 * articles have lemma "il" or "uno", proper nouns, numbers and punctuation keep their form.
 *
 * <p>An articulated preposition ("della", "nell'") is one token with UPOS ADP and the preposition's
 * lemma ("di"); {@link #syntacticWords} expands it into the two UD words (di + il) for evaluation and
 * for callers that need them. Immutable and thread-safe.
 */
public final class ItalianMorphology implements Morphology {
    /** One UD syntactic word of a token. */
    public record Word(String upos, String lemma) {}

    private static final String LEMMAS = "/org/annals/nlp/it/it-lemmas.tsv";
    private static final Map<String, String[]> CONTRACTIONS = contractions();
    /**
     * Truncated verb forms: "aver" → avere. (Euphonic "ad", "ed" are left alone: ISDT lemmatises them "a",
     * "e", MarkIT "ad", "ed".)
     */
    private static final Map<String, String> SHORT_FORMS = Map.of("aver", "avere", "esser", "essere");
    private static final Set<String> DEF_ARTICLES = Set.of("il", "lo", "la", "i", "gli", "le", "l'");
    private static final Set<String> INDEF_ARTICLES = Set.of("un", "uno", "una", "un'");

    private final ItalianLexicon lexicon;
    private final Map<String, String> lemmas;

    /** Morphology over the shared lexicon and the shipped lemma table. */
    public ItalianMorphology() {
        this.lexicon = ItalianLexicon.shared();
        this.lemmas = readLemmas();
    }

    @Override
    public List<Analysis> analyze(String[] tokens, String[] upos) {
        if (tokens.length != upos.length) {
            throw new IllegalArgumentException("tokens and tags differ in length: " + tokens.length + " vs "
                    + upos.length);
        }
        List<Analysis> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            out.add(analyze(tokens[i], upos[i]));
        }
        return out;
    }

    /** The lemma of an auxiliary the lexicon reads otherwise: its essere/avere/modal verb reading. */
    private String auxiliaryLemma(String form, String lower) {
        for (ItalianLexicon.Entry e : lexicon.lookup(form)) {
            if (e.features().containsKey("VerbForm") && e.clitics().isEmpty()) {
                return e.lemma();
            }
        }
        String known = lemmas.get(lower + "\tAUX");
        return known != null ? known : lower;
    }

    /** Whether a lower-cased token is an articulated preposition ("della", "nell'", "col"). */
    static boolean isContraction(String lower) {
        return CONTRACTIONS.containsKey(lower);
    }

    /** The analysis of one token with its predicted UPOS. */
    public Analysis analyze(String token, String upos) {
        String form = token.replace('\u2019', '\'');
        String lower = form.toLowerCase(Locale.ROOT);
        switch (upos) {
            case "PUNCT", "SYM", "NUM", "X" -> {
                return new Analysis(form, upos.equals("NUM") ? Map.of("NumType", "Card") : Map.of());
            }
            default -> { }
        }
        ItalianLexicon.Entry entry = bestEntry(form, upos);
        Map<String, String> features = entry == null ? Map.of() : new LinkedHashMap<>(entry.features());
        String lemma;
        if (upos.equals("PROPN")) {
            lemma = form;
        } else if (upos.equals("DET") && DEF_ARTICLES.contains(lower)) {
            lemma = "il";
            features = articleFeatures(features, "Def");
        } else if (upos.equals("DET") && INDEF_ARTICLES.contains(lower)) {
            lemma = "uno";
            features = articleFeatures(features, "Ind");
        } else if (upos.equals("ADP") && CONTRACTIONS.containsKey(lower)) {
            lemma = CONTRACTIONS.get(lower)[0];
        } else if (SHORT_FORMS.containsKey(lower)) {
            lemma = SHORT_FORMS.get(lower);
        } else if (upos.equals("AUX") && (entry == null || !entry.features().containsKey("VerbForm"))) {
            lemma = auxiliaryLemma(form, lower); // "sia" read as a conjunction by the lexicon
        } else {
            String known = lemmas.get(lower + "\t" + upos);
            lemma = known != null ? known : entry != null ? entry.lemma() : lower;
        }
        return new Analysis(lemma, features);
    }

    /**
     * The UD syntactic words of a token: two for an articulated preposition ("della" → di/ADP,
     * il/DET), one per clitic more for a verb with clitics ("dirlo" → dire/VERB, lo/PRON), else one.
     */
    public List<Word> syntacticWords(String token, String upos, String lemma) {
        String lower = token.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        String[] c = CONTRACTIONS.get(lower);
        if (upos.equals("ADP") && c != null) {
            return List.of(new Word("ADP", c[0]), new Word("DET", "il"));
        }
        if (upos.equals("VERB") || upos.equals("AUX")) {
            ItalianLexicon.Entry e = bestEntry(token, upos);
            if (e != null && !e.clitics().isEmpty()) {
                List<Word> out = new ArrayList<>();
                out.add(new Word(upos, lemma));
                for (String clitic : e.clitics()) {
                    out.add(new Word("PRON", cliticLemma(clitic)));
                }
                return out;
            }
        }
        return List.of(new Word(upos, lemma));
    }

    private static String cliticLemma(String clitic) {
        return switch (clitic) {
            case "la", "li", "le" -> "lo";
            case "glie" -> "gli";
            case "me" -> "mi";
            case "te" -> "ti";
            case "se" -> "si";
            case "ce" -> "ci";
            case "ve" -> "vi";
            default -> clitic;
        };
    }

    private static Map<String, String> articleFeatures(Map<String, String> f, String definite) {
        Map<String, String> out = new LinkedHashMap<>(f);
        out.put("Definite", definite);
        out.put("PronType", "Art");
        return out;
    }

    /** The Morph-it reading that fits the UPOS best: its own category first (AUX for AUX, VER for VERB). */
    private ItalianLexicon.Entry bestEntry(String form, String upos) {
        ItalianLexicon.Entry fallback = null;
        for (ItalianLexicon.Entry e : lexicon.lookup(form)) {
            if (!e.upos().contains(upos)) {
                continue;
            }
            boolean native_ = e.upos().size() == 1 || (upos.equals("AUX") && e.category().startsWith("AUX"));
            if (native_) {
                return e;
            }
            if (fallback == null) {
                fallback = e;
            }
        }
        return fallback;
    }

    /** "della" → {"di", "la"}: Italian articulated prepositions, built from their regular parts. */
    private static Map<String, String[]> contractions() {
        Map<String, String[]> m = new HashMap<>();
        String[][] preps = {{"a", "a"}, {"di", "de"}, {"da", "da"}, {"in", "ne"}, {"su", "su"}};
        String[][] arts = {{"l", "il"}, {"llo", "lo"}, {"lla", "la"}, {"i", "i"}, {"gli", "gli"}, {"lle", "le"},
                {"ll'", "l'"}};
        for (String[] p : preps) {
            for (String[] a : arts) {
                m.put(p[1] + a[0], new String[] {p[0], a[1]});
            }
        }
        m.put("col", new String[] {"con", "il"});
        m.put("coi", new String[] {"con", "i"});
        m.put("pel", new String[] {"per", "il"});
        m.put("pei", new String[] {"per", "i"});
        return Map.copyOf(m);
    }

    private static Map<String, String> readLemmas() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = ItalianMorphology.class.getResourceAsStream(LEMMAS)) {
            if (in == null) {
                throw new IllegalStateException("lemma table not on the classpath: " + LEMMAS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length == 3) {
                    m.put(f[0] + "\t" + f[1], f[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LEMMAS, e);
        }
        return Map.copyOf(m);
    }
}
