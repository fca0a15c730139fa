package org.annals.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Collections;

/**
 * One word or punctuation mark with its analysis.
 *
 * @param text     the surface form as in the article
 * @param start    offset of the first character in the article text
 * @param end      offset after the last character
 * @param upos     Universal Dependencies part of speech (NOUN, VERB, AUX, …), or "X" when unknown
 * @param lemma    dictionary form, never null (the surface form when nothing better is known)
 * @param features UD morphological features (Mood=Cnd, Tense=Pres, Person=3, Number=Sing, …), sorted
 */
public record Token(String text, int start, int end, String upos, String lemma, Map<String, String> features) {
    public Token {
        Checks.nonBlank(text, "text");
        Checks.span(start, end, "token '" + text + "'");
        Checks.nonBlank(upos, "upos");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(features, "features");
        features = Collections.unmodifiableMap(new TreeMap<>(features));
    }

    /** The value of a UD feature ("Mood" → "Cnd"), or null. */
    public String feature(String name) {
        return features.get(name);
    }
}
