package org.annals.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lets a short name ("Kim", "Putin") take the full name the same article uses ("Kim Jong-un",
 * "Vladimir Putin"). Full names that frames attribute speech to are tried first, then every
 * multi-word name of the text; spellings that differ only by case, spaces or hyphens ("Kim Jong Un",
 * "Kim Jong-un") count as one name, written in its most frequent form. A short name that more than
 * one full name contains stays as it is. Immutable once built; one per article.
 */
public final class NameIndex {
    private final Map<String, Integer> speakers;
    private final Map<String, Integer> all;

    /**
     * @param speakerNames full names found by speaker frames, with repetitions
     * @param textNames    multi-word names of the whole text, with repetitions
     */
    public NameIndex(List<String> speakerNames, List<String> textNames) {
        this.speakers = count(speakerNames);
        this.all = count(textNames);
    }

    /** The full form of {@code mention}, or the mention itself. */
    public String expand(String mention) {
        if (mention == null || mention.contains(" ") || mention.isEmpty()
                || !Character.isUpperCase(mention.codePointAt(0))) {
            return mention;
        }
        String fromSpeakers = unique(mention, speakers);
        if (fromSpeakers != null) {
            return fromSpeakers;
        }
        String fromText = unique(mention, all);
        return fromText != null ? fromText : mention;
    }

    private String unique(String shortName, Map<String, Integer> forms) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String form : forms.keySet()) {
            for (String part : form.split("[\\s\\-]+")) {
                if (part.equals(shortName)) {
                    groups.computeIfAbsent(key(form), k -> new ArrayList<>()).add(form);
                    break;
                }
            }
        }
        if (groups.size() != 1) {
            return null;
        }
        String best = null;
        for (String form : groups.values().iterator().next()) {
            if (best == null || score(form, forms) > score(best, forms)) {
                best = form;
            }
        }
        return best;
    }

    private int score(String form, Map<String, Integer> forms) {
        // frequency among the given forms first, then in the whole text
        return forms.getOrDefault(form, 0) * 1000 + all.getOrDefault(form, 0);
    }

    private static String key(String form) {
        return form.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ");
    }

    private static Map<String, Integer> count(List<String> names) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String n : names) {
            if (n.contains(" ")) {
                m.merge(n, 1, Integer::sum);
            }
        }
        return m;
    }
}
