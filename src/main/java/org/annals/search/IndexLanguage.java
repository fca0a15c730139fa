package org.annals.search;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analysis groups of the index: each has its own title and text fields, analysed for its language,
 * so one query can be read as Italian in the Italian fields and as English in the English ones.
 */
enum IndexLanguage {
    ITALIAN("it"),
    ENGLISH("en"),
    /** Any other language, or none known: tokenised and lower-cased, without stemming. */
    OTHER("any");

    final String titleField;
    final String textField;

    IndexLanguage(String suffix) {
        this.titleField = "title_" + suffix;
        this.textField = "text_" + suffix;
    }

    /**
     * The group of an article or query language: its primary subtag decides, so "it-IT" is Italian.
     *
     * @param language an ISO 639-1 code, in any case, or null
     */
    static IndexLanguage of(String language) {
        if (language == null) {
            return OTHER;
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "it" -> ITALIAN;
            case "en" -> ENGLISH;
            default -> OTHER;
        };
    }

    /**
     * One analyzer for every field of the index: each group's fields get their language's analyzer.
     * The exact-match fields (id, site, language) never reach it: they are not text fields.
     * Thread-safe; the caller closes it.
     */
    static Analyzer perFieldAnalyzer() {
        return new PerField();
    }

    private static final class PerField extends DelegatingAnalyzerWrapper {
        private final Map<IndexLanguage, Analyzer> analyzers = new EnumMap<>(IndexLanguage.class);

        PerField() {
            super(PER_FIELD_REUSE_STRATEGY);
            analyzers.put(ITALIAN, new ItalianAnalyzer());
            analyzers.put(ENGLISH, new EnglishAnalyzer());
            // Without stop words a query like "the" or "il" would match every article in an unknown
            // language; with both lists it matches none there, as in the Italian and English fields.
            CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
            stop.addAll(ItalianAnalyzer.getDefaultStopSet());
            analyzers.put(OTHER, new StandardAnalyzer(stop));
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            for (IndexLanguage l : values()) {
                if (fieldName.equals(l.textField) || fieldName.equals(l.titleField)) {
                    return analyzers.get(l);
                }
            }
            return analyzers.get(OTHER);
        }

        @Override
        public void close() {
            super.close();
            analyzers.values().forEach(Analyzer::close);
        }
    }
}
