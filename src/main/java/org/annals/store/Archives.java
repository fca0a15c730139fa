package org.annals.store;

import java.nio.file.Path;
import java.util.Objects;
import org.annals.search.LuceneArticleIndex;

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
     * in {@link Mode#READ} a missing one is an {@link ArchiveException} with reason NOT_FOUND. A
     * {@code postgresql://} or {@code postgres://} URL opens {@link PostgresArchive a PostgreSQL archive};
     * anything else is a folder ({@link EmbeddedArchiveStore}, shared by every caller in this process).
     *
     * @throws ArchiveException naming the location: not found, locked by another writer, corrupt,
     *                          server unavailable, or an invalid location
     */
    public static ArchiveStore open(String location, Mode mode) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(mode, "mode");
        if (location.isBlank()) {
            throw new ArchiveException(ArchiveException.Reason.INVALID, "the archive location is empty");
        }
        if (PostgresLocation.isUrl(location)) {
            return PostgresArchive.open(location, mode);
        }
        Path folder;
        try {
            folder = Path.of(location);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ArchiveException(ArchiveException.Reason.INVALID,
                    "not an archive folder or PostgreSQL URL: " + location + " (" + e.getMessage() + ")", e);
        }
        return EmbeddedArchiveStore.open(folder, mode, LuceneArticleIndex::new);
    }
}
