package org.annals.ingest;

/**
 * The bytes of an input cannot be read as an article (empty, binary, undecodable). The message says
 * why in words meant for the user; the caller adds the input's name.
 */
public final class UnreadableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableInputException(String reason) {
        super(reason);
    }
}
