package org.annals.actors;

import java.time.LocalDate;
import org.annals.model.Actor;

/**
 * Resolves a mention of someone — a name or a description as written in the article ("Kim Jong-un",
 * "il presidente russo", "fonti di intelligence sudcoreane", "la Tass") — to an actor as of a date,
 * so that "Putin" in 2024 is Russia's government.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ActorResolver {
    /**
     * @param mention  the words of the mention, as written
     * @param language ISO 639-1 code of the article, or null
     * @param date     the date at which to resolve (the event's, else the article's), or null
     * @return the resolved actor, or null when the mention names no one the resolver recognises
     */
    Actor resolve(String mention, String language, LocalDate date);
}
