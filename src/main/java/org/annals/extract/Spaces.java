package org.annals.extract;

/**
 * Whitespace collapsing without regular expressions: extraction does it for every line of every
 * page, and a hand loop is several times faster than {@code replaceAll("\\s+", " ")}.
 */
public final class Spaces {

    private Spaces() {
    }

    /** Whether the character is whitespace, the no-break spaces included. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || (c > ' ' && Character.isWhitespace(c));
    }

    /** Every run of whitespace made one space, leading and trailing whitespace removed. */
    public static String collapse(String s) {
        if (isCollapsed(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isCollapsed(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }
}
