package org.annals.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.model.AnalysisResult;
import org.annals.search.SearchPage;
import org.annals.search.SearchQuery;

/**
 * An archive of analysed articles: stores each {@link AnalysisResult} once and answers questions across
 * all of them. Two implementations share this contract: the embedded archive (a folder with DuckDB and a
 * Lucene index) and PostgreSQL. {@link Archives#open} picks one from a location.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #put} is idempotent and atomic: an article and everything extracted from it (events, quotes,
 *       claims, times, actors) are stored in one transaction or not at all; the same article stored twice
 *       (same id, same canonical URL or same text) is stored once; a near-identical text from another
 *       site (a syndicated copy) is stored and linked to the first copy's story.</li>
 *   <li>Queries see every article whose {@code put} returned.</li>
 *   <li>Implementations are thread-safe: one archive object serves many threads (the HTTP server); writers
 *       are serialised inside.</li>
 *   <li>Failures are {@link ArchiveException}s naming the archive and the operation.</li>
 * </ul>
 */
public interface ArchiveStore extends AutoCloseable {

    /** Where the archive lives, for messages: a folder path, or a PostgreSQL URL without its password. */
    String location();

    /** Stores one analysed article with everything extracted from it; see the class contract. */
    IngestReceipt put(AnalysisResult result);

    /**
     * Stores several articles in order, with the same outcome as {@link #put} on each in turn; an
     * implementation may store them in fewer transactions (each article still whole or not at all), which
     * makes ingesting many articles much faster. The default puts them one by one.
     *
     * @return one receipt per article, in the given order
     */
    default List<IngestReceipt> putAll(List<AnalysisResult> results) {
        return results.stream().map(this::put).toList();
    }

    /** Events matching the query, newest event date first, then by id; one page of them. */
    List<StoredEvent> events(EventQuery query);

    /** The number of events matching the query, ignoring its page. */
    long countEvents(EventQuery query);

    /** One page of events and the number matching in all: {@link #events} and {@link #countEvents} at once. */
    default EventPage eventPage(EventQuery query) {
        long total = countEvents(query);
        return new EventPage(total, total > 0 ? events(query) : List.of());
    }

    /** Every event matching the query (its page ignored), in id order, streamed to {@code sink}. */
    void exportEvents(EventQuery query, Consumer<StoredEvent> sink);

    /** Events between two actors per period, in both directions, oldest period first. */
    List<DyadPeriod> dyad(DyadQuery query);

    /** The most active actors in a period, counting events as source or target; most active first. */
    List<ActorCount> topActors(ActorQuery query);

    /** The most active pairs of actors in a period (both directions together); most active first. */
    List<DyadCount> topDyads(ActorQuery query);

    /** Quotes matching the query, newest article first. */
    List<StoredQuote> quotes(QuoteQuery query);

    /** Ranked full-text search over article titles and texts, with highlighted snippets. */
    SearchPage search(SearchQuery query);

    /** One stored article with its analysis and the other copies of its story, or empty when unknown. */
    Optional<StoredArticle> article(String id);

    /** Counts of what the archive holds. */
    ArchiveStats stats();

    /**
     * Prepares for a long-running process asked many questions (a server). The embedded archive loads the
     * facts of its events into memory (about 50 bytes an event), so that event pages, pairs of actors and
     * rankings no longer scan the database; PostgreSQL, which has indexes, does nothing. The default does
     * nothing.
     */
    default void warmUp() {}

    /** Releases files, locks and connections; the archive can be opened again afterwards. */
    @Override
    void close();
}
