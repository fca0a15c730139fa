package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DateArgumentsTest {
    @Test
    void aDayIsItself() {
        assertEquals(LocalDate.of(2024, 6, 19), DateArguments.first("2024-06-19"));
        assertEquals(LocalDate.of(2024, 6, 19), DateArguments.last(" 2024-06-19 "));
    }

    @Test
    void aMonthOrYearStartsOnItsFirstDayAndEndsOnItsLast() {
        assertEquals(LocalDate.of(2024, 2, 1), DateArguments.first("2024-02"));
        assertEquals(LocalDate.of(2024, 2, 29), DateArguments.last("2024-02"));
        assertEquals(LocalDate.of(2023, 2, 28), DateArguments.last("2023-02"));
        assertEquals(LocalDate.of(2023, 1, 1), DateArguments.first("2023"));
        assertEquals(LocalDate.of(2023, 12, 31), DateArguments.last("2023"));
    }

    @Test
    void anythingElseIsRefusedNamingTheValue() {
        for (String bad : new String[] {"2024-13", "2024-02-30", "19/06/2024", "ieri", "24", ""}) {
            var e = assertThrows(CommandLine.TypeConversionException.class, () -> DateArguments.first(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void theArchiveIsTheOptionElseTheEnvironmentElseTheDefault() {
        assertEquals("/data/a", ArchiveOption.resolve(" /data/a ", "/env/b"));
        assertEquals("/env/b", ArchiveOption.resolve(null, "/env/b"));
        assertEquals("annals-data", ArchiveOption.resolve("", " "));
    }
}
