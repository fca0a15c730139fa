package org.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Annals found in one input article: the unit of output and of storage.
 *
 * @param source   where the article came from (path, "-", or "path#id")
 * @param analyzed the article with its language analysis
 * @param events   coded events
 * @param quotes   quotations with speakers and relays
 * @param claims   claims with sources and status
 * @param times    temporal expressions
 * @param problems problems met anywhere on the way, the article's own included
 */
public record AnalysisResult(String source, AnalyzedArticle analyzed, List<Event> events, List<Quote> quotes,
                             List<Claim> claims, List<TimeExpression> times, List<String> problems) {
    public AnalysisResult {
        Checks.nonBlank(source, "source");
        Objects.requireNonNull(analyzed, "analyzed");
        events = Checks.copy(events, "events");
        quotes = Checks.copy(quotes, "quotes");
        claims = Checks.copy(claims, "claims");
        times = Checks.copy(times, "times");
        problems = Checks.copy(problems, "problems");
    }

    public Article article() {
        return analyzed.article();
    }
}
