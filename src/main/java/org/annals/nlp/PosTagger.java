package org.annals.nlp;

/** Assigns UD parts of speech to a sentence's tokens. Implementations are immutable and thread-safe. */
public interface PosTagger {
    /**
     * @param tokens the sentence's tokens, none null or blank
     * @return one UPOS tag per token
     */
    String[] tag(String[] tokens);
}
