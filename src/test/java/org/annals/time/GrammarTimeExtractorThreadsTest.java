package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annals.model.TimeExpression;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;

/**
 * The extractor keeps matchers and a memo of words per thread: shared by threads, it must find what it
 * finds on one, and a word remembered from one sentence must not change what another yields.
 */
class GrammarTimeExtractorThreadsTest {

    private static final Timestamp PUB = Timestamp.of(OffsetDateTime.parse("2024-06-19T11:50:00+02:00"));

    private static final List<String[]> TEXTS = List.of(
            new String[] {"it", "Martedì 18 giugno, il presidente ha iniziato una visita di due giorni."},
            new String[] {"it", "Il vertice si terrà a dicembre, di giorno, dal 13 al 15 luglio o entro il 2030."},
            new String[] {"it", "Di sera alle 21.30 di giovedì scorso, tre settimane fa, il 24 del mese prossimo."},
            new String[] {"it", "Nel 2023 erano 2000 persone; dicembre è lontano, di due anni fa."},
            new String[] {"en", "At 3:30 pm next Tuesday, two weeks ago, in the first week of October 2014."},
            new String[] {"en", "The summit ended on June 19, 2024, and talks resume the 20th of next month."},
            new String[] {"en", "May was quiet; in May they met at ten thirty, 5 ad campaigns later."});

    private static List<List<TimeExpression>> all(GrammarTimeExtractor extractor) {
        List<List<TimeExpression>> out = new ArrayList<>();
        for (String[] t : TEXTS) {
            out.add(extractor.extract(t[1], List.of(), t[0], PUB));
        }
        return out;
    }

    @Test
    void threadsSharingOneExtractorFindWhatAFreshOneFinds() throws Exception {
        List<List<TimeExpression>> expected = all(new GrammarTimeExtractor());
        assertTrue(expected.stream().allMatch(l -> !l.isEmpty()), "every text holds an expression");
        GrammarTimeExtractor shared = new GrammarTimeExtractor();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<TimeExpression>>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> {
                    List<List<TimeExpression>> last = null;
                    for (int k = 0; k < 20; k++) {
                        last = all(shared);
                    }
                    return last;
                }));
            }
            for (Future<List<List<TimeExpression>>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
        // and the Duckling-mode copy, which shares the grammars, on this thread after the others
        assertEquals(all(new GrammarTimeExtractor().withFutureForBareExpressions(true)),
                all(shared.withFutureForBareExpressions(true)));
    }
}
