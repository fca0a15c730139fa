package org.annals.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up news articles for measuring the index: Italian and English sentences drawn from small word
 * lists of our own, content words Zipf-distributed as in real text, 300–600 words each, with titles,
 * sites and dates. Deterministic for a seed; not thread-safe.
 */
final class SyntheticNews {
    private static final String[] ITALIAN = words("""
            governo governi ministro ministri ministra presidente presidenti premier parlamento senato camera
            deputato deputati senatore senatori partito partiti elezione elezioni voto voti legge leggi riforma
            riforme bilancio tassa tasse economia mercato mercati banca banche inflazione crescita lavoro
            sindacato sindacati sciopero scioperi azienda aziende impresa imprese industria esportazione
            esportazioni importazioni dazio dazi accordo accordi trattato trattati negoziato negoziati vertice
            vertici incontro incontri colloquio colloqui dialogo pace guerra conflitto conflitti esercito soldato
            soldati missile missili attacco attacchi bombardamento offensiva difesa sicurezza confine confini
            frontiera profughi rifugiati migranti sbarco sbarchi nave navi porto aereo aerei aeroporto sanzione
            sanzioni embargo diplomazia ambasciata ambasciatore delegazione alleanza alleati nemico tregua
            ostaggio ostaggi prigioniero prigionieri processo tribunale giudice giudici sentenza indagine
            indagini polizia arresto arresti corruzione scandalo protesta proteste manifestazione manifestanti
            piazza città regione regioni comune sindaco cittadini popolazione famiglia famiglie scuola scuole
            università studenti ospedale ospedali medico medici salute sanità vaccino vaccini epidemia clima
            ambiente energia gas petrolio elettricità prezzo prezzi bolletta bollette carburante siccità
            alluvione terremoto incendio incendi soccorsi vittime feriti morti annunciato dichiarato detto
            affermato firmato incontrato discusso respinto approvato criticato condannato chiesto promesso
            minacciato negato confermato smentito avvertito ricevuto visitato lanciato colpito arrestato
            accusato nuovo nuova nuovi grande grandi importante economico economica politico politica militare
            militari internazionale europeo europea nazionale locale regionale pubblico pubblica""");
    private static final String[] ITALIAN_FUNCTION = words("""
            il lo la i gli le un una di a da in con su per tra e o ma che non è ha hanno sono del della dei
            delle al alla nel nella sul dopo prima secondo anche più come quando mentre già ancora oggi ieri""");
    private static final String[] ENGLISH = words("""
            government governments minister ministers president presidents prime parliament senate congress
            lawmaker lawmakers party parties election elections vote votes law laws reform reforms budget tax
            taxes economy market markets bank banks inflation growth jobs union unions strike strikes company
            companies industry export exports imports tariff tariffs agreement agreements treaty treaties
            negotiation negotiations summit summits meeting meetings talks dialogue peace war conflict conflicts
            army soldier soldiers missile missiles attack attacks airstrike offensive defence security border
            borders refugees migrants landing landings ship ships port aircraft airport sanction sanctions
            embargo diplomacy embassy ambassador delegation alliance allies enemy truce ceasefire hostage
            hostages prisoner prisoners trial court judge judges ruling investigation investigations police
            arrest arrests corruption scandal protest protests demonstration demonstrators square city region
            regions council mayor citizens population family families school schools university students
            hospital hospitals doctor doctors health vaccine vaccines epidemic climate environment energy gas
            oil electricity price prices bill bills fuel drought flood earthquake fire fires rescue victims
            injured dead announced declared said stated signed met discussed rejected approved criticised
            condemned asked promised threatened denied confirmed warned received visited launched struck
            arrested accused new large major important economic political military international european
            national local regional public""");
    private static final String[] ENGLISH_FUNCTION = words("""
            the a an of to in on for with by at from and or but that not is was has have had are were its
            their after before according also more as when while already still today yesterday""");
    private static final String[] PLACES = words("""
            Italia Italy Roma Rome Francia France Parigi Paris Germania Germany Berlino Berlin Spagna Spain
            Madrid Londra London Washington Russia Mosca Moscow Ucraina Ukraine Kiev Kyiv Cina China Pechino
            Beijing Giappone Japan Tokyo Corea Korea Seul Seoul Pyongyang Iran Teheran Tehran Israele Israel
            Gerusalemme Jerusalem Egitto Egypt Cairo Turchia Turkey Ankara India Delhi Brasile Brazil Brasilia
            Argentina Messico Mexico Canada Ottawa Australia Canberra Sudafrica Pretoria Nigeria Abuja Kenya
            Nairobi Etiopia Ethiopia Siria Syria Damasco Damascus Libano Lebanon Beirut Grecia Greece Atene
            Athens Polonia Poland Varsavia Warsaw Svizzera Switzerland Ginevra Geneva Bruxelles Brussels Vienna
            Milano Milan Napoli Naples Torino Turin Venezia Venice Palermo Bologna Firenze Florence Genova""");
    private static final String[] ITALIAN_SITES = {"ansa.it", "repubblica.it", "corriere.it", "ilpost.it", "rainews.it"};
    private static final String[] ENGLISH_SITES = {"bbc.co.uk", "reuters.com", "apnews.com", "theguardian.com", "aljazeera.com"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int DAYS = 5 * 365;

    private final SplittableRandom random;
    private final double[] zipf;

    SyntheticNews(long seed) {
        this.random = new SplittableRandom(seed);
        this.zipf = zipf(Math.max(ITALIAN.length, ENGLISH.length));
    }

    private static String[] words(String block) {
        return block.strip().split("\\s+");
    }

    /** Cumulative Zipf weights (rank r weighs 1/r). */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    private String content(String[] words) {
        int r;
        do {
            r = Arrays.binarySearch(zipf, random.nextDouble());
            r = r < 0 ? -r - 1 : r;
        } while (r >= words.length);
        return words[r];
    }

    private String word(String language) {
        boolean italian = "it".equals(language) || (language == null && random.nextBoolean());
        double u = random.nextDouble();
        if (u < 0.08) {
            return PLACES[random.nextInt(PLACES.length)];
        }
        if (u < 0.45) {
            String[] function = italian ? ITALIAN_FUNCTION : ENGLISH_FUNCTION;
            return function[random.nextInt(function.length)];
        }
        return content(italian ? ITALIAN : ENGLISH);
    }

    /** The next article: about half Italian, most of the rest English, some of no known language. */
    IndexedArticle next(long seq) {
        double u = random.nextDouble();
        String language = u < 0.5 ? "it" : u < 0.95 ? "en" : null;
        String[] sites = "it".equals(language) ? ITALIAN_SITES : ENGLISH_SITES;
        String site = sites[random.nextInt(sites.length)];
        LocalDate published = random.nextInt(20) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(DAYS));
        StringBuilder title = new StringBuilder();
        int titleWords = 6 + random.nextInt(7);
        for (int i = 0; i < titleWords; i++) {
            title.append(i == 0 ? "" : " ").append(random.nextInt(3) == 0 ? PLACES[random.nextInt(PLACES.length)]
                    : content("it".equals(language) ? ITALIAN : ENGLISH));
        }
        StringBuilder text = new StringBuilder();
        int words = 300 + random.nextInt(301);
        int sentence = 0;
        int sentences = 0;
        for (int i = 0; i < words; i++) {
            String w = word(language);
            if (sentence == 0) {
                text.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                text.append(' ').append(w);
            }
            if (++sentence >= 8 + random.nextInt(14)) {
                sentence = 0;
                text.append(++sentences % 5 == 0 ? ".\n\n" : ". ");
            }
        }
        text.append('.');
        return new IndexedArticle(seq, "a" + seq, title.toString(), text.toString(), "https://" + site + "/" + seq,
                site, language, published);
    }

    /** A query of 1–3 content words or places, in Italian or English. */
    String query() {
        int n = 1 + random.nextInt(3);
        StringBuilder q = new StringBuilder();
        boolean italian = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            String[] from = random.nextInt(4) == 0 ? PLACES : italian ? ITALIAN : ENGLISH;
            q.append(i == 0 ? "" : " ").append(from[random.nextInt(from.length)]);
        }
        return q.toString();
    }

    /** Filters for a query, by kind: 0 none, 1 language, 2 site, 3 a date range of about a year, 4 all. */
    SearchQuery filtered(String text, int kind) {
        boolean italian = random.nextBoolean();
        String language = kind == 1 || kind == 4 ? (italian ? "it" : "en") : null;
        String[] sites = italian ? ITALIAN_SITES : ENGLISH_SITES;
        String site = kind == 2 || kind == 4 ? sites[random.nextInt(sites.length)] : null;
        LocalDate from = kind >= 3 ? FIRST_DAY.plusDays(random.nextInt(DAYS - 365)) : null;
        LocalDate to = from == null ? null : from.plusDays(365);
        return new SearchQuery(text, language, site, from, to, 1, 10);
    }

    static List<String> filterNames() {
        return List.of("none", "language", "site", "date range", "all three");
    }
}
