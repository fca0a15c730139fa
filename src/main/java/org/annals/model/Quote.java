package org.annals.model;

import java.util.List;

/**
 * Words reported as someone's, with who said them and through whom they reached the article.
 *
 * @param text     the quoted words, without the quotation marks
 * @param speaker  who said them, or null when not attributed
 * @param via      the relay chain from the speaker outwards, ending with the publisher when known
 * @param sentence the sentence that holds the quote
 */
public record Quote(String text, Actor speaker, List<Actor> via, String sentence) {
    public Quote {
        Checks.nonBlank(text, "text");
        via = Checks.copy(via, "via");
        Checks.nonBlank(sentence, "sentence");
    }
}
