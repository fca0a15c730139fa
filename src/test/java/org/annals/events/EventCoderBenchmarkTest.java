package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark runs and reports; its figure is printed, never asserted (machines differ). */
class EventCoderBenchmarkTest {
    @Test
    void reportsThroughputOverTheDevelopmentSentences() throws IOException {
        List<String> italian = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (EventEvaluationTest.Item item : EventEvaluationTest.devSet()) {
            (item.language().equals("it") ? italian : english).add(item.sentence());
        }
        for (String lang : List.of("it", "en")) {
            List<String> lines = EventCoderBenchmark.run(lang.equals("it") ? italian : english, lang,
                    LocalDate.of(2024, 3, 15), 1500);
            lines.forEach(l -> System.out.println(lang + ": " + l));
            assertEquals(2, lines.size());
            assertTrue(lines.get(1).contains("sentences/s"), lines.get(1));
        }
    }
}
