package org.annals.time;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a list of phrases as one regular-expression alternation factored by common prefixes
 * ("gen(?:naio|\.)…" rather than "gennaio|gen\.|…"), for the time grammar's lexicon categories.
 *
 * <p>Why: {@code java.util.regex} tries the branches of an alternation one after another, so a flat
 * list of a hundred number words costs a hundred comparisons at every position a rule is tried; the
 * factored form rejects a position after one comparison per distinct first character.
 *
 * <p>Contract: the result matches exactly what the flat alternation {@code p1|p2|…} of the phrases
 * (each written as {@link #flat}) matches, and tries the possible matches at a position in the same
 * order, provided the phrases come longest first (as the callers sort them). The order is the same
 * because two phrases can match at one position only when one is a word-by-word prefix of the other
 * (their first differing element is two different characters, or a character against white space),
 * and the factored form tries a longer continuation before the end of a shorter phrase, as the
 * longest-first list does. A space in a phrase matches any run of white space ({@code \s+}); after
 * each phrase comes {@code suffix} of that phrase (empty, or say {@code \s+}).
 */
final class PhraseTrie {
    private PhraseTrie() {}

    /** A node: its children by the next element (a character, or {@code ' '} for white space), and whether a phrase ends here. */
    private static final class Node {
        final Map<Character, Node> children = new LinkedHashMap<>();
        String end; // the suffix of the phrase that ends here, null when none does
    }

    /**
     * The factored alternation, wrapped in a non-capturing group; null when {@code phrases} is empty.
     *
     * @param phrases lower-case phrases, words separated by single spaces, longest first
     * @param suffix what follows each phrase in the pattern (a regular expression, possibly empty)
     */
    static String of(List<String> phrases, Function<String, String> suffix) {
        if (phrases.isEmpty()) {
            return null;
        }
        Node root = new Node();
        for (String p : phrases) {
            Node n = root;
            for (int i = 0; i < p.length(); i++) {
                n = n.children.computeIfAbsent(p.charAt(i), c -> new Node());
            }
            if (n.end == null) {
                n.end = suffix.apply(p);
            }
        }
        StringBuilder b = new StringBuilder("(?:");
        write(root, b);
        return b.append(')').toString();
    }

    /** The flat form of one phrase, as the alternation matches it: words quoted, spaces as {@code \s+}. */
    static String flat(String phrase) {
        StringBuilder b = new StringBuilder();
        String[] words = phrase.split(" ");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                b.append("\\s+");
            }
            b.append(java.util.regex.Pattern.quote(words[w]));
        }
        return b.toString();
    }

    private static void write(Node n, StringBuilder b) {
        int options = n.children.size() + (n.end == null ? 0 : 1);
        if (options == 1 && n.end != null) {
            b.append(n.end);
            return;
        }
        boolean group = options > 1;
        if (group) {
            b.append("(?:");
        }
        boolean first = true;
        for (Map.Entry<Character, Node> e : n.children.entrySet()) {
            if (!first) {
                b.append('|');
            }
            first = false;
            char c = e.getKey();
            Node child = e.getValue();
            // a run of single-child nodes is written as one literal
            while (true) {
                element(c, b);
                if (child.end != null || child.children.size() != 1) {
                    break;
                }
                Map.Entry<Character, Node> only = child.children.entrySet().iterator().next();
                c = only.getKey();
                child = only.getValue();
            }
            write(child, b);
        }
        if (n.end != null) {
            // the end of a shorter phrase after its longer continuations, as longest-first has it
            b.append('|').append(n.end);
        }
        if (group) {
            b.append(')');
        }
    }

    private static void element(char c, StringBuilder b) {
        if (c == ' ') {
            b.append("\\s+");
        } else if (Character.isLetterOrDigit(c)) {
            b.append(c);
        } else if (c < 128) {
            b.append('\\').append(c); // ASCII punctuation: escaped, whatever its meaning in a pattern
        } else {
            b.append(c); // other symbols ("°", "’") have no meaning in a pattern
        }
    }
}
