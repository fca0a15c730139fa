package org.annals.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The paging fields every paged answer starts with. */
final class Pages {
    private Pages() {}

    /** {@code {"total", "page", "size", "pages"}}, after refusing a page past the end. */
    static ObjectNode header(long total, int page, int size) {
        Params.checkPage(page, size, total);
        ObjectNode n = Json.object();
        n.put("total", total);
        n.put("page", page);
        n.put("size", size);
        n.put("pages", (total + size - 1) / size);
        return n;
    }
}
