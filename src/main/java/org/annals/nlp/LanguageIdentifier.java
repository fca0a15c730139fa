package org.annals.nlp;

/**
 * Identifies the language of a text. Implementations are immutable and thread-safe.
 */
public interface LanguageIdentifier {
    /**
     * @return the ISO 639-1 code of the most likely language ("it", "en", "fr", …), or null when the
     *         text is too short or too unclear to tell
     */
    String identify(String text);
}
