package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldRecordsTest {

    @Test
    void recordsPastTheBudgetGoToAFileAndComeBackInOrder() {
        List<String> records = List.of("{\"a\":1}", "città è “qui”", "", "multi\nline\nrecord", "x".repeat(100_000));
        List<String> back = new ArrayList<>();
        try (HeldRecords held = new HeldRecords(20)) {
            records.forEach(held::add);
            assertTrue(held.spilled());
            held.forEach(back::add);
        }
        assertEquals(records, back);
    }

    @Test
    void aSmallRunStaysInMemory() {
        List<String> back = new ArrayList<>();
        try (HeldRecords held = new HeldRecords()) {
            held.add("uno");
            held.add("due");
            assertFalse(held.spilled());
            held.forEach(back::add);
        }
        assertEquals(List.of("uno", "due"), back);
    }
}
