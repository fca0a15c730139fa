package org.annals.model;

import java.util.List;

/**
 * A sentence of the article text with its tokens.
 *
 * @param text   the sentence as it stands in the article
 * @param start  offset of its first character in the article text
 * @param end    offset after its last character
 * @param tokens its tokens in order, offsets relative to the article text
 */
public record Sentence(String text, int start, int end, List<Token> tokens) {
    public Sentence {
        Checks.nonBlank(text, "text");
        Checks.span(start, end, "sentence");
        tokens = Checks.copy(tokens, "tokens");
    }
}
