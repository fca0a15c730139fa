package org.annals.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.actors.DictionaryFormatException;
import org.annals.actors.TextNormalizer;

/**
 * The verb, noun and frame patterns of one language, read from {@code patterns.LANG.tsv} and indexed
 * by the folded forms of their trigger word and by lemma. The file format is described in the header
 * of the shipped files. Immutable and thread-safe.
 */
final class PatternDictionary {
    private final String language;
    private final Map<String, List<Pattern>> byForm;
    private final Map<String, List<Pattern>> byLemma;
    private final List<Map.Entry<String, Pattern>> stems;
    private final int size;
    private final Set<String> futures;

    private PatternDictionary(String language, Map<String, List<Pattern>> byForm, Map<String, List<Pattern>> byLemma,
            List<Map.Entry<String, Pattern>> stems, int size, Set<String> futures) {
        this.futures = futures;
        this.language = language;
        this.byForm = byForm;
        this.byLemma = byLemma;
        this.stems = stems;
        this.size = size;
    }

    String language() {
        return language;
    }

    /** Folded future-tense forms of the verb triggers ("firmera", "sposteranno"). */
    Set<String> futures() {
        return futures;
    }

    /** Number of pattern lines. */
    int size() {
        return size;
    }

    /**
     * Patterns whose trigger word may be {@code key} (a folded surface form) or {@code lemma} (a folded
     * lemma from the language layer, or null), most specific first (those with a complement).
     */
    List<Pattern> candidates(String key, String lemma) {
        List<Pattern> a = byForm.get(key);
        List<Pattern> b = lemma == null || lemma.equals(key) ? null : byLemma.get(lemma);
        List<Pattern> out = null;
        for (List<Pattern> l : java.util.Arrays.asList(a, b)) {
            if (l != null) {
                if (out == null) {
                    out = l;
                } else {
                    out = new ArrayList<>(out);
                    for (Pattern p : l) {
                        if (!out.contains(p)) {
                            out.add(p);
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, Pattern> s : stems) {
            if (key.startsWith(s.getKey())) {
                out = out == null ? new ArrayList<>() : new ArrayList<>(out);
                if (!out.contains(s.getValue())) {
                    out.add(s.getValue());
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * Parses a pattern file.
     *
     * @throws DictionaryFormatException naming the file and line of the first bad line: wrong column
     *         count, unknown kind, a code the codebook lacks, an unknown option
     */
    static PatternDictionary parse(String file, String content, String language, Codebook codebook) {
        Map<String, List<Pattern>> byForm = new HashMap<>();
        Map<String, List<Pattern>> byLemma = new HashMap<>();
        List<Map.Entry<String, Pattern>> stems = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        int n = 0;
        Set<String> futures = new java.util.HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 3 || c.length > 6) {
                throw new DictionaryFormatException(file, i + 1,
                        "expected 3 to 6 tab-separated columns (kind, code, lemma, forms, complement, options), found "
                                + c.length);
            }
            String[] col = new String[6];
            for (int k = 0; k < 6; k++) {
                col[k] = k < c.length ? c[k].strip() : "";
            }
            Pattern p = pattern(file, i + 1, col, language, codebook);
            n++;
            String first = p.lemma().get(0);
            Set<String> forms = new LinkedHashSet<>();
            String lemmaWord = p.reflexive() ? first.substring(0, first.length() - 2) + "e" : first;
            if (!col[3].equals("-") && !col[3].isEmpty()) {
                for (String f : col[3].split("\\|")) {
                    String k = TextNormalizer.fold(f.strip());
                    if (k.isEmpty() || !k.matches("[a-z0-9']+\\*?")) {
                        throw new DictionaryFormatException(file, i + 1, "bad form '" + f + "'");
                    }
                    if (k.endsWith("*")) {
                        stems.add(Map.entry(k.substring(0, k.length() - 1), p));
                    } else {
                        forms.add(k);
                    }
                }
            }
            forms.addAll(Inflector.forms(lemmaWord, p.kind() != Pattern.Kind.NOUN, language));
            if (language.equals("it") && p.kind() != Pattern.Kind.NOUN) {
                futures.addAll(Inflector.italianFutures(lemmaWord));
            }
            for (String f : forms) {
                byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
            }
            byLemma.computeIfAbsent(lemmaWord, k -> new ArrayList<>()).add(p);
        }
        // Most specific first: patterns with a complement or fixed following words win.
        java.util.Comparator<Pattern> specific = java.util.Comparator.comparingInt(
                (Pattern p) -> -(p.complement().isEmpty() ? 0 : 2) - p.rest().size());
        byForm.values().forEach(l -> l.sort(specific));
        byLemma.values().forEach(l -> l.sort(specific));
        Map<String, List<Pattern>> f = new HashMap<>();
        byForm.forEach((k, v) -> f.put(k, List.copyOf(v)));
        Map<String, List<Pattern>> l = new HashMap<>();
        byLemma.forEach((k, v) -> l.put(k, List.copyOf(v)));
        return new PatternDictionary(language, Collections.unmodifiableMap(f), Collections.unmodifiableMap(l),
                List.copyOf(stems), n, Set.copyOf(futures));
    }

    private static Pattern pattern(String file, int line, String[] col, String language, Codebook codebook) {
        Pattern.Kind kind;
        try {
            kind = Pattern.Kind.valueOf(col[0].toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DictionaryFormatException(file, line, "kind must be verb, noun or frame, was '" + col[0] + "'");
        }
        String code = col[1].equals("-") ? null : col[1];
        if (kind == Pattern.Kind.FRAME ? code != null : code == null || !codebook.has(code)) {
            throw new DictionaryFormatException(file, line, kind == Pattern.Kind.FRAME
                    ? "a frame has no code: write '-'" : "unknown CAMEO code '" + col[1] + "'");
        }
        List<String> lemma = new ArrayList<>();
        for (String w : TextNormalizer.fold(col[2]).split("\\s+")) {
            if (!w.isEmpty()) {
                lemma.add(w);
            }
        }
        if (lemma.isEmpty() || !lemma.get(0).matches("[a-z']+")) {
            throw new DictionaryFormatException(file, line, "bad lemma '" + col[2] + "'");
        }
        boolean reflexive = language.equals("it") && kind != Pattern.Kind.NOUN && lemma.get(0).endsWith("rsi");
        Set<String> complement = new LinkedHashSet<>();
        if (!col[4].isEmpty() && !col[4].equals("-")) {
            for (String w : col[4].split("\\|")) {
                String k = TextNormalizer.fold(w.strip());
                if (!k.matches("[a-z0-9']+\\*?")) {
                    throw new DictionaryFormatException(file, line, "bad complement word '" + w + "'");
                }
                complement.add(k);
            }
        }
        Set<String> preps = new LinkedHashSet<>();
        boolean sym = false;
        boolean solo = false;
        boolean recall = false;
        boolean anaphor = false;
        boolean ess = false;
        boolean ofTarget = false;
        String fig = null;
        for (String o : col[5].split(";")) {
            o = o.strip();
            if (o.isEmpty() || o.equals("-")) {
                continue;
            }
            int eq = o.indexOf('=');
            String key = eq < 0 ? o : o.substring(0, eq);
            String value = eq < 0 ? "" : o.substring(eq + 1);
            switch (key) {
                case "sym" -> sym = true;
                case "solo" -> solo = true;
                case "recall" -> recall = true;
                case "anaphor" -> anaphor = true;
                case "ess" -> ess = true;
                case "of" -> {
                    if (!value.equals("target") && !value.equals("source")) {
                        throw new DictionaryFormatException(file, line, "of= must be source or target");
                    }
                    ofTarget = value.equals("target");
                }
                case "target" -> {
                    for (String p : value.split(",")) {
                        if (!p.isBlank()) {
                            preps.add(p.strip());
                        }
                    }
                }
                case "fig" -> {
                    if (!codebook.has(value)) {
                        throw new DictionaryFormatException(file, line, "unknown CAMEO code in fig=" + value);
                    }
                    fig = value;
                }
                default -> throw new DictionaryFormatException(file, line, "unknown option '" + o
                        + "' (known: sym, solo, recall, anaphor, ess, of=, target=, fig=)");
            }
        }
        if (preps.isEmpty()) {
            if (kind == Pattern.Kind.VERB) {
                preps.add("obj");
            } else {
                preps.addAll(language.equals("it") ? List.of("con", "contro", "verso", "a", "in")
                        : List.of("with", "against", "toward", "towards", "to", "on", "in"));
            }
        }
        String id = file + ":" + line + " " + String.join(" ", lemma) + (complement.isEmpty() ? ""
                : "+" + String.join("|", complement));
        return new Pattern(id, kind, code, List.copyOf(lemma), List.copyOf(lemma.subList(1, lemma.size())),
                reflexive, Set.copyOf(complement), Set.copyOf(preps), ofTarget, sym, solo, fig, recall, anaphor, ess);
    }
}
