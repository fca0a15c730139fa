package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.annals.events.Codebook;
import org.annals.model.Actor;
import org.annals.model.AnalysisResult;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.model.Quote;
import org.annals.model.Sentence;
import org.annals.model.Status;
import org.annals.model.Timestamp;

/**
 * Deterministic synthetic analysed articles for filling an archive to benchmark size (100,000 articles with
 * 1,000,000 events) without running the language pipeline on 100,000 real pages.
 *
 * <p>Article {@code i} is the same for the same seed on every run and machine. Its text is made of
 * sentences about two main countries, in Italian or English, of realistic length (about 350 words); its
 * events pair those countries (and sometimes a third) with CAMEO codes weighted towards the common ones,
 * Goldstein scores and PLOVER categories from the project's CAMEO codebook, and dates in 2015–2025, so
 * that filters and aggregations see a realistic, skewed distribution: a few dyads are very frequent,
 * most are rare. Immutable and thread-safe.
 */
public final class SyntheticArticles {
    /** code, Italian name, English name, capital; the first ones are drawn far more often (Zipf-like). */
    private static final String[][] COUNTRIES = {
        {"USA", "Stati Uniti", "United States", "Washington"}, {"RUS", "Russia", "Russia", "Mosca"},
        {"CHN", "Cina", "China", "Pechino"}, {"UKR", "Ucraina", "Ukraine", "Kiev"},
        {"PRK", "Corea del Nord", "North Korea", "Pyongyang"}, {"ISR", "Israele", "Israel", "Gerusalemme"},
        {"IRN", "Iran", "Iran", "Teheran"}, {"DEU", "Germania", "Germany", "Berlino"},
        {"FRA", "Francia", "France", "Parigi"}, {"ITA", "Italia", "Italy", "Roma"},
        {"GBR", "Regno Unito", "United Kingdom", "Londra"}, {"TUR", "Turchia", "Turkey", "Ankara"},
        {"IND", "India", "India", "Nuova Delhi"}, {"JPN", "Giappone", "Japan", "Tokyo"},
        {"KOR", "Corea del Sud", "South Korea", "Seul"}, {"SYR", "Siria", "Syria", "Damasco"},
        {"SAU", "Arabia Saudita", "Saudi Arabia", "Riad"}, {"EGY", "Egitto", "Egypt", "Il Cairo"},
        {"POL", "Polonia", "Poland", "Varsavia"}, {"BRA", "Brasile", "Brazil", "Brasilia"},
        {"ZAF", "Sudafrica", "South Africa", "Pretoria"}, {"NGA", "Nigeria", "Nigeria", "Abuja"},
        {"MEX", "Messico", "Mexico", "Città del Messico"}, {"VNM", "Vietnam", "Vietnam", "Hanoi"},
        {"PAK", "Pakistan", "Pakistan", "Islamabad"}, {"AFG", "Afghanistan", "Afghanistan", "Kabul"},
        {"IRQ", "Iraq", "Iraq", "Baghdad"}, {"LBN", "Libano", "Lebanon", "Beirut"},
        {"SRB", "Serbia", "Serbia", "Belgrado"}, {"HUN", "Ungheria", "Hungary", "Budapest"},
        {"ESP", "Spagna", "Spain", "Madrid"}, {"CAN", "Canada", "Canada", "Ottawa"},
        {"AUS", "Australia", "Australia", "Canberra"}, {"ETH", "Etiopia", "Ethiopia", "Addis Abeba"},
        {"MLI", "Mali", "Mali", "Bamako"}, {"VEN", "Venezuela", "Venezuela", "Caracas"},
        {"CUB", "Cuba", "Cuba", "L'Avana"}, {"BLR", "Bielorussia", "Belarus", "Minsk"},
        {"GEO", "Georgia", "Georgia", "Tbilisi"}, {"ARM", "Armenia", "Armenia", "Erevan"},
    };
    /** CAMEO codes, each listed as often as it should be drawn. */
    private static final String[] CODES = {
        "010", "010", "010", "012", "013", "020", "036", "036", "040", "040", "040", "042", "043", "043",
        "046", "051", "057", "061", "071", "072", "081", "090", "111", "112", "120", "130", "138", "163",
        "172", "173", "190", "190", "193", "195", "014", "030", "031", "050", "060", "080",
    };
    private static final String[] ROLES = {"GOV", "GOV", "GOV", "MIL", "GOV", "LEG", "GOV"};
    private static final Status[] STATUSES = {
        Status.ASSERTED, Status.ASSERTED, Status.ASSERTED, Status.ASSERTED, Status.REPORTED,
        Status.REPORTED, Status.ALLEGED, Status.PLANNED, Status.HYPOTHETICAL, Status.NEGATED,
    };
    private static final String[] SITES = {
        "cronache.example.it", "notizie.example.it", "mondo.example.it", "worldwire.example.com",
        "dailyledger.example.com", "globe.example.org", "agenzia.example.it", "frontline.example.net",
    };
    private static final String[] IT_SENTENCES = {
        "Il governo di %1$s ha annunciato nuove misure nei confronti di %2$s dopo settimane di tensioni diplomatiche.",
        "Secondo fonti vicine al ministero degli Esteri, i colloqui tra %1$s e %2$s proseguiranno a %3$s la prossima settimana.",
        "Le autorità di %2$s hanno respinto le accuse e chiesto un incontro urgente con i rappresentanti di %1$s.",
        "Gli analisti ritengono che l'accordo commerciale possa cambiare gli equilibri economici della regione.",
        "Il portavoce ha spiegato che la delegazione di %1$s è arrivata a %3$s con un programma fitto di incontri.",
        "Nelle ultime ore migliaia di persone sono scese in piazza per protestare contro la decisione.",
        "La cooperazione militare tra %1$s e %2$s preoccupa i governi vicini, che chiedono maggiore trasparenza.",
        "Il ministro ha promesso aiuti umanitari alla popolazione colpita dalle inondazioni.",
        "Durante la conferenza stampa il presidente ha ribadito la disponibilità al dialogo con %2$s.",
        "Le sanzioni approvate dal parlamento di %1$s colpiscono le esportazioni di energia di %2$s.",
        "Un vertice straordinario è stato convocato per discutere la sicurezza delle frontiere e dei porti.",
        "Secondo l'opposizione, il trattato firmato con %2$s non tutela gli interessi nazionali.",
        "I negoziati sul cessate il fuoco si sono interrotti dopo un nuovo attacco nella zona di confine.",
        "Fonti d'intelligence sostengono che %1$s avrebbe fornito armi e munizioni a gruppi armati.",
        "La banca centrale ha alzato i tassi di interesse per contenere l'inflazione e difendere la valuta.",
        "Il ministro della Difesa di %2$s ha visitato le truppe schierate vicino a %3$s.",
    };
    private static final String[] EN_SENTENCES = {
        "The government of %1$s announced new measures against %2$s after weeks of diplomatic tension.",
        "According to sources close to the foreign ministry, talks between %1$s and %2$s will continue in %3$s next week.",
        "Officials in %2$s rejected the accusations and asked for an urgent meeting with envoys from %1$s.",
        "Analysts believe the trade agreement could reshape the economic balance of the whole region.",
        "A spokesman said the delegation from %1$s arrived in %3$s with a busy schedule of meetings.",
        "Thousands of people took to the streets in recent hours to protest against the decision.",
        "Military cooperation between %1$s and %2$s worries neighbouring governments, which demand more openness.",
        "The minister promised humanitarian aid to the people hit by the floods.",
        "At a press conference the president repeated that he is ready for dialogue with %2$s.",
        "Sanctions passed by the parliament of %1$s target the energy exports of %2$s.",
        "An emergency summit was called to discuss the security of borders and ports.",
        "The opposition says the treaty signed with %2$s fails to protect national interests.",
        "Ceasefire negotiations broke down after a new attack in the border area.",
        "Intelligence sources claim that %1$s supplied weapons and ammunition to armed groups.",
        "The central bank raised interest rates to curb inflation and defend the currency.",
        "The defence minister of %2$s visited troops deployed near %3$s.",
    };
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 11 * 365;

