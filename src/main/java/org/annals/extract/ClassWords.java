package org.annals.extract;

import java.util.Locale;

import org.jsoup.nodes.Element;

/**
 * The words of an element's class and id that say what the element is, for rules that recognise
 * blocks by name (comments, share bars, date lines). Left out are words that describe something
 * else:
 * <ul>
 * <li>BEM modifiers ({@code section--ads}) and state classes ({@code has-ads}, {@code js-share},
 * {@code is-sticky}, {@code with-comments}): decorations of a block, not the block itself;</li>
 * <li>taxonomy classes ({@code category-comment}, {@code tag-social-media}), which blog engines
 * put on a post to name its topics: a post filed under "Der Kommentar" is not a comment section.</li>
 * </ul>
 * Stateless.
 */
final class ClassWords {

    private ClassWords() {
    }

    /** The describing words, lower case, each followed by a space; empty when there are none. */
    static String of(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        int n = names.length();
        for (int start = 0; start < n; ) {
            if (space(names.charAt(start))) {
                start++;
                continue;
            }
            int end = start;
            while (end < n && !space(names.charAt(end))) {
                end++;
            }
            String name = names.substring(start, end);
            start = end;
            int modifier = name.indexOf("--");
            String base = modifier >= 0 ? name.substring(0, modifier) : name;
            if (base.isEmpty() || base.startsWith("has-") || base.startsWith("with-") || base.startsWith("js-")
                    || base.startsWith("is-") || base.startsWith("category-") || base.startsWith("tag-")) {
                continue;
            }
            sb.append(base).append(' ');
        }
        return sb.toString();
    }

    /**
     * Whether any of the words occurs in the names (a substring, as a regex alternation would find it, but
     * without trying every alternative at every position).
     */
    static boolean containsAny(String names, String[] words) {
        for (String w : words) {
            if (names.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The white space of a regex's {@code \s}: what separates the names of a class attribute. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
