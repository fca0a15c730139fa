package org.annals.export;

import java.util.regex.Pattern;

/** Text as a GDELT line can hold it: one line, no tabs, since tabs and line breaks delimit the format. */
final class GdeltText {
    /** Tabs, line breaks (including Unicode's) and other control characters, with the spaces around them. */
    private static final Pattern BREAKS = Pattern.compile("\\s*[\\p{Cntrl}\\u2028\\u2029]+\\s*");

    private GdeltText() {}

    /** The text on one line: each run of tabs, line breaks and control characters becomes one space. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
