package org.annals.time;

import java.util.List;

import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Timestamp;

/**
 * Finds temporal expressions in an article's text and normalises them against the publication time.
 *
 * <p>Implementations are immutable and thread-safe, and do no I/O after construction.
 */
public interface TimeExtractor {

    /**
     * Extracts the temporal expressions of a text.
     *
     * @param text      the article text; the offsets of the results point into it
     * @param sentences the sentences of {@code text} (offsets into it), tokens optional; when empty, the whole
     *                  text counts as one sentence
     * @param language  ISO 639-1 code of the text ("it", "en"); a language without grammar gives no results
     * @param published the publication time, or null: then expressions relative to it ("ieri", "last week",
     *                  a bare weekday) are still found but get a null value; absolute ones keep theirs
     * @return the expressions in text order, never overlapping; never null
     */
    List<TimeExpression> extract(String text, List<Sentence> sentences, String language, Timestamp published);
}
