package org.annals.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class ExportFormatTest {
    @Test
    void parsesNamesInAnyCase() {
        assertEquals(ExportFormat.GDELT, ExportFormat.parse("gdelt"));
        assertEquals(ExportFormat.JSONL, ExportFormat.parse(" JSONL "));
        assertEquals(ExportFormat.CSV, ExportFormat.parse("Csv"));
        assertEquals(ExportFormat.PARQUET, ExportFormat.parse("parquet"));
        assertEquals("parquet", ExportFormat.PARQUET.label());
    }

    @Test
    void unknownNamesFailWithTheValueAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xlsx"));
        assertEquals("unknown export format 'xlsx' (known: gdelt, jsonl, csv, parquet)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse(null));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse(""));
    }

    @Test
    void onlyParquetNeedsAFile() {
        assertTrue(ExportFormat.PARQUET.needsFile());
        assertFalse(ExportFormat.GDELT.needsFile() || ExportFormat.JSONL.needsFile() || ExportFormat.CSV.needsFile());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventWriters.toStream(ExportFormat.PARQUET, new ByteArrayOutputStream()));
        assertEquals("parquet is written to a file only, not to a stream", e.getMessage());
    }
}
