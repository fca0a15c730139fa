package org.annals.model;

/**
 * A temporal expression found in the text and its normalised value.
 *
 * @param text  the expression as written ("giovedì", "last week")
 * @param value ISO-8601 value ("2024-06-20", "2023-09", "2024-W24", "P3D"), or null when unresolved
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 */
public record TimeExpression(String text, String value, int start, int end) {
    public TimeExpression {
        Checks.nonBlank(text, "text");
        value = Checks.blankToNull(value);
        Checks.span(start, end, "time expression '" + text + "'");
    }
}
