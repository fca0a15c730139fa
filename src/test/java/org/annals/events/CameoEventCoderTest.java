package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Event;
import org.annals.model.Sentence;
import org.annals.model.Status;
import org.annals.model.Timestamp;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/** The coder's constructions, one by one, on sentences written for these tests. */
class CameoEventCoderTest {
    private static final String DAY = "2024-03-15";

    private static List<Event> it(String text) {
        return TestArticles.code(text, "it", DAY);
    }

    private static List<Event> en(String text) {
        return TestArticles.code(text, "en", DAY);
    }

    /** source>target code status date, with countries (or codes) for actors. */
    private static List<String> brief(List<Event> events) {
        return events.stream().map(e -> EventEvaluationTest.id(e.source()) + ">" + EventEvaluationTest.id(e.target())
                + " " + e.cameo() + " " + e.status().label() + " " + e.date()).toList();
    }

    private static Event only(List<Event> events) {
        assertEquals(1, events.size(), () -> events.stream().map(TestArticles::show).toList().toString());
        return events.get(0);
    }

    // ------------------------------------------------------------------ triggers

    @Test
    void auxiliariesAndCompoundTenses() {
        assertEquals(List.of("RUS>CHN 057 asserted 2024-03-15", "CHN>RUS 057 asserted 2024-03-15"),
                brief(it("La Russia e la Cina hanno firmato un accordo sul gas.")));
        assertEquals(List.of("ISR>LBN 195 asserted 2024-03-15"), brief(en("Israel has bombed Lebanon.")));
    }

    @Test
    void reciprocalSiIsNotAPassive() {
        assertEquals(List.of("USA>CHN 040 asserted 2024-03-15", "CHN>USA 040 asserted 2024-03-15"),
                brief(it("Biden e Xi si sono incontrati in California.")));
    }

    @Test
    void progressiveStareIsNoGerundClause() {
        Event e = only(it("Secondo Reuters, Washington starebbe valutando nuove sanzioni contro Pechino."));
        assertEquals("USA>CHN 163 alleged null", brief(List.of(e)).get(0));
    }

    @Test
    void reflexiveVerbsNeedTheirClitic() {
        Event e = only(it("Il presidente francese si recherà in Cina."));
        assertEquals("042", e.cameo());
        assertEquals("CHN", e.target().country());
        assertEquals(Status.PLANNED, e.status());
        assertTrue(it("Il presidente francese recherà un messaggio alla Cina.").isEmpty());
    }

    @Test
    void verbPlusComplementDecidesTheCode() {
        assertEquals("012", only(it("La Germania ha espresso preoccupazione per la Cina.")).cameo());
        assertEquals("018", only(it("La Germania ha espresso cordoglio alla Turchia.")).cameo());
        assertEquals("072", only(it("La Germania ha fornito missili all'Ucraina.")).cameo());
        assertEquals("070", only(it("La Germania ha fornito aiuti all'Ucraina.")).cameo());
        assertTrue(it("La Germania ha firmato la legge.").isEmpty(), "signing without an agreement is no 057");
        Event e = only(en("Canada imposed sanctions on Iran."));
        assertEquals("163", e.cameo());
        assertEquals("COERCE", e.plover());
        assertTrue(e.pattern().startsWith("patterns.en.tsv:"), e.pattern());
    }

    @Test
    void eventNounsTakeTheirSourceFromDiOfPossessiveOrDemonym() {
        Event visit = only(it("La visita di Macron in Cina è durata tre giorni."));
        assertEquals("FRA", visit.source().country());
        assertEquals("CHN", visit.target().country());
        Event invasion = only(en("Russia's invasion of Ukraine changed Europe."));
        assertEquals("RUS>UKR 190", brief(List.of(invasion)).get(0).substring(0, 11));
        Event drills = only(en("The Chinese drills near Taiwan ended."));
        assertEquals("CHN", drills.source().country());
    }

    @Test
    void daParteDiAndByNameTheSource() {
        Event e = only(it("L'attacco contro Israele da parte dell'Iran è stato respinto."));
        assertEquals("IRN", e.source().country());
        assertEquals("ISR", e.target().country());
    }

    @Test
    void passivesTakeTheAgentAsSource() {
        Event it = only(it("L'Ucraina è stata attaccata dalla Russia."));
        assertEquals("RUS", it.source().country());
        assertEquals("UKR", it.target().country());
        Event en = only(en("Ukraine was attacked by Russia."));
        assertEquals("RUS", en.source().country());
        assertTrue(en("The treaty was signed in 1961.").isEmpty(), "a passive without an agent has no source");
    }

    // ------------------------------------------------------------------ actors

