package org.annals.ingest;

import org.annals.model.RawDocument;

/**
 * Receives what a {@link DocumentReader} reads, in input order: each document or each failure.
 * Called on the reader's thread.
 */
public interface DocumentSink {
    void accept(RawDocument document);

    void fail(ReadFailure failure);
}
