package org.annals.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annals.store.StoredEvent;

/**
 * Writes events as RFC 4180 CSV: UTF-8, a header row of the {@link EventColumn} names, one row per event,
 * CRLF line ends, fields quoted when they hold a comma, a double quote or a line break (quotes doubled).
 * Unknown values are empty fields; dates are YYYY-MM-DD, numbers as Java prints them (never localised),
 * booleans true/false.
 */
public final class CsvEventWriter implements EventWriter {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvSchema SCHEMA = schema();

    private final SequenceWriter rows;

    /** Writes to {@code out}, which {@link #close} closes; the header row is written at once. */
    public CsvEventWriter(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"),
                StandardCharsets.UTF_8));
        this.rows = MAPPER.writer(SCHEMA).writeValues(writer);
        // Written by hand rather than by the schema, which writes it with the first row only: an export
        // of no events is still a CSV file with its columns.
        List<String> header = new ArrayList<>();
        for (EventColumn c : EventColumn.values()) {
            header.add(c.columnName());
        }
        rows.write(header);
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder();
        for (EventColumn c : EventColumn.values()) {
            b.addColumn(c.columnName());
        }
        return b.setUseHeader(false).setLineSeparator("\r\n").build();
    }

    @Override
    public void write(StoredEvent event) throws IOException {
        List<String> row = new ArrayList<>(EventColumn.values().length);
        for (EventColumn c : EventColumn.values()) {
            Object value = c.value(event);
            // "" rather than null: a null list element would be skipped, shifting the columns after it
            row.add(value == null ? "" : value.toString());
        }
        rows.write(row);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