    @Test
    void coordinatedActorsGiveOneEventPerPair() {
        assertEquals(List.of("FRA>IRN 111 asserted 2024-03-15", "DEU>IRN 111 asserted 2024-03-15"),
                brief(it("La Francia e la Germania hanno condannato l'Iran.")));
        assertEquals(4, en("Putin met Xi and Modi.").size(), "two meetings, both ways");
    }

    @Test
    void symmetricActsHoldBothWays() {
        assertEquals(List.of("JPN>IND 040 asserted 2024-03-15", "IND>JPN 040 asserted 2024-03-15"),
                brief(en("Japan met India in Tokyo.")));
        assertEquals(1, en("Japan criticized India.").size(), "criticism is one-way");
    }

    @Test
    void italianOmittedSubjectsComeFromThePreviousSentence() {
        List<Event> events = it("Il Giappone ha ospitato il premier indiano. Ha poi firmato un accordo con l'India.");
        assertTrue(brief(events).contains("JPN>IND 057 asserted 2024-03-15"), brief(events).toString());
        assertTrue(it("La squadra ha vinto la partita. Ha poi firmato un accordo con l'India.").isEmpty(),
                "a non-actor subject is not carried over");
    }

    @Test
    void gerundClausesShareTheirClauseSubject() {
        Event e = only(it("Lo ha ribadito il presidente Macron, incontrando a Parigi il presidente brasiliano Lula."
                .replace("Lo ha ribadito", "Lo ha detto")).stream().filter(x -> x.source().country().equals("FRA"))
                .toList());
        assertEquals("BRA", e.target().country());
        assertEquals("040", e.cameo());
        assertNotNull(e.location());
        assertEquals("Parigi", e.location().name());
        assertEquals("FRA", e.location().country());
    }

    @Test
    void relativeClausesTakeTheActorBeforeThePronoun() {
        List<Event> events = it("La Cina, che ha inviato armi alla Russia, nega tutto.");
        assertEquals(List.of("CHN>RUS 072 asserted 2024-03-15"), brief(events));
    }

    @Test
    void theMainClauseResumesAfterARelativeOne() {
        List<Event> events = en("Blinken, who visited China last week, criticized Beijing.");
        assertEquals(List.of("USA>CHN 042", "USA>CHN 111"), events.stream().map(e -> EventEvaluationTest.id(e.source())
                + ">" + EventEvaluationTest.id(e.target()) + " " + e.cameo()).toList());
        assertNull(events.get(0).date(), "'last week' is a time, but no calendar date: not the publication day");
    }

    @Test
    void englishWouldInReportedSpeechIsAPlan() {
        assertEquals(Status.PLANNED, only(en("The White House said the United States would impose sanctions on Venezuela."))
                .status());
        assertEquals(Status.HYPOTHETICAL, only(en("The United States would impose sanctions on Venezuela.")).status());
    }

    @Test
    void anActorNeverActsOnItself() {
        assertTrue(it("Putin ha incontrato il Cremlino.").isEmpty());
    }

    // ------------------------------------------------------------------ status

    @Test
    void conditionalIsAllegedWhenAttributedAndHypotheticalOtherwise() {
        Event alleged = only(it("Secondo fonti di intelligence, l'Iran avrebbe fornito droni alla Russia."));
        assertEquals(Status.ALLEGED, alleged.status());
        assertNull(alleged.date(), "an alleged act is not dated by the publication");
        Event hyp = only(it("La Cina attaccherebbe Taiwan."));
        assertEquals(Status.HYPOTHETICAL, hyp.status());
        assertEquals(Status.HYPOTHETICAL, only(en("China would attack Taiwan.")).status());
    }

    @Test
    void aSpeakerAfterACommaReportsTheClauseBeforeIt() {
        List<Event> signed = en("Turkey and Egypt signed a trade agreement on Monday, officials said after the ceremony.");
        assertEquals(2, signed.size(), brief(signed).toString());
        signed.forEach(e -> assertEquals(Status.REPORTED, e.status(), e.toString()));
        assertEquals(Status.HYPOTHETICAL, only(it("La Spagna potrebbe imporre sanzioni al Marocco, ha detto il "
                + "ministro.")).status());
    }

    @Test
    void futureAndPlansArePlanned() {
        assertEquals(Status.PLANNED, only(it("Erdogan visiterà l'Egitto.")).status());
        assertEquals(Status.PLANNED, only(it("Erdogan prevede di visitare l'Egitto.")).status());
        assertEquals(Status.PLANNED, only(en("Erdogan will visit Egypt.")).status());
        assertEquals(Status.PLANNED, only(en("Erdogan plans to visit Egypt.")).status());
    }

    @Test
    void modalsAreHypothetical() {
        assertEquals(Status.HYPOTHETICAL, only(it("La Cina potrebbe invadere Taiwan.")).status());
        assertEquals(Status.HYPOTHETICAL, only(en("China could invade Taiwan.")).status());
        assertEquals(Status.HYPOTHETICAL, only(en("China may invade Taiwan.")).status());
    }

