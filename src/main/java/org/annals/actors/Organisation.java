package org.annals.actors;

import java.util.List;

/**
 * An organisation of organisations.tsv: an intergovernmental body, a news agency or outlet, a
 * state body with a name of its own ("FSB", "Dipartimento di Stato"), an armed group.
 *
 * @param id      short unique key ("tass")
 * @param name    canonical name ("TASS")
 * @param names   every written form the matcher recognises, the canonical name first
 * @param code    CAMEO actor code ("RUSMED", "IGOUNO")
 * @param country ISO alpha-3 of its state, or null for international organisations
 * @param kind    igo, media, state, party, armed, ngo or company
 */
public record Organisation(String id, String name, List<String> names, String code, String country, String kind) {
    public Organisation {
        names = List.copyOf(names);
    }
}
