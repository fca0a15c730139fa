package org.annals.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * A person of people.tsv with the terms of office that decide how they are coded on a date.
 *
 * <p>Resolution rule: the term covering the date gives the code (when two terms overlap, as on a
 * day when one office ends and another begins, the one that began last wins). On a date outside
 * every term the person is coded as the country's elite, country + ELI ("RUSELI"), as CAMEO codes
 * former officials and public figures out of office; an international official with no country is
 * then left without a code. With no date, the latest term is used: the office held now or last.
 *
 * @param id      short unique key ("putin")
 * @param name    the canonical name ("Vladimir Putin")
 * @param country ISO alpha-3 of the person's state (nationality), or null
 * @param names   every written form the matcher recognises, the canonical name first
 * @param terms   terms of office, sorted by start date
 */
public record Person(String id, String name, String country, List<String> names, List<Term> terms) {
    public Person {
        names = List.copyOf(names);
        terms = List.copyOf(terms);
    }

    /** The term in force on the date; the latest term for a null date; null when out of office. */
    public Term termAt(LocalDate date) {
        if (terms.isEmpty()) {
            return null;
        }
        if (date == null) {
            return terms.get(terms.size() - 1);
        }
        Term best = null;
        for (Term t : terms) {
            if (t.covers(date) && (best == null || !t.from().isBefore(best.from()))) {
                best = t;
            }
        }
        return best;
    }
}