    @Test
    void negationIsNegated() {
        assertEquals(Status.NEGATED, only(it("La Germania non ha firmato l'accordo con la Cina.")
                .subList(0, 1)).status());
        assertEquals(Status.NEGATED, only(en("Germany did not criticize China.")).status());
        assertEquals(Status.NEGATED, only(en("Germany didn't criticize China.")).status());
        assertEquals(Status.ASSERTED, only(it("La Germania non solo ha criticato la Cina.")).status(),
                "'non solo' is not a negation");
    }

    @Test
    void attributionFramesReport() {
        Event that = only(it("Il Cremlino ha detto che la Russia ha attaccato la Georgia.").stream()
                .filter(e -> e.cameo().equals("190")).toList());
        assertEquals(Status.REPORTED, that.status());
        assertEquals("RUS", that.attribution().country());
        Event according = only(en("According to Reuters, Iran attacked Iraq."));
        assertEquals(Status.REPORTED, according.status());
        Event secondo = only(it("Secondo la Tass, la Russia ha attaccato la Georgia."));
        assertEquals(Status.REPORTED, secondo.status());
        assertEquals("RUSMED", secondo.attribution().code());
    }

    @Test
    void loHaDettoReportsThePreviousSentence() {
        List<Event> events = it("La Cina ha inviato armi alla Russia. Lo ha detto il segretario di Stato Blinken.");
        Event e = only(events);
        assertEquals(Status.REPORTED, e.status());
        assertEquals("USA", e.attribution().country());
    }

    @Test
    void anAssertedEventHasNoAttribution() {
        assertNull(only(it("La Russia ha attaccato la Georgia.")).attribution());
    }

    // ------------------------------------------------------------------ dates and places

    @Test
    void datesComeFromTheClauseTheSentenceOrThePublication() {
        Event clause = only(it("Martedì la Russia ha attaccato la Georgia."));
        assertEquals("2024-03-12", clause.date());
        assertEquals("clause", clause.dateSource());
        Event month = only(it("La Russia ha attaccato la Georgia a settembre."));
        assertEquals("2023-09", month.date());
        Event year = only(en("Russia attacked Georgia in 2008."));
        assertEquals("2008", year.date());
        Event published = only(en("Russia attacked Georgia."));
        assertEquals(DAY, published.date());
        assertEquals("published", published.dateSource());
        Event planned = only(en("Russia will attack Georgia."));
        assertNull(planned.date());
        assertNull(planned.dateSource());
    }

    @Test
    void eachTriggerKeepsTheDatesOfItsOwnClause() {
        List<Event> events = it("La Russia ha attaccato la Georgia nel 2008, mentre l'Iraq ha invaso il Kuwait nel 1990.");
        assertEquals(List.of("RUS>GEO 190 asserted 2008", "IRQ>KWT 190 asserted 1990"), brief(events));
    }

    @Test
    void placesGovernedByAOrInAreLocations() {
        Event e = only(en("Japan met India in Tokyo.").subList(0, 1));
        assertEquals("Tokyo", e.location().name());
        assertEquals("JPN", e.location().country());
        Event visit = only(it("Il presidente francese si è recato in Cina."));
        assertEquals("CHN", visit.location().country());
    }

    // ------------------------------------------------------------------ article level

    @Test
    void repeatedEventsMergeWithAMentionCount() {
        Event e = only(it("La Russia ha attaccato la Georgia. La Russia ha attaccato la Georgia di nuovo."));
        assertEquals(2, e.mentions());
    }

    @Test
    void aDefiniteVisitRecallsItsDestination() {
        List<Event> events = it("Putin si è recato in Cina martedì. La visita di Putin nel 2019 era stata breve.");
        assertTrue(brief(events).contains("RUS>CHN 042 asserted 2019"), brief(events).toString());
    }

    @Test
    void headingsAreNotCoded() {
        String text = "La Russia attacca la Georgia\n\nLa Russia ha attaccato la Georgia.";
        List<Event> events = TestArticles.code(text, "it", Timestamp.of(LocalDate.parse(DAY)),
                List.of("La Russia attacca la Georgia"));
        assertEquals(1, only(events).mentions());
    }

    // ------------------------------------------------------------------ precision guards

    @Test
    void figurativeFightsFallToCriticismOrNothing() {
        Event e = only(it("La Cina combatte contro le politiche commerciali degli Stati Uniti."));
        assertEquals("111", e.cameo());
        assertEquals("USA", e.target().country());
        assertTrue(e.pattern().contains("figurative"), e.pattern());
        assertTrue(it("La Russia sta combattendo contro decenni di stagnazione.").isEmpty());
        assertTrue(en("Germany is fighting against inflation.").isEmpty());
        assertEquals("190", only(it("La Russia combatte contro l'Ucraina.")).cameo());
    }

