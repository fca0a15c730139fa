package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.TimeExpression;
import org.annals.model.Timestamp;
import org.annals.nlp.OpenNlpLanguageAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** News conventions for bare weekdays and months when the tense comes from the real language layer. */
class TimeWithLanguageLayerTest {
    private static final OpenNlpLanguageAnalyzer ANALYZER = new OpenNlpLanguageAnalyzer();
    private static final GrammarTimeExtractor TIMES = new GrammarTimeExtractor();

    private static String value(String language, String published, String text, String phrase) {
        Article article = new Article("t", null, null, Timestamp.parse(published), null, language, text, List.of(),
                List.of());
        AnalyzedArticle analyzed = ANALYZER.analyze(article);
        List<TimeExpression> found = TIMES.extract(text, analyzed.sentences(), language, article.published());
        return found.stream().filter(t -> t.text().equals(phrase)).map(TimeExpression::value).findFirst()
                .orElseThrow(() -> new AssertionError(phrase + " not found in " + found));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        it | 2025-03-12 | Il voto sulla ratifica è previsto a settembre.                | settembre | 2025-09
        it | 2024-06-19 | La sua visita segue quella del collega a settembre.           | settembre | 2023-09
        it | 2024-06-19 | Il ministro è arrivato a Roma mercoledì.                      | mercoledì | 2024-06-19
        en | 2025-02-04 | The ministers agreed on Tuesday to reopen the corridor.       | Tuesday   | 2025-02-04
        en | 2025-02-04 | A follow-up meeting is planned for March.                     | March     | 2025-03
        en | 2025-02-04 | The delegation will travel to Rome on Thursday.               | Thursday  | 2025-02-06
        """)
    void bareWeekdaysAndMonthsTakeTheTenseOfTheirClause(String language, String published, String text,
                                                       String phrase, String expected) {
        assertEquals(expected, value(language, published, text.strip(), phrase));
    }

    @Test
    void aPastTenseMonthAfterPublicationIsLastYears() {
        assertEquals("2023-11", value("it", "2024-06-19", "Il lancio di novembre è fallito.", "novembre"));
    }
}
