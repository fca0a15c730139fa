package org.annals.ingest;

import java.net.URI;
import java.util.Objects;

/**
 * Fetches a web page for {@link DocumentReader}. An interface so that tests can stand in for the network.
 */
public interface WebFetcher {

    /**
     * What a fetch brought back.
     *
     * @param uri         the final address, after redirects
     * @param contentType the media type the server declared, lower case without parameters, or null
     * @param body        the bytes of the page, at most the limit asked for
     */
    record Page(URI uri, String contentType, byte[] body) {
        public Page {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(body, "body");
        }
    }

    /** Why a fetch brought back no page. */
    enum Refusal {
        /** The server could not be reached, answered an error, sent too much or took too long. */
        FAILED,
        /** The site's robots.txt asks crawlers not to fetch the page: it was left alone on purpose. */
        ROBOTS,
        /** The address is not one this fetcher may ask: a private or local network, or not http(s). */
        ADDRESS
    }

    /** A fetch that brought back no page; the message says why in words meant for the user. */
    final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        public FetchException(String message) {
            this(message, Refusal.FAILED);
        }

        public FetchException(String message, Refusal refusal) {
            super(message);
            this.refusal = Objects.requireNonNull(refusal, "refusal");
        }

        /** Why: a failure, or a page left alone on purpose. */
        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * Fetches {@code uri}, following redirects.
     *
     * @param maxBytes the largest body accepted
     * @throws FetchException when the server cannot be reached, answers with an error status, sends something
     *                        other than text, sends more than {@code maxBytes}, or takes too long
     */
    Page fetch(URI uri, long maxBytes) throws FetchException;
}
