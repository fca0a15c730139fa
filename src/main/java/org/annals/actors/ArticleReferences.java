package org.annals.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annals.model.Actor;

/**
 * Light in-article reference: given an article's mentions in text order, points descriptions back
 * to the actors named before them.
 *
 * <ul>
 *   <li>A role word with an office and a country that names no one ("il presidente russo", "il
 *       leader nordcoreano") is the last person of that country whose office fits; with no country
 *       ("il presidente"), the last person whose office fits. Otherwise it keeps its own actor
 *       (RUSGOV).</li>
 *   <li>"i due leader", "the two leaders": the last two distinct leaders named.</li>
 *   <li>"entrambi i paesi", "the two sides": the two most salient countries so far — the most
 *       often named or implied (people and governments count for their country), the more recent
 *       first on a tie. Plain recency fails on the common "X could also mend ties with Z …
 *       a strength for both countries", where both means the article's pair X and Y.</li>
 * </ul>
 * Seats of power need no help: "the Kremlin" is RUSGOV by itself.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleReferences {
    private ArticleReferences() {}

    /**
     * A mention with the actors it stands for.
     *
     * @param mention the mention as matched
     * @param actors  the actors: one for most mentions, two for "the two leaders", none when a
     *                reference found nothing to point to
     * @param via     how it was resolved: "self", "person of same country", "last two leaders", …
     */
    public record Resolved(ActorMention mention, List<Actor> actors, String via) {
        public Resolved {
            actors = List.copyOf(actors);
        }
    }

    /** Resolves the mentions of one article, given in text order. */
    public static List<Resolved> resolve(List<ActorMention> mentions) {
        List<Resolved> out = new ArrayList<>();
        List<ActorMention> people = new ArrayList<>(); // person mentions, most recent last
        List<String> countries = new ArrayList<>();    // distinct countries, most recent last
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (ActorMention m : mentions) {
            Resolved r;
            if (m.ref() != null) {
                r = switch (m.ref()) {
                    case TWO_LEADERS -> lastTwoLeaders(m, people);
                    case TWO_COUNTRIES -> twoSalientCountries(m, countries, counts);
                };
            } else if (m.personId() == null && m.office() != null && m.how().startsWith("agent")) {
                ActorMention p = lastFitting(people, m);
                r = p == null ? new Resolved(m, List.of(m.actor()), "self")
                        : new Resolved(m, List.of(p.actor()), "earlier " + p.text());
            } else {
                r = new Resolved(m, m.actor() == null ? List.of() : List.of(m.actor()), "self");
            }
            for (Actor a : r.actors()) {
                if (a.country() != null) {
                    countries.remove(a.country());
                    countries.add(a.country());
                    counts.merge(a.country(), 1, Integer::sum);
                }
            }
            if (m.personId() != null) {
                people.add(m);
            }
            out.add(r);
        }
        return out;
    }

    private static ActorMention lastFitting(List<ActorMention> people, ActorMention role) {
        String country = role.actor() == null ? null : role.actor().country();
        for (int i = people.size() - 1; i >= 0; i--) {
            ActorMention p = people.get(i);
            if (p.office() == null || !role.office().describes(p.office())) {
                continue;
            }
            if (country == null || Objects.equals(country, p.actor().country())) {
                return p;
            }
        }
        return null;
    }

    private static Resolved lastTwoLeaders(ActorMention m, List<ActorMention> people) {
        List<Actor> two = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = people.size() - 1; i >= 0 && two.size() < 2; i--) {
            ActorMention p = people.get(i);
            if (p.office() != null && p.office().leader() && !ids.contains(p.personId())) {
                ids.add(p.personId());
                two.add(0, p.actor());
            }
        }
        return new Resolved(m, two.size() == 2 ? two : List.of(), "last two leaders");
    }

    private static Resolved twoSalientCountries(ActorMention m, List<String> countries,
            java.util.Map<String, Integer> counts) {
        List<String> ranked = new ArrayList<>(countries);
        java.util.Collections.reverse(ranked); // most recent first; the stable sort keeps it on ties
        ranked.sort((a, b) -> counts.get(b) - counts.get(a));
        List<Actor> two = new ArrayList<>();
        ActorDictionary d = ActorDictionary.standard();
        for (String iso : ranked.subList(0, Math.min(2, ranked.size()))) {
            Country c = d.country(iso);
            two.add(c == null ? new Actor(iso, iso, iso) : new Actor(c.name(), c.cameo(), c.iso3()));
        }
        return new Resolved(m, two.size() == 2 ? two : List.of(), "two most named countries");
    }
}
