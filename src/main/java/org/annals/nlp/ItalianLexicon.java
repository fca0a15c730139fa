package org.annals.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The Morph-it! lexicon of Italian (as shipped in LanguageTool's {@code italian.dict}), with its tags
 * mapped to UD parts of speech and features.
 *
 * <p>Thread-safe: the dictionary is read once per JVM ({@link #shared()}); morfologik lookups are not
 * thread-safe, so each thread has its own {@link DictionaryLookup}. Analyses are cached in a bounded
 * concurrent map because the tagger and the lemmatizer ask for the same words.
 */
public final class ItalianLexicon {
    /** Where LanguageTool keeps the dictionary on the classpath. */
    public static final String RESOURCE = "/org/languagetool/resource/it/italian.dict";
    private static final int CACHE_LIMIT = 200_000;

    /**
     * One reading of a word form.
     *
     * @param lemma    the Morph-it lemma
     * @param category the coarse Morph-it category ("VER", "AUX", "NOUN-F", "PRO-PERS-CLI", …), with the
     *                 verb form for verbs ("VER:part")
     * @param upos     the UD parts of speech this reading may take in context (context decides AUX vs
     *                 VERB, DET vs PRON, SCONJ vs CCONJ …)
     * @param features UD features of the reading, unmodifiable
     * @param clitics  clitic pronouns glued to a verb form ("dirlo" → ["lo"]), in order; usually empty
     */
    public record Entry(String lemma, String category, Set<String> upos, Map<String, String> features,
                        List<String> clitics) {}

    private static final class Holder {
        static final ItalianLexicon INSTANCE = new ItalianLexicon(ItalianLexicon.class.getResource(RESOURCE));
    }

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;
    private final Map<String, List<Entry>> cache = new ConcurrentHashMap<>();
    private final Map<String, WordClasses> classes = new ConcurrentHashMap<>();

    private ItalianLexicon(URL url) {
        if (url == null) {
            throw new IllegalStateException("Morph-it dictionary not on the classpath: " + RESOURCE);
        }
        try {
            this.dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** The lexicon loaded from the classpath, once per JVM. */
    public static ItalianLexicon shared() {
        return Holder.INSTANCE;
    }

    /**
     * All readings of a form: those of the form as written and, when it has capitals, those of its
     * lower-cased form (sentence-initial words). Typographic apostrophes count as ASCII ones.
     *
     * @return the readings, possibly empty, never null; unmodifiable
     */
    public List<Entry> lookup(String form) {
        String key = form.replace('\u2019', '\'');
        List<Entry> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        List<Entry> out = new ArrayList<>();
        addReadings(key, out);
        String lower = key.toLowerCase(Locale.ROOT);
        if (!lower.equals(key)) {
            addReadings(lower, out);
        }
        List<Entry> result = Collections.unmodifiableList(out);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear(); // crude bound: a news stream's vocabulary is re-learnt quickly
        }
        cache.put(key, result);
        return result;
    }

    /**
     * A word's ambiguity classes, tagger features that generalise from little training data.
     *
     * @param fine   its sorted distinct Morph-it! categories joined by "|" ("ADJ|NOUN-M|VER:part")
     * @param coarse the sorted distinct UD parts of speech of its readings joined by "|" ("ADJ|NOUN|VERB")
     */
    public record WordClasses(String fine, String coarse) {
        static final WordClasses UNKNOWN = new WordClasses("UNK", "UNK");
    }

    /** The word's ambiguity class: its sorted distinct categories joined by "|", "UNK" when unknown. */
    public String ambiguityClass(String form) {
        return classes(form).fine();
    }

    /** The word's ambiguity classes; both "UNK" when the lexicon does not know it. */
    public WordClasses classes(String form) {
        WordClasses cached = classes.get(form);
        if (cached != null) {
            return cached;
        }
        WordClasses c = computeClasses(form);
        if (classes.size() > CACHE_LIMIT) {
            classes.clear();
        }
        classes.put(form, c);
        return c;
    }

    private WordClasses computeClasses(String form) {
        List<Entry> entries = lookup(form);
        if (entries.isEmpty()) {
            return WordClasses.UNKNOWN;
        }
        Set<String> cats = new TreeSet<>();
        Set<String> upos = new TreeSet<>();
        for (Entry e : entries) {
            cats.add(e.category());
            upos.addAll(e.upos());
        }
        return new WordClasses(String.join("|", cats), String.join("|", upos));
    }

    private void addReadings(String form, List<Entry> out) {
        List<WordData> data;
        try {
            data = lookup.get().lookup(form);
        } catch (RuntimeException e) {
            return; // morfologik rejects some characters outside its alphabet: no readings
        }
        for (WordData wd : data) {
            CharSequence stem = wd.getStem();
            CharSequence tag = wd.getTag();
            if (stem == null || tag == null) {
                continue;
            }
            Entry e = parse(stem.toString(), tag.toString());
            if (e != null) {
                out.add(e);
            }
        }
    }

    /** Maps a Morph-it tag ("VER:cond+pres+3+s", "NOUN-M:s", "PRO-PERS-CLI-3-F-S") to a reading. */
    static Entry parse(String lemma, String tag) {
        int colon = tag.indexOf(':');
        String head = colon < 0 ? tag : tag.substring(0, colon);
        String[] attrs = colon < 0 ? new String[0] : tag.substring(colon + 1).split("\\+");
        String[] parts = head.split("-");
        Map<String, String> f = new LinkedHashMap<>();
        Set<String> upos = new TreeSet<>();
        String category = head;
        switch (parts[0]) {
            case "VER", "AUX", "MOD", "ASP", "CAU" -> {
                verbFeatures(attrs, f);
                category = head + (attrs.length > 0 ? ":" + attrs[0] : "");
                if (parts[0].equals("VER")) {
                    upos.add("VERB");
                } else if (parts[0].equals("AUX")) {
                    upos.add("AUX");
                } else {
                    upos.add("VERB");
                    upos.add("AUX");
                }
            }
            case "NOUN" -> {
                upos.add("NOUN");
                gender(parts.length > 1 ? parts[1] : "", f);
                numberGender(attrs, f);
            }
            case "NPR" -> upos.add("PROPN");
            case "ADJ" -> {
                upos.add("ADJ");
                numberGender(attrs, f);
            }
            case "ADV" -> upos.add("ADV");
            case "ART" -> {
                upos.add("DET");
                gender(parts.length > 1 ? parts[1] : "", f);
                numberGender(attrs, f);
                f.put("PronType", "Art");
            }
            case "ARTPRE" -> {
                upos.add("ADP");
                category = "ARTPRE";
            }
            case "PRE" -> upos.add("ADP");
            case "DET" -> {
                category = parts.length > 1 ? "DET-" + parts[1] : "DET";
                if (head.startsWith("DET-NUM")) {
                    upos.add("NUM"); // UD tags cardinals NUM even before a noun
                } else {
                    upos.add("DET");
                    upos.add("PRON");
                }
                numberGender(attrs, f);
            }
            case "PRO" -> {
                category = head.startsWith("PRO-PERS-CLI") ? "PRO-PERS-CLI"
                        : parts.length > 1 ? "PRO-" + parts[1] : "PRO";
                upos.add(head.startsWith("PRO-NUM") ? "NUM" : "PRON");
                if (head.startsWith("PRO-NUM")) {
                    upos.add("PRON");
                }
                for (int i = 2; i < parts.length; i++) {
                    switch (parts[i]) {
                        case "1", "2", "3" -> f.put("Person", parts[i]);
                        case "M" -> f.put("Gender", "Masc");
                        case "F" -> f.put("Gender", "Fem");
                        case "S" -> f.put("Number", "Sing");
                        case "P" -> f.put("Number", "Plur");
                        default -> { }
                    }
                }
            }
            case "CON" -> {
                upos.add("CCONJ");
                upos.add("SCONJ");
            }
            case "WH" -> {
                category = head;
                upos.add("ADV");
                upos.add("SCONJ");
                upos.add("PRON");
                upos.add("DET");
            }
            case "NE", "SI", "CE" -> upos.add("PRON");
            case "CI" -> {
                upos.add("PRON");
                upos.add("ADV");
            }
            case "INT" -> upos.add("INTJ");
            case "SENT", "PON" -> upos.add("PUNCT");
            case "SYM" -> upos.add("SYM");
            case "TALE" -> {
                upos.add("DET");
                upos.add("ADJ");
                upos.add("PRON");
            }
            case "ABL" -> {
                upos.add("NOUN");
                upos.add("X");
            }
            default -> {
                return null;
            }
        }
        List<String> clitics = List.of();
        if (parts[0].equals("VER") || parts[0].equals("AUX") || parts[0].equals("MOD") || parts[0].equals("ASP")
                || parts[0].equals("CAU")) {
            List<String> c = new ArrayList<>();
            for (int i = 1; i < attrs.length; i++) {
                if (attrs[i].length() > 1 && Character.isLetter(attrs[i].charAt(0))
                        && !VERB_ATTRS.contains(attrs[i])) {
                    c.add(attrs[i]);
                }
            }
            clitics = List.copyOf(c);
        }
        return new Entry(lemma, category, Collections.unmodifiableSet(upos), Collections.unmodifiableMap(f), clitics);
    }

    private static final Set<String> VERB_ATTRS = Set.of("pres", "past", "impf", "fut");

    private static void gender(String g, Map<String, String> f) {
        if (g.equals("M")) {
            f.put("Gender", "Masc");
        } else if (g.equals("F")) {
            f.put("Gender", "Fem");
        }
    }

    private static void numberGender(String[] attrs, Map<String, String> f) {
        for (String a : attrs) {
            switch (a) {
                case "s" -> f.put("Number", "Sing");
                case "p" -> f.put("Number", "Plur");
                case "m" -> f.put("Gender", "Masc");
                case "f" -> f.put("Gender", "Fem");
                default -> { }
            }
        }
    }

    private static void verbFeatures(String[] attrs, Map<String, String> f) {
        if (attrs.length == 0) {
            return;
        }
        switch (attrs[0]) {
            case "ind" -> fin(f, "Ind");
            case "sub" -> fin(f, "Sub");
            case "cond" -> fin(f, "Cnd");
            case "impr" -> fin(f, "Imp");
            case "inf" -> f.put("VerbForm", "Inf");
            case "ger" -> f.put("VerbForm", "Ger");
            case "part" -> f.put("VerbForm", "Part");
            default -> { }
        }
        for (int i = 1; i < attrs.length; i++) {
            switch (attrs[i]) {
                case "pres" -> f.put("Tense", "Pres");
                case "past" -> f.put("Tense", "Past");
                case "impf" -> f.put("Tense", "Imp");
                case "fut" -> f.put("Tense", "Fut");
                case "1", "2", "3" -> f.put("Person", attrs[i]);
                case "s" -> f.put("Number", "Sing");
                case "p" -> f.put("Number", "Plur");
                case "m" -> f.put("Gender", "Masc");
                case "f" -> f.put("Gender", "Fem");
                default -> { } // clitics glued to the verb ("lo", "gli"): not features of the verb
            }
        }
        // UD has no Tense on infinitives and gerunds
        if ("Inf".equals(f.get("VerbForm")) || "Ger".equals(f.get("VerbForm"))) {
            f.remove("Tense");
        }
    }

    private static void fin(Map<String, String> f, String mood) {
        f.put("Mood", mood);
        f.put("VerbForm", "Fin");
    }
}
