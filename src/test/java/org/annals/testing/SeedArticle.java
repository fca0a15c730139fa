package org.annals.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.AnalyzedArticle;

/**
 * The canonical seed article from the shared folder ({@code annals.shared}), built into an analysed
 * article the simple way (the extraction stage lives in another branch): title = first line that is
 * not boilerplate, paragraphs at blank lines, boilerplate lines dropped, headings = short paragraphs
 * without a final period. Skips the calling test when the file is absent.
 */
public final class SeedArticle {
    public static final String NAME = "seed/000_696dc67a14f88ebb.txt";

    private SeedArticle() {}

    /** The seed's path; skips the calling test when the shared folder or the file is absent. */
    public static Path path() {
        String shared = System.getProperty("annals.shared");
        assumeTrue(shared != null, "annals.shared is not set");
        Path file = Path.of(shared).resolve(NAME);
        assumeTrue(Files.isRegularFile(file), "no seed article at " + file);
        return file;
    }

    /** The seed's text as it is on disk; skips the calling test when absent. */
    public static String raw() throws IOException {
        return Files.readString(path(), StandardCharsets.UTF_8);
    }

    public static AnalyzedArticle load() throws IOException {
        String raw = raw().replace("\r\n", "\n");
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        for (String block : raw.split("\n\\s*\n")) {
            List<String> kept = new ArrayList<>();
            for (String line : block.split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("Vai al contenuto") || l.startsWith("Pubblicato")
                        || l.startsWith("Leggi anche") || l.startsWith("Continua a leggere")) {
                    continue;
                }
                kept.add(l);
            }
            if (kept.isEmpty()) {
                continue;
            }
            String para = String.join(" ", kept);
            if (title == null) {
                title = para;
                continue;
            }
            boolean heading = para.length() < 90 && !para.endsWith(".");
            paragraphs.add(heading ? "# " + para : para);
        }
        return TestArticles.titled("it", "TheSocialPost.it", title, paragraphs.toArray(String[]::new));
    }
}
