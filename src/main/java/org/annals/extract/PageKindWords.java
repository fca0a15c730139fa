package org.annals.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.actors.Tsv;

/**
 * The phrases that mark a page which is not an article: error pages ("pagina non trovata"), login and
 * registration pages ("accedi", "sign in") and subscription walls ("abbonati per continuare a leggere"),
 * one plain TSV resource per language ({@code pagekinds.it.tsv}, {@code pagekinds.en.tsv}, …), each with a
 * header that documents it.
 *
 * <p>Phrases match as whole words in text that is lower-cased with its white space collapsed. Every
 * language's phrases are looked for in every page. Immutable and thread-safe; loading checks each line and
 * fails naming the file and line of a bad one.
 */
public final class PageKindWords {

    /** What a phrase marks. */
    public enum Kind { ERROR, LOGIN, PAYWALL }

    /** The languages whose phrase files ship with the project. */
    public static final List<String> DEFAULT_LANGUAGES = BoilerplateRules.DEFAULT_LANGUAGES;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<Kind, Pattern> patterns;
    /** Per kind, the length of its shortest phrase: a shorter text cannot hold one. */
    private final Map<Kind, Integer> shortest;

    private PageKindWords(Map<Kind, List<String>> phrases) {
        Map<Kind, Pattern> compiled = new EnumMap<>(Kind.class);
        Map<Kind, Integer> lengths = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            List<String> alternatives = new ArrayList<>();
            for (String p : phrases.getOrDefault(k, List.of())) {
                lengths.merge(k, p.length(), Math::min);
                alternatives.add(Pattern.quote(p));
            }
            // whole words: no letter or digit right before or after the phrase
            compiled.put(k, alternatives.isEmpty() ? null
                    : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])"));
        }
        this.patterns = compiled;
        this.shortest = lengths;
    }

    /** The phrases of {@link #DEFAULT_LANGUAGES}, from the classpath. */
    public static PageKindWords load() {
        return load(DEFAULT_LANGUAGES);
    }

    /**
     * Loads {@code pagekinds.<lang>.tsv} for each language from the classpath.
     *
     * @throws org.annals.actors.DictionaryFormatException naming file and line for a bad line or a missing file
     */
    public static PageKindWords load(List<String> languages) {
        Map<Kind, List<String>> phrases = new EnumMap<>(Kind.class);
        for (String lang : languages) {
            String name = "pagekinds." + lang + ".tsv";
            read(name, Tsv.resource(PageKindWords.class, name), phrases);
        }
        return new PageKindWords(phrases);
    }

    /** The phrases of one file's content; {@code name} is used in error messages. */
    static PageKindWords of(String name, String tsv) {
        Map<Kind, List<String>> phrases = new EnumMap<>(Kind.class);
        read(name, tsv, phrases);
        return new PageKindWords(phrases);
    }

    private static void read(String name, String tsv, Map<Kind, List<String>> phrases) {
        for (Tsv.Row row : Tsv.read(name, tsv, 2)) {
            Kind kind = kind(row);
            String phrase = normalise(row.col(1));
            if (phrase.isEmpty()) {
                throw row.fail("empty phrase");
            }
            phrases.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase);
        }
    }

    private static Kind kind(Tsv.Row row) {
        for (Kind k : Kind.values()) {
            if (k.name().equalsIgnoreCase(row.col(0))) {
                return k;
            }
        }
        throw row.fail("unknown kind '" + row.col(0) + "' (error, login or paywall)");
    }

    /** The first phrase of {@code kind} found in {@code text}, as the text writes it normalised, or null. */
    public String find(Kind kind, String text) {
        Pattern p = patterns.get(kind);
        if (p == null || text == null || text.isBlank()) {
            return null;
        }
        // Normalising never lengthens a text (but for U+0130, whose lower case is two chars), so most of
        // a page's short texts (link labels, figures) are passed over without it.
        if (text.length() < shortest.get(kind) && text.indexOf('\u0130') < 0) {
            return null;
        }
        Matcher m = p.matcher(normalise(text));
        return m.find() ? m.group() : null;
    }

    /** Lower case, white space collapsed, the typographic apostrophe folded to the plain one. */
    static String normalise(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ").strip();
    }
}
