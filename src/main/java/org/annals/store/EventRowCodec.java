package org.annals.store;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene 9.12's codec, but with stored fields compressed in small chunks (4 KB or 16 documents, LZ4):
 * {@link EventRowStore} reads 50 scattered documents for a page, and Lucene's default chunks (about 80 KB,
 * with a preset dictionary) made each read decompress a whole chunk for one row of a few hundred bytes.
 * Registered for Lucene's service loader, which finds it by {@link #NAME} when reading a segment.
 */
public final class EventRowCodec extends FilterCodec {
    /** The name written into each segment. */
    public static final String NAME = "AnnalsEventRows";

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "AnnalsEventRowsStoredFields", CompressionMode.FAST, 4 * 1024, 16, 10);

    /** Public and without arguments: Lucene's service loader creates it. */
    public EventRowCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
