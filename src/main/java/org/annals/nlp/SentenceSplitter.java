package org.annals.nlp;

import java.util.List;
import opennlp.tools.util.Span;

/** Splits text into sentences. Implementations are immutable and thread-safe. */
public interface SentenceSplitter {
    /**
     * @param text any text, possibly empty
     * @return sentence spans over {@code text}, in order, each trimmed and never blank; a sentence never
     *         crosses a line break
     */
    List<Span> split(String text);
}
