package org.annals.actors;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Actor;

/**
 * Resolves a mention with the actor dictionaries: the mention is matched as a text (folded, with
 * leading articles and prepositions left over: "dalla Tass" → TASS, "della Russia" → Russia) and
 * the first actor mention found is the answer, since descriptions lead with their head: "John
 * Kirby, portavoce del Consiglio per la sicurezza nazionale statunitense" is John Kirby (USAGOV).
 * Role words compose with a country ("il presidente russo" → RUSGOV); people resolve by the term
 * covering the date (see {@link Person}); capitals and seats of power are the government
 * ("Mosca" → RUSGOV, "la Casa Bianca" → USAGOV).
 *
 * <p>Case is not required to match ("la tass" resolves), except for short acronyms ("un" is not
 * the UN). Reference phrases ("i due leader") need the article: see {@link ArticleReferences}.
 *
 * <p>Immutable and thread-safe; no I/O after construction.
 */
public final class DictionaryActorResolver implements ActorResolver {
    private final ActorMatcher matcher;

    public DictionaryActorResolver(ActorMatcher matcher) {
        this.matcher = matcher;
    }

    /** The resolver over the shipped dictionaries. */
    public static DictionaryActorResolver standard() {
        return new DictionaryActorResolver(ActorMatcher.standard());
    }

    @Override
    public Actor resolve(String mention, String language, LocalDate date) {
        ActorMention m = mention(mention, language, date);
        return m == null ? null : m.actor();
    }

    /** The mention that decides {@link #resolve}, or null. */
    public ActorMention mention(String mention, String language, LocalDate date) {
        if (mention == null || mention.isBlank()) {
            return null;
        }
        List<ActorMention> found = matcher.find(mention, language, date, true);
        for (ActorMention m : found) {
            if (m.actor() != null) {
                return m;
            }
        }
        return null;
    }
}