    private final long seed;
    private final int eventsPerArticle;
    private final Codebook codebook = Codebook.standard();

    /**
     * @param seed             the random seed: the same seed gives the same articles
     * @param eventsPerArticle events in each article, 1–100
     */
    public SyntheticArticles(long seed, int eventsPerArticle) {
        if (eventsPerArticle < 1 || eventsPerArticle > 100) {
            throw new IllegalArgumentException("eventsPerArticle must be 1 to 100: " + eventsPerArticle);
        }
        this.seed = seed;
        this.eventsPerArticle = eventsPerArticle;
    }

    /** The {@code i}-th synthetic article (from 0), analysed, with its events and one or two quotes. */
    public AnalysisResult article(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("article index must not be negative: " + i);
        }
        Random random = new Random(seed * 1_000_003L + i);
        boolean italian = random.nextInt(3) < 2;
        String[] a = country(random);
        String[] b = country(random);
        while (b == a) {
            b = country(random);
        }
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        String site = SITES[random.nextInt(SITES.length)];
        String[] templates = italian ? IT_SENTENCES : EN_SENTENCES;
        int nameIndex = italian ? 1 : 2;

        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        int count = 20 + random.nextInt(12);
        for (int s = 0; s < count; s++) {
            if (s > 0) {
                text.append(s % 4 == 0 ? "\n\n" : " ");
            }
            String sentence = String.format(templates[random.nextInt(templates.length)],
                    a[nameIndex], b[nameIndex], (random.nextBoolean() ? a : b)[3]);
            sentences.add(new Sentence(sentence, text.length(), text.length() + sentence.length(), List.of()));
            text.append(sentence);
        }
        String title = String.format(italian ? "%s e %s: %s" : "%s and %s: %s", a[nameIndex], b[nameIndex],
                italian ? "nuova fase nei rapporti" : "a new phase in relations");
        String id = String.format("synthetic-%d-%07d", seed, i);
        Article article = new Article(id, "https://" + site + "/" + published.getYear() + "/" + id,
                title, Timestamp.of(published), site, italian ? "it" : "en", text.toString(), List.of(), List.of());

