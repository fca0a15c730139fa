package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.annals.events.Words.Word;
import org.annals.model.Sentence;
import org.annals.model.Status;
import org.junit.jupiter.api.Test;

class StatusRulesTest {
    private static Status status(String text, String trigger, String lang, boolean attributed, boolean hearsay) {
        List<Word> w = Words.of(new Sentence(text, 0, text.length(), List.of()));
        int at = w.stream().map(Word::key).toList().indexOf(trigger);
        return StatusRules.of(w, 0, at, true, attributed, hearsay, Grammar.of(lang), Set.of("firmera"));
    }

    @Test
    void precedence() {
        assertEquals(Status.ASSERTED, status("X ha firmato", "firmato", "it", false, false));
        assertEquals(Status.REPORTED, status("X ha firmato", "firmato", "it", true, false));
        assertEquals(Status.NEGATED, status("X non ha firmato", "firmato", "it", true, false));
        assertEquals(Status.ALLEGED, status("X avrebbe firmato", "firmato", "it", true, false));
        assertEquals(Status.ALLEGED, status("X avrebbe firmato", "firmato", "it", false, true));
        assertEquals(Status.HYPOTHETICAL, status("X avrebbe firmato", "firmato", "it", false, false));
        assertEquals(Status.HYPOTHETICAL, status("X firmerebbe", "firmerebbe", "it", false, false));
        assertEquals(Status.HYPOTHETICAL, status("X potrebbe firmare", "firmare", "it", false, false));
        assertEquals(Status.PLANNED, status("X firmera", "firmera", "it", true, false));
        assertEquals(Status.PLANNED, status("X prevede di firmare", "firmare", "it", false, false));
        assertEquals(Status.PLANNED, status("X will sign", "sign", "en", false, false));
        assertEquals(Status.HYPOTHETICAL, status("X could sign", "sign", "en", false, false));
        assertEquals(Status.NEGATED, status("X didn't sign", "sign", "en", false, false));
        assertEquals(Status.ALLEGED, status("X reportedly signed", "signed", "en", false, false));
        assertEquals(Status.ASSERTED, status("X non solo ha firmato", "firmato", "it", false, false));
    }
}
