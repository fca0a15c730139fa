package org.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * Words reported as someone's, with who said them and through whom they reached the article.
 *
 * @param text     the quoted words, without the quotation marks (for an indirect statement, the
 *                 reported content: the that-clause or the object of "expressed")
 * @param speaker  who said them, or null when not attributed
 * @param via      the relay chain from the speaker outwards, ending with the publisher when known
 * @param sentence the sentence that holds the quote (the sentences, when a quote spans several)
 * @param kind     how the words are reported
 * @param start    offset of {@code text}'s first character in the article text, or -1 when the quote
 *                 is not in the text (a quote in the title)
 * @param end      offset after {@code text}'s last character, or -1 with {@code start}
 */
public record Quote(String text, Actor speaker, List<Actor> via, String sentence, Kind kind, int start, int end) {

    /** How a quote stands in the article. */
    public enum Kind {
        /** a quotation that stands as a sentence or a clause of its own: “We will win,” she said */
        DIRECT,
        /** quoted words woven into the article's own sentence: a «new era of prosperity» */
        PARTIAL,
        /** a quotation in the title or a section heading, attributed by "Speaker: “…”" */
        HEADLINE,
        /** reported speech without quotation marks: X warned that …, X expressed concern for … */
        INDIRECT;

        /** The lower-case name used in JSON output. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Quote {
        Checks.nonBlank(text, "text");
        via = Checks.copy(via, "via");
        Checks.nonBlank(sentence, "sentence");
        Objects.requireNonNull(kind, "kind");
        if (!(start == -1 && end == -1)) {
            Checks.span(start, end, "quote");
        }
    }

    /** A direct quote whose place in the text is not known. */
    public Quote(String text, Actor speaker, List<Actor> via, String sentence) {
        this(text, speaker, via, sentence, Kind.DIRECT, -1, -1);
    }

    /** Whether {@code start} and {@code end} locate the quote in the article text. */
    public boolean located() {
        return start >= 0;
    }
}
