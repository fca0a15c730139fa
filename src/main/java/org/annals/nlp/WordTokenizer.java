package org.annals.nlp;

import java.util.List;
import opennlp.tools.util.Span;

/** Splits a sentence into tokens. Implementations are immutable and thread-safe. */
public interface WordTokenizer {
    /**
     * @param text  the article text
     * @param start the sentence's first offset in {@code text}
     * @param end   the offset after its last character
     * @return token spans over {@code text} (not relative to {@code start}), in order, never blank
     */
    List<Span> tokenize(String text, int start, int end);
}
