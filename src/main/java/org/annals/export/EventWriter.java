package org.annals.export;

import java.io.IOException;
import org.annals.store.StoredEvent;

/**
 * Writes stored events in one export format, one event at a time, so that an archive of millions of
 * events is exported in bounded memory. Not thread-safe: one writer per export.
 */
public interface EventWriter extends AutoCloseable {

    /** Writes one event. */
    void write(StoredEvent event) throws IOException;

    /** Finishes the output (footers, file metadata) and releases it. */
    @Override
    void close() throws IOException;
}
