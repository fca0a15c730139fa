package org.annals.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.Actor;

/**
 * The text behind {@code annals actors lookup NAME [--date D]}: how a name resolves and why.
 * Side-effect free; the CLI prints the lines.
 */
public final class ActorLookup {
    private ActorLookup() {}

    /**
     * Explains the resolution of a name.
     *
     * @param name     the name or description as written ("il presidente russo", "Kim Jong Un")
     * @param language ISO 639-1 code or null
     * @param date     the date of resolution, or null for the latest office
     * @return printable lines; the first says what was resolved, the last the code and country
     */
    public static List<String> explain(String name, String language, LocalDate date) {
        List<String> out = new ArrayList<>();
        out.add("lookup:  \"" + name + "\"" + (language == null ? "" : " [" + language + "]")
                + (date == null ? " (latest office)" : " as of " + date));
        ActorMention m = new DictionaryActorResolver(ActorMatcher.standard()).mention(name, language, date);
        if (m == null) {
            out.add("result:  not in the dictionaries");
            return out;
        }
        out.add("matched: \"" + m.text() + "\" as " + m.how());
        if (m.personId() != null) {
            Person p = ActorDictionary.standard().people().get(m.personId());
            Term chosen = p.termAt(date);
            for (Term t : p.terms()) {
                out.add((t == chosen ? "  * " : "    ") + t.title() + " " + t.span() + " → " + t.code());
            }
            if (chosen == null) {
                out.add("  no term covers the date: coded as out of office (country + ELI)");
            }
        }
        Actor a = m.actor();
        out.add("actor:   " + a.name() + "  code=" + (a.code() == null ? "-" : a.code())
                + "  country=" + (a.country() == null ? "-" : a.country()));
        return out;
    }
}
