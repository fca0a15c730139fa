package org.annals.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Opens the {@link EventWriter} of a format, on a file or on a stream such as standard output. */
public final class EventWriters {
    private EventWriters() {}

    /**
     * A writer to {@code file}, created or replaced.
     *
     * @throws IOException naming the file when it cannot be opened
     */
    public static EventWriter toFile(ExportFormat format, Path file) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
        if (format == ExportFormat.PARQUET) {
            return new ParquetEventWriter(file);
        }
        OutputStream out;
        try {
            out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new IOException("cannot open " + file + ": " + e.getMessage(), e);
        }
        return text(format, out);
    }

    /**
     * A writer to {@code out}; closing the writer flushes {@code out} but leaves it open (it may be
     * standard output).
     *
     * @throws IllegalArgumentException for a format that needs a file ({@link ExportFormat#needsFile})
     */
    public static EventWriter toStream(ExportFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        if (format.needsFile()) {
            throw new IllegalArgumentException(format.label() + " is written to a file only, not to a stream");
        }
        return text(format, new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }

    private static EventWriter text(ExportFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case GDELT -> new GdeltEventWriter(out, GdeltEventRow.standard());
            case JSONL -> new JsonlEventWriter(out);
            case CSV -> new CsvEventWriter(out);
            case PARQUET -> throw new IllegalArgumentException("parquet is not a text format");
        };
    }
}