    @Test
    void speculationAndThingsAreNotEvents() {
        assertTrue(it("La relazione tra Russia e Cina potrebbe non avere basi solide.").isEmpty());
        assertTrue(en("The meeting room in Moscow was empty.").isEmpty());
        assertTrue(it("La visita al museo è gratuita.").isEmpty());
        assertTrue(en("Analysts believe the Chinese economy is slowing.").isEmpty());
    }

    @Test
    void requestedActsAreNotEvents() {
        assertEquals(List.of("FRA>IRN 020 asserted 2024-03-15"),
                brief(en("France urged Iran to release the detained citizens.")));
    }

    // ------------------------------------------------------------------ the language layer, when present

    @Test
    void tokensDecideLemmaPartOfSpeechAndMood() {
        String text = "La Cina ricevette il presidente russo.";
        // "ricevette" is no regular form the pattern file derives: the lemma finds it.
        List<Token> tokens = List.of(tok(text, "La", "DET", "il", Map.of()), tok(text, "Cina", "PROPN", "Cina", Map.of()),
                tok(text, "ricevette", "VERB", "ricevere", Map.of("Tense", "Past")),
                tok(text, "il", "DET", "il", Map.of()), tok(text, "presidente", "NOUN", "presidente", Map.of()),
                tok(text, "russo", "ADJ", "russo", Map.of()), tok(text, ".", "PUNCT", ".", Map.of()));
        Event e = only(code(text, tokens));
        assertEquals("043", e.cameo());
        assertEquals("CHN>RUS", EventEvaluationTest.id(e.source()) + ">" + EventEvaluationTest.id(e.target()));

        String cnd = "La Cina attacca Taiwan.";
        List<Token> conditional = List.of(tok(cnd, "La", "DET", "il", Map.of()), tok(cnd, "Cina", "PROPN", "Cina", Map.of()),
                tok(cnd, "attacca", "VERB", "attaccare", Map.of("Mood", "Cnd")), tok(cnd, "Taiwan", "PROPN", "Taiwan", Map.of()),
                tok(cnd, ".", "PUNCT", ".", Map.of()));
        assertEquals(Status.HYPOTHETICAL, only(code(cnd, conditional)).status());

        String noun = "La Cina visita Taiwan.";
        List<Token> asNoun = List.of(tok(noun, "La", "DET", "il", Map.of()), tok(noun, "Cina", "PROPN", "Cina", Map.of()),
                tok(noun, "visita", "NOUN", "visita", Map.of()), tok(noun, "Taiwan", "PROPN", "Taiwan", Map.of()),
                tok(noun, ".", "PUNCT", ".", Map.of()));
        assertTrue(code(noun, asNoun).isEmpty(), "a noun 'visita' without 'a'/'in' has no destination");
        assertEquals(1, it(noun).size(), "without tokens, 'visita' after a subject reads as the verb");
    }

    private static Token tok(String text, String word, String upos, String lemma, Map<String, String> feats) {
        int at = text.indexOf(word);
        return new Token(word, at, at + word.length(), upos, lemma, feats);
    }

    private static List<Event> code(String text, List<Token> tokens) {
        AnalyzedArticle a = new AnalyzedArticle(TestArticles.article(text, "it", Timestamp.of(LocalDate.parse(DAY)),
                List.of()), List.of(new Sentence(text, 0, text.length(), tokens)));
        return CameoEventCoder.standard().code(a, List.of());
    }

    @Test
    void oneCoderServesManyThreadsWithTheSameResults() throws Exception {
        List<String> texts = List.of("La Russia e la Cina hanno firmato un accordo.", "Putin si è recato in Cina martedì.",
                "Secondo la Tass, l'Iran avrebbe fornito droni alla Russia.", "La Francia ha condannato l'Iran.");
        List<List<Event>> expected = texts.stream().map(CameoEventCoderTest::it).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int n = 0; n < 40; n++) {
                int k = n % texts.size();
                runs.add(pool.submit(() -> it(texts.get(k)).equals(expected.get(k))));
            }
            for (java.util.concurrent.Future<Boolean> f : runs) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void unknownLanguagesGiveNoEvents() {
        AnalyzedArticle a = new AnalyzedArticle(TestArticles.article("Rusia atacó Georgia.", "es", null, List.of()),
                TestArticles.sentences("Rusia atacó Georgia."));
        assertTrue(CameoEventCoder.standard().code(a, List.of()).isEmpty());
    }

    @Test
    void theShippedPatternsCoverEveryRootInBothLanguages() {
        assertTrue(CameoEventCoder.standard().patternCount("it") > 250);
        assertTrue(CameoEventCoder.standard().patternCount("en") > 250);
        assertEquals(0, CameoEventCoder.standard().patternCount("es"));
    }
}
