package org.annals.store;

/**
 * A failure of the archive itself (not of one article's content): it cannot be opened, is locked by another
 * writer, is corrupt, or its database went away. The message names the archive location and what failed.
 */
public class ArchiveException extends RuntimeException {
    /** Why the archive failed, for mapping to exit codes and HTTP statuses in one place. */
    public enum Reason { NOT_FOUND, LOCKED, CORRUPT, UNAVAILABLE, INVALID, FAILED }

    private final Reason reason;

    public ArchiveException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public ArchiveException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
