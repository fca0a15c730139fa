package org.annals.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats events are exported in (README, "Exporting events"). */
public enum ExportFormat {
    /** GDELT 2.0 Events layout: 61 tab-separated columns, no header, one event a line. */
    GDELT,
    /** One JSON object per line. */
    JSONL,
    /** RFC 4180 comma-separated values with a header row, one flat row per event. */
    CSV,
    /** Apache Parquet with typed columns; written to a file only. */
    PARQUET;

    /** The name used on the command line ("gdelt"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the format needs a file to write to (Parquet writes its metadata at the end of a file). */
    public boolean needsFile() {
        return this == PARQUET;
    }

    /**
     * The format with this name, in any case and with surrounding spaces ignored.
     *
     * @throws IllegalArgumentException naming the bad value and the known formats
     */
    public static ExportFormat parse(String name) {
        if (name != null) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (ExportFormat f : values()) {
                if (f.label().equals(wanted)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (known: "
                + Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", ")) + ")");
    }
}
