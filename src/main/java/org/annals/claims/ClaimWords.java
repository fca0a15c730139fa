package org.annals.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.quotes.PhraseSet;
import org.annals.quotes.WordTable;

/**
 * The claim vocabulary of one language (or several merged), read from {@code claims.<lang>.tsv} next
 * to this class: status markers, number words, multipliers, currencies, percent words, months and
 * the words that cannot be units. See the comments at the top of those files. Immutable and
 * thread-safe.
 */
public final class ClaimWords {
    private static final Map<String, Boolean> KINDS = new LinkedHashMap<>();

    static {
        for (String k : List.of("deny", "negation", "alleged", "hedge", "planned", "percent", "month", "nonunit",
                "definite", "year")) {
            KINDS.put(k, false);
        }
        for (String k : List.of("number", "multiplier", "currency")) {
            KINDS.put(k, true);
        }
    }

    final PhraseSet deny;
    final PhraseSet negation;
    final PhraseSet alleged;
    final PhraseSet hedge;
    final PhraseSet planned;
    final PhraseSet percent;
    final PhraseSet month;
    final PhraseSet nonunit;
    final PhraseSet definite;
    final PhraseSet year;
    final Map<String, Double> numbers;
    final Map<String, Double> multipliers;
    final Map<String, String> currencies;
    /**
     * The currency phrases as word forms ({@link org.annals.quotes.Words#forms}), with their codes, in
     * the iteration order of {@link #currencies}: split once here rather than at every figure.
     */
    final List<Map.Entry<List<String>, String>> currencyForms;
    /** Every beginning of a number word ("v", "ve", "ven", …, "venti"): where a compound may go on. */
    final Set<String> numberPrefixes;
    final boolean italian;

    private ClaimWords(List<WordTable> tables, boolean italian) {
        this.italian = italian;
        deny = set(tables, "deny");
        negation = set(tables, "negation");
        alleged = set(tables, "alleged");
        hedge = set(tables, "hedge");
        planned = set(tables, "planned");
        percent = set(tables, "percent");
        month = set(tables, "month");
        nonunit = set(tables, "nonunit");
        definite = set(tables, "definite");
        year = set(tables, "year");
        numbers = doubles(tables, "number");
        multipliers = doubles(tables, "multiplier");
        Map<String, String> c = new LinkedHashMap<>();
        tables.forEach(t -> c.putAll(t.values("currency")));
        currencies = Map.copyOf(c);
        List<Map.Entry<List<String>, String>> forms = new java.util.ArrayList<>();
        currencies.forEach((phrase, code) -> forms.add(Map.entry(org.annals.quotes.Words.forms(phrase), code)));
        currencyForms = List.copyOf(forms);
        Set<String> prefixes = new java.util.HashSet<>();
        numbers.keySet().forEach(w -> {
            for (int i = 1; i <= w.length(); i++) {
                prefixes.add(w.substring(0, i));
            }
        });
        numberPrefixes = Set.copyOf(prefixes);
    }

    /**
     * Reads the words of the given languages.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry, or a value that
     *                                  is not a number or not an ISO 4217 code
     */
    public static ClaimWords load(String... languages) {
        List<WordTable> tables = new java.util.ArrayList<>();
        boolean italian = false;
        for (String lang : languages) {
            tables.add(WordTable.load("/org/annals/claims/claims." + lang + ".tsv", KINDS));
            italian |= lang.equals("it");
        }
        return new ClaimWords(tables, italian);
    }

    private static PhraseSet set(List<WordTable> tables, String kind) {
        List<String> all = new java.util.ArrayList<>();
        tables.forEach(t -> all.addAll(t.phrases(kind)));
        return new PhraseSet(all);
    }

    private static Map<String, Double> doubles(List<WordTable> tables, String kind) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (WordTable t : tables) {
            t.values(kind).forEach((k, v) -> {
                try {
                    m.put(k, Double.parseDouble(v));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(t.name() + ": " + kind + " '" + k + "' has a value that is not a number: " + v);
                }
            });
            t.values("currency").forEach((k, v) -> {
                if (!v.matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException(t.name() + ": currency '" + k + "' needs an ISO 4217 code, not " + v);
                }
            });
        }
        return Map.copyOf(m);
    }
}
