package org.annals.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang} and {@code --site}: only articles in one language or from one site. */
public final class ArticleOptions {
    @Option(names = "--lang", paramLabel = "LANG", description = "Only articles in this language (it, en).")
    String language;

    @Option(names = "--site", paramLabel = "SITE",
            description = "Only articles from this site, as the archive stores it (e.g. thesocialpost.it).")
    String site;

    /** The language as a two-letter ISO 639-1 code, lower-cased, or null; another value is refused. */
    String language() {
        if (language == null || language.isBlank()) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("--lang must be a two-letter language code (it, en), was '"
                    + language + "'");
        }
        return code;
    }

    String site() {
        return site;
    }
}
