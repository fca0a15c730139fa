package org.annals.nlp;

import java.util.List;
import java.util.Map;

/** Lemmas and UD features of tagged tokens. Implementations are immutable and thread-safe. */
public interface Morphology {
    /**
     * One token's analysis.
     *
     * @param lemma    never null
     * @param features UD features, possibly empty, never null
     */
    record Analysis(String lemma, Map<String, String> features) {}

    /**
     * @param tokens a sentence's tokens
     * @param upos   their UPOS tags, same length
     * @return one analysis per token
     */
    List<Analysis> analyze(String[] tokens, String[] upos);
}
