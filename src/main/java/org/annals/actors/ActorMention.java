package org.annals.actors;

import org.annals.model.Actor;

/**
 * An actor mention found in a text.
 *
 * @param start    offset of the first character (into the text given to the matcher, or into the
 *                 article text for sentences)
 * @param end      offset after the last character
 * @param text     the words as written
 * @param actor    the actor as of the matching date; null only for reference phrases
 *                 ("i due leader"), which {@link ArticleReferences} resolves
 * @param how      what matched, the dictionary entry types joined by '+': "person", "country",
 *                 "seat", "demonym", "organisation", "agent", "agent+demonym", "agent+demonym+person",
 *                 "reference"; "person~" marks a name matched with one typing error
 * @param personId the person's id in people.tsv, or null
 * @param office   the office of the person's term, or the office the role words name, or null
 * @param ref      for reference phrases, what they point back to; else null
 * @param locative the mention follows a place preposition ("a Pyongyang", "in Moscow"): it may be
 *                 a place rather than an actor, which the event coder decides
 */
public record ActorMention(int start, int end, String text, Actor actor, String how, String personId,
        Office office, DictionaryEntry.RefKind ref, boolean locative) {

    ActorMention shift(int offset) {
        return new ActorMention(start + offset, end + offset, text, actor, how, personId, office, ref, locative);
    }
}
