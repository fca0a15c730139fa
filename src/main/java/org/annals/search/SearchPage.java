package org.annals.search;

import java.util.List;

/**
 * One page of search hits.
 *
 * @param total the number of matching articles in all
 * @param hits  the hits of this page, best first
 */
public record SearchPage(long total, List<SearchHit> hits) {
    public SearchPage {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        hits = List.copyOf(hits);
    }
}
