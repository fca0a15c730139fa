package org.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.annals.output.ResultJson;

/** The line under a paged table, and the JSON object a page of results goes in. */
final class Pages {
    private Pages() {}

    /**
     * "21–40 of 1,234 events · page 2 of 62 · next: --page 3", or "no events match" when there are none.
     *
     * @param shown the rows on this page
     */
    static String note(long total, int page, int size, int shown, String noun) {
        if (total == 0) {
            return "no " + noun + " match";
        }
        long pages = (total + size - 1) / size;
        long first = (long) (page - 1) * size + 1;
        if (shown == 0) {
            return String.format(Locale.ROOT, "%,d %s match; page %,d is past the last page (%,d)",
                    total, noun, page, pages);
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d–%,d of %,d %s",
                first, first + shown - 1, total, noun));
        if (pages > 1) {
            b.append(String.format(Locale.ROOT, " · page %,d of %,d", page, pages));
        }
        if (page < pages) {
            b.append(String.format(Locale.ROOT, " · next: --page %d", page + 1));
        }
        return b.toString();
    }

    /** A page of results with no total known: says whether another page may follow. */
    static String note(int page, int size, int shown, String noun) {
        if (shown == 0) {
            return page == 1 ? "no " + noun + " match" : "no " + noun + " on page " + page;
        }
        String line = String.format(Locale.ROOT, "%,d %s (page %,d)", shown, noun, page);
        return shown == size ? line + " · more may follow: --page " + (page + 1) : line;
    }

    /** The JSON object around a page of results: {@code total}, {@code page}, {@code size}. */
    static ObjectNode envelope(long total, int page, int size) {
        ObjectNode node = ResultJson.MAPPER.createObjectNode();
        node.put("total", total);
        node.put("page", page);
        node.put("size", size);
        return node;
    }
}
