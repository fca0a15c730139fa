package org.annals.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of word sequences matched against {@link Words} tokens, longest first, case-insensitively.
 * Immutable and thread-safe.
 */
public final class PhraseSet {
    private final Map<String, List<List<String>>> byFirst;

    public PhraseSet(Collection<String> phrases) {
        Map<String, List<List<String>>> map = new HashMap<>();
        for (String p : phrases) {
            List<String> forms = Words.forms(p);
            if (!forms.isEmpty()) {
                map.computeIfAbsent(forms.get(0), k -> new ArrayList<>()).add(List.copyOf(forms));
            }
        }
        map.values().forEach(l -> l.sort(Comparator.comparingInt(List<String>::size).reversed()));
        Map<String, List<List<String>>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byFirst = Map.copyOf(frozen);
    }

    /** The number of tokens of the longest phrase that starts at {@code i}, or 0. */
    public int matchAt(List<Words.W> words, int i) {
        if (i < 0 || i >= words.size()) {
            return 0;
        }
        List<List<String>> candidates = byFirst.get(words.get(i).lower());
        if (candidates == null) {
            return 0;
        }
        for (List<String> c : candidates) {
            if (i + c.size() <= words.size() && matches(words, i, c)) {
                return c.size();
            }
        }
        return 0;
    }

    public boolean contains(String word) {
        List<List<String>> c = byFirst.get(word);
        return c != null && c.stream().anyMatch(l -> l.size() == 1);
    }

    private static boolean matches(List<Words.W> words, int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(i + k).lower().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