        List<Event> events = new ArrayList<>();
        for (int e = 0; e < eventsPerArticle; e++) {
            String[] source = random.nextInt(5) == 0 ? country(random) : (e % 2 == 0 ? a : b);
            String[] target = source == a ? b : a;
            String cameo = CODES[random.nextInt(CODES.length)];
            Codebook.Entry entry = codebook.get(cameo);
            Sentence sentence = sentences.get(random.nextInt(sentences.size()));
            Location location = random.nextInt(3) == 0 ? new Location(source[3], source[0]) : null;
            events.add(new Event(actor(source, nameIndex, random), actor(target, nameIndex, random), cameo,
                    entry.plover(), entry.goldstein(), published.minusDays(random.nextInt(3)).toString(),
                    STATUSES[random.nextInt(STATUSES.length)], location, sentence.text(),
                    sentence.text().substring(0, Math.min(20, sentence.text().length())), entry.quadClass(),
                    null, 1 + random.nextInt(3), "published", null));
        }
        List<Quote> quotes = new ArrayList<>();
        Sentence quoted = sentences.get(random.nextInt(sentences.size()));
        Actor speaker = new Actor((italian ? "il portavoce di " : "the spokesman of ") + a[nameIndex],
                a[0] + "GOV", a[0]);
        quotes.add(new Quote(quoted.text(), speaker, List.of(new Actor(site, null, null)), quoted.text(),
                Quote.Kind.DIRECT, quoted.start(), quoted.end()));
        return new AnalysisResult(id, new AnalyzedArticle(article, sentences), events, quotes, List.of(),
                List.of(), List.of());
    }

    private static String[] country(Random random) {
        // squaring a uniform draw favours the first countries, as news coverage does
        double u = random.nextDouble();
        return COUNTRIES[(int) (u * u * COUNTRIES.length)];
    }

    private static Actor actor(String[] country, int nameIndex, Random random) {
        String role = ROLES[random.nextInt(ROLES.length)];
        return new Actor(country[nameIndex], country[0] + role, country[0]);
    }

    /** The country codes articles draw from, most frequent first. */
    public static List<String> countryCodes() {
        List<String> codes = new ArrayList<>();
        for (String[] c : COUNTRIES) {
            codes.add(c[0]);
        }
        return codes;
    }

    /** Words the articles use, for building search queries. */
    public static List<String> searchWords() {
        return List.of("accordo", "sanzioni", "trattato", "negoziati", "inflazione", "vertice", "truppe",
                "agreement", "sanctions", "treaty", "ceasefire", "inflation", "summit", "troops", "Mosca",
                "Pyongyang", "Berlino", "Washington", "aiuti", "protest", "armi", "weapons");
    }
}
