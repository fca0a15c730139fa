package org.annals.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.actors.ActorResolver;
import org.annals.actors.NameActorResolver;
import org.annals.model.Actor;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Quote;
import org.annals.model.Quote.Kind;
import org.annals.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameQuoteExtractorTest {
    private static final QuoteExtractor EXTRACTOR = new FrameQuoteExtractor(new NameActorResolver());

    private static List<Quote> it(String... paragraphs) {
        return EXTRACTOR.extract(TestArticles.article("it", "Gazzetta Esempio", paragraphs));
    }

    private static List<Quote> en(String... paragraphs) {
        return EXTRACTOR.extract(TestArticles.article("en", "Example Times", paragraphs));
    }

    private static Quote only(List<Quote> quotes) {
        assertEquals(1, quotes.size(), quotes.toString());
        return quotes.get(0);
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    private static List<String> via(Quote q) {
        return q.via().stream().map(Actor::name).toList();
    }

    // --- Italian speaker frames -----------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "«Non ci fermeremo davanti a nulla», ha detto il ministro degli Esteri Marco Bianchi.|Marco Bianchi",
        "«Non ci fermeremo davanti a nulla», ha dichiarato la sindaca Giulia Rossi.|Giulia Rossi",
        "«Non ci fermeremo davanti a nulla», ha affermato il presidente Paolo Verdi.|Paolo Verdi",
        "Il ministro Marco Bianchi ha sottolineato: «Non ci fermeremo davanti a nulla».|Marco Bianchi",
        "Il generale Aldo Neri ha spiegato che «la linea del fronte regge senza problemi».|Aldo Neri",
        "Il governatore Sara Conti ha aggiunto: “Non ci fermeremo davanti a nulla”.|Sara Conti",
        "Il progetto, che Giulia Rossi ha definito «una scommessa vinta per tutti», partirà a marzo.|Giulia Rossi",
        "Secondo Paolo Verdi, la riforma è «un passo avanti per tutte le famiglie».|Paolo Verdi",
        "Nelle parole di Paolo Verdi la riforma è «un passo avanti per tutte le famiglie».|Paolo Verdi",
        "«Non ci fermeremo davanti a nulla», ha detto il portavoce.|portavoce",
    })
    void italianFramesNameTheSpeaker(String sentence, String expected) {
        assertEquals(expected, speaker(only(it(sentence))));
    }

    @Test
    void aRoleWithItsCapitalisedBodyIsOneDescription() {
        assertEquals("ministro dell'Economia", speaker(only(it(
                "Il ministro dell'Economia ha aggiunto che i conti pubblici resteranno in ordine."))));
        assertEquals("minister of Defence", speaker(only(en(
                "The minister of Defence warned that the border would stay closed."))));
    }

    @Test
    void theNextSentenceCanAttribute() {
        Quote q = only(it("Il paese vive «una stagione di grandi speranze e di attese». "
                + "Lo ha detto il presidente Paolo Verdi durante la visita a Torino."));
        assertEquals("Paolo Verdi", speaker(q));
        assertEquals(Kind.PARTIAL, q.kind());
        assertEquals(List.of("Gazzetta Esempio"), via(q));
    }

    @Test
    void aSentenceTwoAwayAttributesOnlyAStandaloneQuote() {
        Quote q = only(it("“Ricostruiremo ogni ponte crollato”. Sarà davvero così? Nelle parole di Paolo Verdi, sì."));
        assertEquals("Paolo Verdi", speaker(q));
        assertEquals(Kind.DIRECT, q.kind());
    }

    @Test
    void aShortNameTakesTheFullNameOfTheArticle() {
        List<Quote> qs = it("Il ministro Marco Bianchi ha incontrato i sindacati.",
                "«La trattativa resta aperta a ogni proposta», ha detto Bianchi.");
        assertEquals("Marco Bianchi", speaker(only(qs)));
    }

    @Test
    void anAmbiguousShortNameStaysShort() {
        List<Quote> qs = it("Marco Bianchi e Lucia Bianchi hanno parlato a lungo.",
                "«La trattativa resta aperta a ogni proposta», ha detto Bianchi.");
        assertEquals("Bianchi", speaker(only(qs)));
    }

    // --- relay chains ---------------------------------------------------------------------------

    @Test
    void relaysInTheSameSentence() {
        Quote q = only(it("«Il dialogo continua senza sosta», ha detto il ministro Marco Bianchi, citato dall'agenzia Ansa."));
        assertEquals("Marco Bianchi", speaker(q));
        assertEquals(List.of("Ansa", "Gazzetta Esempio"), via(q));

        q = only(it("Il paese è «pronto a ripartire subito». Lo ha detto Paolo Verdi, secondo quanto riferisce la Bbc."));
        assertEquals(List.of("Bbc", "Gazzetta Esempio"), via(q));

        q = only(it("«Il dialogo continua senza sosta», ha detto Marco Bianchi in un'intervista al Corriere."));
        assertEquals(List.of("Corriere", "Gazzetta Esempio"), via(q));
    }

    @Test
    void aRelaySentenceAfterTheAttribution() {
        Quote q = only(it("Il piano «darà lavoro a migliaia di giovani». Lo ha detto il premier Paolo Verdi. "
                + "Lo riferisce l'agenzia Ansa."));
        assertEquals("Paolo Verdi", speaker(q));
        assertEquals(List.of("Ansa", "Gazzetta Esempio"), via(q));
    }

    @Test
    void englishRelays() {
        Quote q = only(en("“We are ready to talk,” Jane Holloway told Reuters."));
        assertEquals("Jane Holloway", speaker(q));
        assertEquals(List.of("Reuters", "Example Times"), via(q));

        q = only(en("“We are ready to talk,” Jane Holloway said, according to Bloomberg."));
        assertEquals(List.of("Bloomberg", "Example Times"), via(q));

        q = only(en("“We are ready to talk,” Jane Holloway said in an interview with CNN."));
        assertEquals(List.of("CNN", "Example Times"), via(q));

        q = only(en("“We are ready to talk,” Jane Holloway said, as reported by the Guardian."));
        assertEquals(List.of("Guardian", "Example Times"), via(q));
    }

    @Test
    void withoutAPublisherTheChainHoldsOnlyRelays() {
        List<Quote> qs = EXTRACTOR.extract(TestArticles.article("en", null, "“We are ready to talk,” Holloway told Reuters."));
        assertEquals(List.of("Reuters"), via(only(qs)));
    }

    // --- English speaker frames ------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"We will not back down,\" said Jane Holloway.|Jane Holloway",
        "\"We will not back down,\" Prime Minister Jane Holloway said.|Jane Holloway",
        "“The talks went well,” Holloway told reporters.|Holloway",
        "“The talks went well,” the spokesman added.|spokesman",
        "Holloway wrote: ‘The bridge will reopen in spring.’|Holloway",
        "According to Tom Baker, the plan is “a first step toward lasting peace”.|Tom Baker",
        "Foreign Minister Tom Baker said the plan was “a first step toward lasting peace”.|Tom Baker",
    })
    void englishFramesNameTheSpeaker(String sentence, String expected) {
        assertEquals(expected, speaker(only(en(sentence).stream().filter(q -> q.kind() != Kind.INDIRECT).toList())));
    }

    @Test
    void aPronounSpeakerIsTheLastNamedOne() {
        List<Quote> qs = en("“The talks went well,” Jane Holloway said. “We are ready for more,” she added.");
        assertEquals(List.of("Jane Holloway", "Jane Holloway"), qs.stream().map(FrameQuoteExtractorTest::speaker).toList());
        assertNull(speaker(only(en("“We are ready for more,” she added."))));
    }

    @Test
    void germanMarksInAnItalianArticle() {
        Quote q = only(it("„Wir sind bereit zu reden“, ha detto la cancelliera Anna Weber."));
        assertEquals("Wir sind bereit zu reden", q.text());
        assertEquals("Anna Weber", speaker(q));
        assertEquals(Kind.DIRECT, q.kind());
    }

    // --- headlines ------------------------------------------------------------------------------

    @Test
    void headlineQuotesTakeTheSpeakerBeforeTheColonAndTheBodyChain() {
        List<Quote> qs = it("# Bianchi: “Nessun passo indietro sul bilancio”",
                "Il governo non cambierà «nemmeno una virgola della manovra». Lo ha detto il ministro Marco Bianchi, "
                        + "citato dall'agenzia Ansa.",
                "# Gli analisti: “Una crisi lunga”",
                "Il quadro resta incerto.");
        Quote head = qs.get(0);
        assertEquals(Kind.HEADLINE, head.kind());
        assertEquals("Nessun passo indietro sul bilancio", head.text());
        assertEquals("Marco Bianchi", speaker(head));
        assertEquals(List.of("Ansa", "Gazzetta Esempio"), via(head));
        Quote analysts = qs.stream().filter(q -> q.text().equals("Una crisi lunga")).findFirst().orElseThrow();
        assertEquals("analisti", speaker(analysts));
        assertEquals(List.of("Gazzetta Esempio"), via(analysts));
    }

    @Test
    void aTitleQuoteHasNoOffsets() {
        AnalyzedArticle a = TestArticles.titled("en", "Example Times", "Holloway: “We will rebuild”",
                "Jane Holloway spoke in the capital.");
        Quote q = only(EXTRACTOR.extract(a));
        assertEquals("Jane Holloway", speaker(q));
        assertEquals(-1, q.start());
        assertEquals(Kind.HEADLINE, q.kind());
    }

    // --- indirect statements --------------------------------------------------------------------

    @Test
    void indirectStatements() {
        Quote q = only(it("Luca Neri, portavoce del consorzio dei produttori, ha espresso soddisfazione per l'accordo raggiunto."));
        assertEquals(Kind.INDIRECT, q.kind());
        assertEquals("Luca Neri", speaker(q));
        assertEquals("soddisfazione per l'accordo raggiunto", q.text());

        q = only(it("Alla vigilia del voto, gli economisti ritengono che l'inflazione scenderà entro l'anno."));
        assertEquals("economisti", speaker(q));
        assertEquals("l'inflazione scenderà entro l'anno", q.text());

        q = only(en("Energy minister Alan Brooks warned that the reserves could run out by winter."));
        assertEquals("Alan Brooks", speaker(q));
        assertEquals("the reserves could run out by winter", q.text());

        q = only(en("Most analysts believe that the deal will hold for years."));
        assertEquals("analysts", speaker(q));
        assertEquals(Kind.INDIRECT, q.kind());
    }

    @Test
    void accordingToIntroducesAnIndirectStatement() {
        Quote q = only(en("According to port officials, the new terminal will double the traffic."));
        assertEquals("port officials", speaker(q));
        assertEquals("the new terminal will double the traffic", q.text());
    }

    // --- precision ------------------------------------------------------------------------------

    @Test
    void scareQuotesAreNotQuotesUnlessAttributed() {
        assertTrue(it("Il cosiddetto “campo largo” si è riunito ieri a Roma.").isEmpty());
        assertTrue(en("The so-called “peace plan” was shelved in March.").isEmpty());
        Quote q = only(it("Il “campo largo” è finito, ha detto Marco Bianchi."));
        assertEquals("Marco Bianchi", speaker(q));
    }

    @Test
    void theWriterIsNoSpeaker() {
        assertNull(speaker(only(en("“That was a long night,” I said to myself."))));
        assertNull(speaker(only(en("“That was a long night,” we said."))));
        assertEquals("Pentagon", speaker(only(en("“The tests went well,” the Pentagon has said."))));
    }

    @Test
    void anUnattributedFullQuotationKeepsNoSpeaker() {
        Quote q = only(it("«Nessuno sarà lasciato indietro». Il paese attende i fatti."));
        assertNull(q.speaker());
        assertEquals(List.of("Gazzetta Esempio"), via(q));
    }

    @Test
    void theResolverDecidesWhenItKnowsTheMention() {
        ActorResolver dictionary = (mention, language, date) -> mention.equals("Ansa")
                ? new Actor("ANSA", "ITAMED", "ITA") : null;
        Quote q = only(new FrameQuoteExtractor(dictionary).extract(TestArticles.article("it", null,
                "«Il dialogo continua senza sosta», ha detto Marco Bianchi, citato dall'agenzia Ansa.")));
        assertEquals(new Actor("ANSA", "ITAMED", "ITA"), q.via().get(0));
        assertEquals(new Actor("Marco Bianchi", null, null), q.speaker());
    }

    @Test
    void worksWithTokensToo() {
        AnalyzedArticle a = TestArticles.tokenized("it", w -> java.util.Map.of(),
                "«Il dialogo continua senza sosta», ha detto Marco Bianchi.");
        assertEquals("Marco Bianchi", speaker(only(EXTRACTOR.extract(a))));
    }

    @Test
    void offsetsLocateTheQuotedText() {
        AnalyzedArticle a = TestArticles.article("it", null, "Primo paragrafo qualunque.",
                "Il piano «darà lavoro a migliaia di giovani», ha detto Paolo Verdi.");
        Quote q = only(EXTRACTOR.extract(a));
        assertEquals(q.text(), a.article().text().substring(q.start(), q.end()));
        assertEquals(LocalDate.of(2024, 6, 19), a.article().published().date());
    }
}
