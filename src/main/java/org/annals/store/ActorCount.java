package org.annals.store;

import java.util.Objects;

/**
 * How often one actor took part in events.
 *
 * @param code     the CAMEO actor code
 * @param name     the most frequent name the actor was mentioned by
 * @param events   events with the actor as source or target
 * @param asSource events with the actor as source
 * @param asTarget events with the actor as target
 */
public record ActorCount(String code, String name, long events, long asSource, long asTarget) {
    public ActorCount {
        Objects.requireNonNull(code, "code");
    }
}
