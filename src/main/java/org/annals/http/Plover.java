package org.annals.http;

import java.util.Locale;
import java.util.SortedSet;
import org.annals.events.Codebook;

/** PLOVER categories as a filter value: one the codebook knows, in any case, or a 400 listing them. */
final class Plover {
    private static final SortedSet<String> CATEGORIES = Codebook.standard().ploverCategories();

    private Plover() {}

    static String parse(String value) {
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!CATEGORIES.contains(upper)) {
            throw new IllegalArgumentException("parameter 'plover' must be one of " + String.join(", ", CATEGORIES)
                    + ": '" + value + "'");
        }
        return upper;
    }
}
