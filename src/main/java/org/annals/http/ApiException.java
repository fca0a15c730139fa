package org.annals.http;

/**
 * A request the API refuses with a given HTTP status and a message for the client (not found, page past
 * the end, not authorised). Bad parameter values are plain {@link IllegalArgumentException}s (400).
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an API error has a 4xx or 5xx status: " + status);
        }
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
