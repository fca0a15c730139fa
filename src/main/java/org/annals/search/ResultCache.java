package org.annals.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answers to the most recent searches, each valid for one version of the index: a search asked again
 * before the index changes (the same topic on a dashboard opened by many analysts, a page reloaded) is
 * answered without ranking, counting and highlighting again, which cost several milliseconds on 100,000
 * articles. Least recently used answers go first. Any change to the index makes every older answer stale.
 *
 * <p>Thread-safe.
 */
final class ResultCache {
    private record Entry(long version, SearchPage page) {}

    private final int capacity;
    private final Map<SearchQuery, Entry> entries;

    /** @param capacity the answers kept; 0 keeps none */
    ResultCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchQuery, Entry> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The answer to {@code query} on index {@code version}, or null when none is kept. */
    synchronized SearchPage get(SearchQuery query, long version) {
        Entry e = entries.get(Objects.requireNonNull(query, "query"));
        return e != null && e.version == version ? e.page : null;
    }

    /** Keeps the answer to {@code query} on index {@code version}. */
    synchronized void put(SearchQuery query, long version, SearchPage page) {
        if (capacity > 0) {
            entries.put(Objects.requireNonNull(query, "query"), new Entry(version, Objects.requireNonNull(page, "page")));
        }
    }
}
