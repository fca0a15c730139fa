package org.annals.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rendered output records held back until a run ends, in order: in memory up to a budget, then in a
 * temporary file, so that holding a run of any size needs bounded memory. Each record is read back once,
 * by {@link #forEach}; {@link #close} deletes the file.
 *
 * <p>Not thread-safe: one per run.
 */
final class HeldRecords implements AutoCloseable {

    /** Characters held in memory before records go to a temporary file. */
    static final long DEFAULT_BUDGET = 32L << 20;

    private final long budget;
    private final List<String> memory = new ArrayList<>();
    private long chars;
    private Path file;
    private DataOutputStream spill;

    HeldRecords() {
        this(DEFAULT_BUDGET);
    }

    /** @param budget characters held in memory; past it records go to a temporary file */
    HeldRecords(long budget) {
        this.budget = budget;
    }

    /** Holds one more record. */
    void add(String record) {
        if (spill == null && chars + record.length() <= budget) {
            memory.add(record);
            chars += record.length();
            return;
        }
        try {
            if (spill == null) {
                file = Files.createTempFile("annals-output-", ".tmp");
                file.toFile().deleteOnExit();
                spill = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            }
            byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
            spill.writeInt(bytes.length);
            spill.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hold output in a temporary file: " + e.getMessage(), e);
        }
    }

    /** Whether records went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    /** Hands every record to {@code sink}, in the order they were added. */
    void forEach(Consumer<String> sink) {
        memory.forEach(sink);
        if (spill == null) {
            return;
        }
        try {
            spill.close();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                while (true) {
                    int length;
                    try {
                        length = in.readInt();
                    } catch (EOFException end) {
                        break;
                    }
                    sink.accept(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read held output back: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (spill != null) {
                spill.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is deleted on exit
        }
    }
}
