package org.annals.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.annals.ingest.WebFetcher.FetchException;
import org.annals.ingest.WebFetcher.Refusal;

/**
 * Follows redirects one hop at a time, so that the caller can check and pace every hop: at most a given number
 * of them, only to http and https addresses, and never from https down to plain http (a page asked for over an
 * encrypted connection must not be handed over in clear). Stateless.
 */
final class Redirects {
    /** One request, redirects not followed: how each hop is made. */
    @FunctionalInterface
    interface Hop {
        HttpFetcher.Response get(URI uri) throws FetchException;
    }

    private Redirects() {}

    /**
     * Asks {@code start}, then wherever each redirect points.
     *
     * @param maxRedirects the most redirects followed; one more is a failure
     * @return the first answer that is not a redirect (a success or an error status)
     * @throws FetchException when a hop fails, a redirect points somewhere it may not, or there are too many
     */
    static HttpFetcher.Response follow(URI start, int maxRedirects, Hop hop) throws FetchException {
        URI current = start;
        for (int redirects = 0; ; redirects++) {
            HttpFetcher.Response response = hop.get(current);
            if (!response.isRedirect()) {
                return response;
            }
            if (redirects == maxRedirects) {
                throw new FetchException("more than " + maxRedirects + " redirects (the last from " + current
                        + " to " + response.location() + "): not followed further");
            }
            current = next(current, response.location());
        }
    }

    private static URI next(URI from, String location) throws FetchException {
        URI to;
        try {
            to = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException e) {
            throw new FetchException("redirected to an invalid address '" + location + "': " + e.getReason());
        }
        String scheme = scheme(to);
        if (!scheme.equals("http") && !scheme.equals("https") || to.getHost() == null) {
            throw new FetchException("redirected to " + to + ": only http and https addresses are fetched",
                    Refusal.ADDRESS);
        }
        if (scheme(from).equals("https") && scheme.equals("http")) {
            throw new FetchException("redirected from https down to plain http (" + to + "): not followed",
                    Refusal.ADDRESS);
        }
        return to;
    }

    static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }
}
