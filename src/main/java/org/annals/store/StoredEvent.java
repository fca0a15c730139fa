package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;
import org.annals.model.Event;

/**
 * An event as the archive keeps it: the coded event, with the article it came from.
 *
 * @param id        the archive's numeric event id (GDELT's GLOBALEVENTID), unique and stable
 * @param articleId the id of the article the event was read in
 * @param url       the article's URL, or null
 * @param site      the publishing site, or null
 * @param language  the article's language, or null
 * @param published the article's publication date, or null when unknown
 * @param added     the day the article was stored
 * @param date      the date of the event: its own resolved date when known, else the publication date,
 *                  else null
 * @param rootEvent whether the event was read in the article's first paragraph or title (GDELT's IsRootEvent)
 * @param event     the coded event
 */
public record StoredEvent(long id, String articleId, String url, String site, String language,
                          LocalDate published, LocalDate added, LocalDate date, boolean rootEvent, Event event) {
    public StoredEvent {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(event, "event");
    }
}
