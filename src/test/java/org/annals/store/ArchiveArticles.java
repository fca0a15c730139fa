package org.annals.store;

import java.util.List;
import org.annals.model.AnalysisResult;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.DocumentHints;
import org.annals.model.DocumentKind;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.Pipelines;

/**
 * Short Italian and English articles written for the archive tests, analysed once by the standard pipeline
 * (loading it takes seconds, so it is shared by every test in the JVM).
 */
final class ArchiveArticles {
    private ArchiveArticles() {}

    /** The summit story after its first sentence. */
    private static final String[] SUMMIT_BODY = {
        "I due leader hanno firmato un accordo sulla cooperazione energetica e sul commercio di gas naturale.",
        "",
        "\"La nostra amicizia non ha limiti\", ha detto Putin ai giornalisti al termine del vertice.",
        "Secondo fonti del Cremlino, Mosca fornirà alla Cina 50 miliardi di metri cubi di gas all'anno.",
        "Il ministro degli Esteri cinese ha definito la visita un passo importante per la stabilità della regione.",
        "",
        "Gli Stati Uniti hanno criticato l'intesa e hanno minacciato nuove sanzioni contro le banche russe.",
        "La delegazione russa resterà in Cina fino a sabato per una serie di incontri con imprenditori locali.",
    };

    /** An Italian article on a Russia–China summit, from one site. */
    static final RawDocument SUMMIT = text("summit.txt", "https://notizie.example.it/esteri/vertice-putin-xi",
            "notizie.example.it", "Putin e Xi firmano l'accordo sul gas", "2024-05-16",
            lines("Il presidente russo Vladimir Putin ha incontrato giovedì a Pechino il presidente cinese Xi Jinping.",
                    SUMMIT_BODY));

    /** The same story syndicated by another site: another first line and an agency footer. */
    static final RawDocument SUMMIT_COPY = text("summit-copy.txt",
            "https://cronache.example.it/mondo/2024/05/16/putin-xi-gas",
            "cronache.example.it", "Putin e Xi, firmato l'accordo sul gas", "2024-05-16",
            lines("Vladimir Putin e Xi Jinping si sono visti giovedì nella capitale cinese per il loro quarto vertice.",
                    SUMMIT_BODY) + "\nQuesto articolo è stato scritto con il contributo dell'agenzia di stampa.");

    /** {@link #SUMMIT} updated with a last line, under a variant of its address (case, tracking, fragment). */
    static final RawDocument SUMMIT_SAME_URL = text("summit-utm.txt",
            "https://NOTIZIE.example.it/esteri/vertice-putin-xi/?utm_source=feed#commenti",
            "notizie.example.it", "Putin e Xi firmano l'accordo sul gas", "2024-05-16",
            lines("Il presidente russo Vladimir Putin ha incontrato giovedì a Pechino il presidente cinese Xi Jinping.",
                    SUMMIT_BODY) + "\nIn serata la delegazione russa ha visitato la Città Proibita.");

    /** A different article on the same topic, from the same site. */
    static final RawDocument SUMMIT_ANALYSIS = text("summit-analysis.txt",
            "https://notizie.example.it/analisi/russia-cina-gas", "notizie.example.it",
            "Perché il gas russo guarda a oriente", "2024-05-20", String.join("\n",
                    "L'accordo firmato a Pechino tra Russia e Cina arriva dopo due anni di trattative difficili.",
                    "Mosca ha perso gran parte dei clienti europei e cerca nuovi mercati per il suo gas.",
                    "",
                    "Pechino invece ottiene prezzi vantaggiosi e rafforza la propria sicurezza energetica.",
                    "Molti economisti dubitano però che il nuovo gasdotto possa essere pronto prima del 2030.",
                    "La Commissione europea ha annunciato che seguirà da vicino gli sviluppi dell'intesa."));

    /** An English article on aid to Ukraine. */
    static final RawDocument AID = text("aid.txt", "https://worldwire.example.com/2024/06/aid-ukraine",
            "worldwire.example.com", "United States pledges new aid to Ukraine", "2024-06-12", String.join("\n",
                    "The United States promised new military aid to Ukraine on Tuesday, officials said.",
                    "Secretary of State Antony Blinken met President Volodymyr Zelensky in Kyiv.",
                    "",
                    "\"We will stand with Ukraine for as long as it takes,\" Blinken told reporters.",
                    "Russia condemned the decision and accused Washington of prolonging the war.",
                    "The package is worth 2 billion dollars, according to the Pentagon."));

    /** An English article on Israel and Iran. */
    static final RawDocument STRIKE = text("strike.txt", "https://globe.example.org/news/israel-iran",
            "globe.example.org", "Israel and Iran trade threats", "2023-10-03", String.join("\n",
                    "Israel accused Iran of supplying weapons to armed groups in Lebanon on Monday.",
                    "Iran denied the accusation and warned Israel against any attack.",
                    "",
                    "The United Nations called for restraint and urged both countries to resume talks."));

    /** An English article whose text holds characters that HTML must escape. */
    static final RawDocument MARKUP = text("markup.txt", "https://globe.example.org/tech/chips", "globe.example.org",
            "Chip budget doubles", "2024-03-08", String.join("\n",
                    "Engineers at the state laboratory said the R&D budget for <secure> chips will double.",
                    "The minister confirmed the figure on Friday."));

    private static volatile List<AnalysisResult> analysed;

    /** Every fixture, analysed, in the order: summit, copy, same URL, analysis, aid, strike, markup. */
    static List<AnalysisResult> analysed() {
        List<AnalysisResult> all = analysed;
        if (all == null) {
            synchronized (ArchiveArticles.class) {
                if (analysed == null) {
                    Pipeline pipeline = Pipelines.standard();
                    analysed = List.of(SUMMIT, SUMMIT_COPY, SUMMIT_SAME_URL, SUMMIT_ANALYSIS, AID, STRIKE, MARKUP).stream()
                            .map(pipeline::analyze).toList();
                }
                all = analysed;
            }
        }
        return all;
    }

    static AnalysisResult summit() {
        return analysed().get(0);
    }

    static AnalysisResult summitCopy() {
        return analysed().get(1);
    }

    static AnalysisResult summitSameUrl() {
        return analysed().get(2);
    }

    static AnalysisResult summitAnalysis() {
        return analysed().get(3);
    }

    static AnalysisResult aid() {
        return analysed().get(4);
    }

    static AnalysisResult strike() {
        return analysed().get(5);
    }

    static AnalysisResult markup() {
        return analysed().get(6);
    }

    /** The same analysis under another id and URL (null for none). */
    static AnalysisResult renamed(AnalysisResult r, String id, String url) {
        Article a = r.article();
        Article b = new Article(id, url, a.title(), a.published(), a.publisher(), a.language(), a.text(), a.headings(),
                a.problems());
        return new AnalysisResult(r.source() + "#" + id, new AnalyzedArticle(b, r.analyzed().sentences()), r.events(),
                r.quotes(), r.claims(), r.times(), r.problems());
    }

    private static String lines(String first, String[] body) {
        return first + "\n" + String.join("\n", body);
    }

    private static RawDocument text(String source, String url, String site, String title, String published,
                                    String body) {
        DocumentHints hints = new DocumentHints(null, url, title, Timestamp.parse(published), null, site);
        return new RawDocument(source, DocumentKind.TEXT, body, hints, List.of());
    }
}
