package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stored article with its full analysis.
 *
 * @param id         the archive's article id
 * @param url        the canonical URL, or null
 * @param title      the title, or null
 * @param site       the publishing site, or null
 * @param language   the language, or null
 * @param published  the publication date, or null
 * @param storyId    the story the article belongs to (the id of its first copy)
 * @param copies     the ids of the other articles of the same story
 * @param resultJson the analysis as {@code annals analyze --format json} prints it (the output contract)
 */
public record StoredArticle(String id, String url, String title, String site, String language,
                            LocalDate published, String storyId, List<String> copies, String resultJson) {
    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storyId, "storyId");
        copies = List.copyOf(copies);
        Objects.requireNonNull(resultJson, "resultJson");
    }
}
