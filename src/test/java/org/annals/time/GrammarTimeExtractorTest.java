package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrammarTimeExtractorTest {

    /** Wednesday 19 June 2024, 11:50 CEST. */
    static final Timestamp PUB = Timestamp.of(OffsetDateTime.parse("2024-06-19T11:50:00+02:00"));
    static final GrammarTimeExtractor EXTRACTOR = new GrammarTimeExtractor();

    static List<TimeExpression> run(String text, String lang) {
        List<TimeExpression> found = EXTRACTOR.extract(text, List.of(), lang, PUB);
        for (TimeExpression e : found) {
            assertEquals(e.text(), text.substring(e.start(), e.end()), "offsets of " + e);
        }
        return found;
    }

    /** The value of the expression whose text is {@code phrase}; fails listing what was found otherwise. */
    static String valueOf(String text, String lang, String phrase) {
        List<TimeExpression> found = run(text, lang);
        for (TimeExpression e : found) {
            if (e.text().equalsIgnoreCase(phrase)) {
                return e.value();
            }
        }
        fail("'" + phrase + "' not found in '" + text + "'; found " + describe(found));
        return null;
    }

    static String describe(List<TimeExpression> found) {
        return found.stream().map(e -> e.text() + "=" + e.value()).collect(Collectors.joining(", ", "[", "]"));
    }

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        I due leader hanno firmato oggi un trattato.                                   | oggi            | 2024-06-19
        Martedì 18 giugno, il presidente ha iniziato una visita di due giorni.         | Martedì 18 giugno | 2024-06-18
        Martedì 18 giugno, il presidente ha iniziato una visita di due giorni.         | due giorni      | P2D
        La delegazione si sposterà giovedì in Vietnam.                                 | giovedì         | 2024-06-20
        Il ministro è arrivato giovedì a Roma.                                         | giovedì         | 2024-06-13
        Il secondo tentativo di lancio a novembre è stato un successo.                 | novembre        | 2023-11
        Kim è andato in Russia a settembre, che ha dato il via ai colloqui.             | settembre       | 2023-09
        Il vertice si terrà a settembre.                                               | settembre       | 2024-09
        La sua visita segue quella del collega a settembre.                             | settembre       | 2023-09
        Ieri il governo ha approvato il decreto.                                       | Ieri            | 2024-06-18
        Domani si vota.                                                                | Domani          | 2024-06-20
        L'altro ieri c'è stato un incontro.                                            | L'altro ieri    | 2024-06-17
        Stamattina il premier ha parlato.                                              | Stamattina      | 2024-06-19TMO
        Stasera è in programma un concerto.                                            | Stasera         | 2024-06-19TEV
        Lunedì scorso la Camera ha votato.                                             | Lunedì scorso   | 2024-06-17
        Martedì prossimo la Camera voterà.                                             | Martedì prossimo | 2024-06-25
        Tre giorni fa il presidente è partito.                                         | Tre giorni fa   | 2024-06-16
        Due settimane fa il presidente è partito.                                      | Due settimane fa | 2024-06-05
        La prossima settimana il parlamento voterà.                                    | prossima settimana | 2024-W26
        La settimana scorsa il parlamento ha votato.                                   | settimana scorsa | 2024-W24
        Il mese scorso il parlamento ha votato.                                        | mese scorso     | 2024-05
        L'anno prossimo ci saranno le elezioni.                                        | anno prossimo   | 2025
        Quest'anno la crescita è debole.                                               | Quest'anno      | 2024
        Nel 2022 la Russia ha invaso l'Ucraina.                                        | 2022            | 2022
        È il suo primo viaggio nel paese dal lontano 2000.                             | 2000            | 2000
        Il trattato è stato firmato il 18 giugno 2024.                                 | 18 giugno 2024  | 2024-06-18
        Il trattato è stato firmato il 19/06/2024.                                     | 19/06/2024      | 2024-06-19
        Il trattato è stato firmato il 3 marzo.                                        | 3 marzo         | 2024-03-03
        Negli anni '90 il paese era povero.                                            | anni '90        | 199
        Negli anni Novanta il paese era povero.                                        | anni Novanta    | 199
        In estate la produzione aumenterà.                                             | estate          | 2024-SU
        Questa primavera ha piovuto molto.                                             | Questa primavera | 2024-SP
        I conti saranno chiusi a fine mese.                                            | fine mese       | 2024-06-21/2024-06-30
        A inizio anno il governo ha varato la manovra.                                 | inizio anno     | 2024-01/2024-03
        L'obiettivo è la neutralità climatica entro il 2030.                           | entro il 2030   | 2024-06-19T11:50/2030
        Lo sciopero è durato per due giorni.                                           | due giorni      | P2D
        Il colloquio è iniziato alle 11:50.                                            | 11:50           | 2024-06-19T11:50
        Il colloquio è previsto per ventuno giorni.                                    | ventuno giorni  | P21D
        Il terzo trimestre 2023 è stato positivo.                                      | terzo trimestre 2023 | 2023-Q3
        La missione durerà una dozzina di giorni.                                      | una dozzina di giorni | P12D
        """)
    void italian(String text, String phrase, String value) {
        assertEquals(value, valueOf(text.strip(), "it", phrase.strip()));
    }

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        The talks ended three days ago.                                  | three days ago   | 2024-06-16
        The ministers met last week.                                     | last week        | 2024-W24
        The economy boomed in the 1990s.                                 | 1990s            | 199
        The treaty was signed today.                                     | today            | 2024-06-19
        The treaty was signed yesterday.                                 | yesterday        | 2024-06-18
        The vote will take place tomorrow.                               | tomorrow         | 2024-06-20
        Elections will be held next month.                               | next month       | 2024-07
        The delegation will travel on Tuesday.                           | Tuesday          | 2024-06-25
        The delegation arrived on Tuesday.                               | Tuesday          | 2024-06-18
        Parliament voted last Tuesday.                                   | last Tuesday     | 2024-06-18
        Prices rose earlier this month.                                  | earlier this month | 2024-06
        Russia invaded Ukraine in 2022.                                  | 2022             | 2022
        The treaty was signed on June 19, 2024.                          | June 19, 2024    | 2024-06-19
        The treaty was signed on 19 June 2024.                           | 19 June 2024     | 2024-06-19
        The treaty was signed on 6/19/2024.                              | 6/19/2024        | 2024-06-19
        Talks will resume this summer.                                   | this summer      | 2024-SU
        The war lasted two years.                                        | two years        | P2Y
        Troops stayed for three weeks.                                   | three weeks      | P3W
        He served twenty-one days in jail.                               | twenty-one days  | P21D
        The meeting started at 3 pm.                                     | 3 pm             | 2024-06-19T15:00
        The vote is scheduled for May.                                   | May              | 2025-05
        The talks resumed on the 24th.                                   | 24th             | 2024-05-24
        The talks will resume on the 24th.                               | 24th             | 2024-06-24
        The summit opens on Tuesday the 2nd.                             | Tuesday the 2nd  | 2024-07-02
        Polls closed at a quarter past eight in the evening.             | a quarter past eight in the evening | 2024-06-19T20:15
        The strike began at half past ten.                               | half past ten    | 2024-06-19T10:30
        The statement came at twenty to five pm.                         | twenty to five pm | 2024-06-19T16:40
        Police arrived at 3 in the morning.                              | 3 in the morning | 2024-06-19T03:00
        The polls close at eight o'clock.                                | eight o'clock    | 2024-06-19T08:00
        The ceasefire takes effect at 8 tonight.                         | 8 tonight        | 2024-06-19T20:00
        Results are due by the end of the month.                         | by the end of the month | 2024-06-19T11:50/2024-06-30
        Rates were cut two Fridays ago.                                  | two Fridays ago  | 2024-06-07
        The board meets on the first Monday of next month.               | first Monday of next month | 2024-07-01
        The second reading is on the 3rd of next month.                  | 3rd of next month | 2024-07-03
        The polls open at 7:00 GMT.                                      | 7:00 GMT         | 2024-06-19T09:00
        The briefing runs 3-4pm.                                         | 3-4pm            | 2024-06-19T15:00/2024-06-19T16:00
        The verdict is expected on Friday after next.                    | Friday after next | 2024-06-28
        The festival will take place on the last weekend of August.     | last weekend of August | 2024-W35-WE
        The plant closed in the first week of March 2023.                | first week of March 2023 | 2023-W10
        The launch is set for ten thirty am.                             | ten thirty am    | 2024-06-19T10:30
        The town was founded in 1250 AD.                                 | 1250 AD          | 1250
        By 1985 the format was outdated.                                 | 1985             | 1985
        """)
    void english(String text, String phrase, String value) {
        assertEquals(value, valueOf(text.strip(), "en", phrase.strip()));
    }

    @Test
    void listsOfYearsGiveOneExpressionEach() {
        List<TimeExpression> found = run("Mosca ha richiamato gli accordi del 1961, 2000 e 2001.", "it");
        assertEquals(List.of("1961", "2000", "2001"), found.stream().map(TimeExpression::value).toList(), describe(found));
    }

    @Test
    void offsetsPointIntoTheArticleText() {
        String text = "Titolo.\n\nLa delegazione russa si sposterà giovedì in Vietnam. Ieri ha firmato.";
        int s2 = text.indexOf("La delegazione");
        int s3 = text.indexOf("Ieri");
        List<Sentence> sentences = List.of(
                new Sentence("Titolo.", 0, 7, List.of()),
                new Sentence(text.substring(s2, s3 - 1), s2, s3 - 1, List.of()),
                new Sentence(text.substring(s3), s3, text.length(), List.of()));
        List<TimeExpression> found = EXTRACTOR.extract(text, sentences, "it", PUB);
        assertEquals(2, found.size(), describe(found));
        for (TimeExpression e : found) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
        }
        assertEquals("2024-06-20", found.get(0).value());
        assertEquals("2024-06-18", found.get(1).value());
    }

    @Test
    void withoutPublicationRelativeExpressionsStayUnresolved() {
        List<TimeExpression> found = EXTRACTOR.extract("Ieri, 18 giugno 2024, per due giorni.", List.of(), "it", null);
        assertEquals(3, found.size(), describe(found));
        assertNull(found.get(0).value());
        assertEquals("2024-06-18", found.get(1).value());
        assertEquals("P2D", found.get(2).value());
    }

    @Test
    void wordsThatLookLikeDatesAreLeftAlone() {
        assertTrue(run("Hanno manifestato 2000 persone nel Mar Nero.", "it").isEmpty(), describe(run("Hanno manifestato 2000 persone nel Mar Nero.", "it")));
        assertTrue(run("You may march on.", "en").isEmpty(), describe(run("You may march on.", "en")));
        assertTrue(run("Ha iniziato una visita a Pyongyang.", "it").isEmpty(), describe(run("Ha iniziato una visita a Pyongyang.", "it")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        May I ask a question?
        The second round will be decisive.
        A quarter of voters stayed at home.
        He was the first to arrive.
        Of the 24, three were injured.
        Turnout fell from 20 to 3 per cent.
        Sat on the bench, he waited.
        The 24th amendment was ratified.
        Ten thirty-year-old recruits joined.
        Half of the seats went to the opposition.
        They ran 5 ad campaigns.
        Ten twenty-year-olds were arrested.
        He scored 20 to 3 points ahead.
        The league was won by a goal.
        Sales reached about 425 in the region.
        The population is around 529,000 people.
        Reserves were reduced by 420 units.
        Rents rose about two and a half times.
        She was the 4th and youngest daughter.
        Castles were built in the 15th and 18th centuries.
        The 1st-seeded player lost.
        The riders received six TUEs.
        This was followed by a 5-1 defeat.
        """)
    void englishProseThatIsNoTime(String text) {
        List<TimeExpression> found = run(text.strip(), "en");
        assertTrue(found.isEmpty(), describe(found));
    }

    @Test
    void futureForBareExpressionsIsDucklingsReading() {
        GrammarTimeExtractor future = EXTRACTOR.withFutureForBareExpressions(true);
        List<TimeExpression> found = future.extract("Il ministro è arrivato giovedì.", List.of(), "it", PUB);
        assertEquals("2024-06-20", found.get(0).value());
    }

    @Test
    void unknownLanguageGivesNothing() {
        assertTrue(EXTRACTOR.extract("Heute", List.of(), "de", PUB).isEmpty());
    }
}
