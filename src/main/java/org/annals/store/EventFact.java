package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link EventCatalog} keeps of one stored event: the columns its questions filter, sort and count on,
 * none of the text. Values are as stored (codes upper case, status and language lower case).
 *
 * @param id         the event's id ({@code article seq * 1000 + n})
 * @param date       the event's date, or null
 * @param sourceCode the source actor's CAMEO code, or null
 * @param sourceName the source actor's name as written
 * @param targetCode the target actor's CAMEO code, or null
 * @param targetName the target actor's name, or null
 * @param cameo      the CAMEO event code
 * @param plover     the PLOVER category, or null
 * @param status     the status label
 * @param quadClass  1 to 4
 * @param goldstein  the Goldstein score
 * @param language   the article's language, or null
 * @param site       the article's site, or null
 */
record EventFact(long id, LocalDate date, String sourceCode, String sourceName, String targetCode, String targetName,
                 String cameo, String plover, String status, int quadClass, double goldstein, String language,
                 String site) {
    EventFact {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(status, "status");
        if (id < 0) {
            throw new IllegalArgumentException("event id must not be negative: " + id);
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quadClass must be 1 to 4: " + quadClass);
        }
    }

    /** The seq of the article the event was read in. */
    long articleSeq() {
        return id / ArticleWriter.MAX_ITEMS;
    }
}
