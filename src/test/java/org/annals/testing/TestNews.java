package org.annals.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Short Italian news articles made from sentence templates written for the tests, as plain-text pages (title,
 * date line, paragraphs), for filling an archive through the real pipeline. Article {@code n} is the same on
 * every run; each has a title of its own with the number {@code 7000 + n} in it (a word a search can find)
 * and a different mix of sentences, so no two are copies of each other.
 */
public final class TestNews {
    /** with its article, capital, adjective (masculine, feminine), bare name, "of" form. */
    private static final String[][] COUNTRIES = {
        {"la Russia", "Mosca", "russo", "russa", "Russia", "della Russia"},
        {"la Corea del Nord", "Pyongyang", "nordcoreano", "nordcoreana", "Corea del Nord", "della Corea del Nord"},
        {"la Cina", "Pechino", "cinese", "cinese", "Cina", "della Cina"},
        {"la Francia", "Parigi", "francese", "francese", "Francia", "della Francia"},
        {"la Germania", "Berlino", "tedesco", "tedesca", "Germania", "della Germania"},
        {"l'Italia", "Roma", "italiano", "italiana", "Italia", "dell'Italia"},
        {"il Giappone", "Tokyo", "giapponese", "giapponese", "Giappone", "del Giappone"},
        {"la Spagna", "Madrid", "spagnolo", "spagnola", "Spagna", "della Spagna"},
    };

    /**
     * %1$s, %2$s: the two countries with their articles; %3$s: the first one's capital; %4$s, %8$s: the
     * second one's adjective (masculine, feminine); %5$d: a number; %6$s: the first one's adjective;
     * %7$s, %9$s: "of" the second, the first.
     */
    private static final String[] SENTENCES = {
        "Il ministro degli Esteri %6$s ha incontrato a %3$s il suo omologo %4$s per discutere di commercio.",
        "Secondo fonti diplomatiche, %1$s e %2$s hanno firmato un accordo di cooperazione economica.",
        "Il governo %6$s ha condannato le esercitazioni militari %7$s vicino al confine.",
        "Il presidente %6$s ha promesso aiuti per %5$d milioni di euro alla popolazione colpita dal terremoto.",
        "«Vogliamo la pace e il dialogo», ha detto il portavoce del governo %6$s durante la conferenza stampa.",
        "Le autorità di %3$s hanno accusato il governo %4$s di aver violato gli accordi sul transito delle merci.",
        "Una delegazione %8$s arriverà a %3$s la prossima settimana per preparare il vertice.",
        "Il parlamento %6$s ha approvato nuove sanzioni contro le banche %7$s.",
        "Gli osservatori contano %5$d manifestanti davanti all'ambasciata %8$s.",
        "Il premier %6$s ha invitato il presidente %4$s a una visita ufficiale in autunno.",
        "Il governo %9$s ha chiesto un incontro urgente del Consiglio di sicurezza dopo le minacce %7$s.",
        "I due ministri hanno discusso anche di energia, trasporti e della sicurezza dei porti.",
    };

    private TestNews() {}

    /** The title of article {@code n}. */
    public static String title(int n) {
        String[] a = first(n);
        String[] b = second(n);
        return String.format(Locale.ROOT, "Tra %s e %s si riapre il dossier %d", name(a), name(b), 7000 + n);
    }

    /** The text of article {@code n}, as a page copied as text. */
    public static String article(int n) {
        Random random = new Random(n * 7919L + 17);
        String[] a = first(n);
        String[] b = second(n);
        StringBuilder text = new StringBuilder(title(n)).append("\n\n");
        text.append(String.format(Locale.ROOT, "Pubblicato: %02d/%02d/2024 %02d:%02d%n%n",
                1 + n % 28, 1 + n / 28 % 12, 8 + n % 10, n % 60));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < SENTENCES.length; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        for (int p = 0; p < 3; p++) {
            for (int s = 0; s < 2; s++) {
                String template = SENTENCES[order.get(p * 2 + s)];
                text.append(String.format(Locale.ROOT, template, a[0], b[0], a[1], b[2], 10 + random.nextInt(990),
                        a[2], b[5], b[3], a[5]));
                text.append(' ');
            }
            if (p == 0) {
                text.append(String.format(Locale.ROOT, "Il dossier %d resta aperto.", 7000 + n));
            }
            text.append("\n\n");
        }
        return text.toString().replace(" \n", "\n").strip() + "\n";
    }

    /** Writes articles {@code 0} to {@code count - 1} as {@code news-NNNN.txt} into {@code dir}. */
    public static List<Path> write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "news-%04d.txt", n));
            Files.writeString(file, article(n), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private static String[] first(int n) {
        return COUNTRIES[n % COUNTRIES.length];
    }

    /** Another country than the first, varying with n so that every pair comes up. */
    private static String[] second(int n) {
        return COUNTRIES[(n + 1 + n / COUNTRIES.length % (COUNTRIES.length - 1)) % COUNTRIES.length];
    }

    private static String name(String[] country) {
        return country[4];
    }
}
