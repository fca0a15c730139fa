package org.annals.events;

import java.util.List;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Event;
import org.annals.model.TimeExpression;

/**
 * Codes an article's events: who did what to whom, when and where, in CAMEO and PLOVER terms.
 * Implementations are immutable and thread-safe and do no I/O.
 */
public interface EventCoder {
    /**
     * @param article the article with its sentences; sentences may carry no tokens, in which case the
     *                coder reads their surface
     * @param times   the article's time expressions (offsets into the article text), possibly empty
     * @return the article's events, duplicates merged, in order of first mention; never null
     */
    List<Event> code(AnalyzedArticle article, List<TimeExpression> times);
}
