package org.annals.store;

/**
 * Opens an archive from a location given on the command line or in configuration: a folder path for the
 * embedded archive (DuckDB and Lucene), or a {@code postgresql://user:password@host:port/database} URL.
 */
public final class Archives {
    /** The default embedded archive folder, relative to the working directory. */
    public static final String DEFAULT_LOCATION = "annals-data";

    /** Whether the caller will write. */
    public enum Mode { READ, WRITE }

    private Archives() {}

    /**
     * Opens the archive at {@code location}. In {@link Mode#WRITE} a missing embedded archive is created;
     * in {@link Mode#READ} a missing one is an {@link ArchiveException} with reason NOT_FOUND.
     *
     * @throws ArchiveException naming the location: not found, locked by another writer, corrupt,
     *                          server unavailable, or an invalid location
     */
    public static ArchiveStore open(String location, Mode mode) {
        // Backends are being written; this placeholder is replaced by the store implementation.
        throw new ArchiveException(ArchiveException.Reason.INVALID, "no archive backend is built in yet: " + location);
    }
}
