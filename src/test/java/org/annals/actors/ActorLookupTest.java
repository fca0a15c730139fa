package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorLookupTest {
    @Test
    void explainsTheTermChosen() {
        List<String> lines = ActorLookup.explain("Putin", "en", LocalDate.of(2010, 1, 1));
        assertTrue(lines.get(0).contains("as of 2010-01-01"), lines.toString());
        assertTrue(lines.contains("  * Prime Minister of Russia 2008-05-08..2012-05-07 → RUSGOV"), lines.toString());
        assertEquals("actor:   Vladimir Putin  code=RUSGOV  country=RUS", lines.get(lines.size() - 1));
    }

    @Test
    void explainsOutOfOfficeAndUnknown() {
        List<String> lines = ActorLookup.explain("Kim Jong-un", "it", LocalDate.of(2010, 1, 1));
        assertTrue(lines.stream().anyMatch(l -> l.contains("no term covers the date")), lines.toString());
        assertEquals("actor:   Kim Jong-un  code=PRKELI  country=PRK", lines.get(lines.size() - 1));
        assertEquals("result:  not in the dictionaries", ActorLookup.explain("Nessuno", "it", null).get(1));
    }
}
