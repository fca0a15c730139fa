package org.annals.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annals.output.ResultJson;

/**
 * Prints what a query command found in the format asked for:
 * <ul>
 *   <li>{@code table}: an aligned table fitted to the terminal's width, then the notes (totals, pages, a
 *       legend); with no rows, only the notes;</li>
 *   <li>{@code json}: the rows as an array, or inside {@code envelope} as its {@code results} when the
 *       command counts its matches (total, page, size);</li>
 *   <li>{@code csv}: RFC 4180 (CRLF line ends, quotes where needed) with a heading row and every column,
 *       untruncated; lists joined with " > ".</li>
 * </ul>
 */
final class ListingPrinter {
    private static final CsvMapper CSV = csvMapper();

    private final OutputFormat format;
    private final PrintStream out;
    private final boolean styles;
    private final int width;

    /**
     * @param styles whether a table may use ANSI styles
     * @param width  the width a table fits in
     */
    ListingPrinter(OutputFormat format, PrintStream out, boolean styles, int width) {
        this.format = Objects.requireNonNull(format, "format");
        this.out = Objects.requireNonNull(out, "out");
        this.styles = styles;
        this.width = width;
    }

    /** Whether tables use ANSI styles, for cells that mark words. */
    boolean styles() {
        return styles;
    }

    /**
     * @param envelope for JSON: the object the rows go in as {@code results}, or null for a bare array
     * @param notes    for a table: lines printed after it
     */
    <T> void print(Listing<T> listing, List<T> rows, ObjectNode envelope, List<String> notes) {
        switch (format) {
            case table -> table(listing, rows, notes);
            case json -> json(listing, rows, envelope);
            case csv -> csv(listing, rows);
        }
        out.flush();
    }

    private <T> void table(Listing<T> listing, List<T> rows, List<String> notes) {
        if (!rows.isEmpty()) {
            Table.render(listing.columns(), rows, width, styles).forEach(out::println);
            if (!notes.isEmpty()) {
                out.println();
            }
        }
        notes.forEach(out::println);
    }

    private <T> void json(Listing<T> listing, List<T> rows, ObjectNode envelope) {
        ArrayNode array = ResultJson.MAPPER.createArrayNode();
        rows.forEach(row -> array.add(listing.json().apply(row)));
        JsonNode root = array;
        if (envelope != null) {
            envelope.set("results", array);
            root = envelope;
        }
        try {
            out.println(ResultJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> void csv(Listing<T> listing, List<T> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        listing.columns().forEach(c -> schema.addColumn(c.name()));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter csv = CSV.writer(schema.build().withHeader().withLineSeparator("\r\n"))
                .writeValues(writer)) {
            for (T row : rows) {
                List<String> values = new ArrayList<>(listing.columns().size());
                for (Column<T> c : listing.columns()) {
                    values.add(Column.display(c.value().apply(row)));
                }
                csv.write(values);
            }
            if (rows.isEmpty()) {
                // a heading row still names the columns of an empty result
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvMapper csvMapper() {
        CsvMapper mapper = new CsvMapper();
        // the stream is standard output: flushed, never closed
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // quotes only where RFC 4180 needs them (separator, quote, line break), not around every space
        mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        return mapper;
    }
}
