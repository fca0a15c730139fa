package org.annals.actors;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Actor;

/**
 * The stand-in resolver until the actor dictionaries land: every mention becomes an actor with the
 * mention's cleaned name and no code or country. Cleaning strips leading articles and articulated
 * prepositions ("la Tass" → "Tass", "dell'agenzia" → "agenzia", "the Kremlin" → "Kremlin") and
 * surrounding punctuation; the proper name itself is kept as written.
 *
 * <p>Immutable and thread-safe. Returns null only for a mention that is blank once cleaned.
 */
public final class NameActorResolver implements ActorResolver {

    // Italian articles and articulated prepositions, English articles and the prepositions that
    // introduce an agent ("by", "from"): none of them is ever part of a name at its start.
    private static final Set<String> LEADING = Set.of(
            "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una",
            "del", "dello", "della", "dei", "degli", "delle", "dell",
            "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall",
            "al", "allo", "alla", "ai", "agli", "alle", "all",
            "nel", "nello", "nella", "nei", "negli", "nelle", "nell",
            "di", "da", "a",
            "the", "an", "by", "from", "of");

    @Override
    public Actor resolve(String mention, String language, LocalDate date) {
        String name = clean(mention);
        return name.isEmpty() ? null : new Actor(name, null, null);
    }

    /** The mention without leading articles or prepositions and without surrounding punctuation. */
    public static String clean(String mention) {
        if (mention == null) {
            return "";
        }
        String s = trimPunctuation(mention.strip().replaceAll("\\s+", " "));
        while (!s.isEmpty()) {
            int cut = leadingWordEnd(s);
            if (cut < 0) {
                break;
            }
            s = trimPunctuation(s.substring(cut));
        }
        return s;
    }

    /** The index after a leading article/preposition and its separator, or -1 when there is none. */
    private static int leadingWordEnd(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i >= s.length()) {
            return -1; // a single word is the name itself, even "La" alone
        }
        char sep = s.charAt(i);
        boolean apostrophe = sep == '\'' || sep == '\u2019';
        if (!apostrophe && sep != ' ') {
            return -1;
        }
        String word = s.substring(0, i).toLowerCase(Locale.ROOT);
        if (!LEADING.contains(word)) {
            return -1;
        }
        if (word.equals("l") || word.equals("dell") || word.equals("dall") || word.equals("all")
                || word.equals("nell")) {
            return apostrophe ? i + 1 : -1;
        }
        return apostrophe ? -1 : i + 1;
    }

    private static String trimPunctuation(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && !Character.isLetterOrDigit(s.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isLetterOrDigit(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e).strip();
    }
}
