package org.annals.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.annals.store.StoredEvent;

/**
 * Writes events in the GDELT 2.0 Events layout ({@link GdeltEventRow}): UTF-8, one event a line ending in
 * a line feed, tab-separated, no header, as GDELT's own files.
 */
public final class GdeltEventWriter implements EventWriter {
    private final Writer out;
    private final GdeltEventRow row;

    /** Writes to {@code out}, which {@link #close} closes. */
    public GdeltEventWriter(OutputStream out, GdeltEventRow row) {
        this.out = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
        this.row = Objects.requireNonNull(row, "row");
    }

    @Override
    public void write(StoredEvent event) throws IOException {
        out.write(row.line(event));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
