package org.annals.nlp;

import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Language identification with OpenNLP's 103-language model ({@code langdetect-183.bin}), mapped from
 * ISO 639-3 to ISO 639-1. Returns null for text shorter than {@link #MIN_LETTERS} letters, when the
 * best guess is not clearly ahead of the second (the model spreads its probability over 103 languages,
 * so absolute confidences are small: 0.02–0.1 for a clear sentence; the ratio of the best to the
 * second-best is what separates clear from unclear text), or when the language has no two-letter code
 * here.
 *
 * <p>Immutable and thread-safe: the model is loaded once per JVM; each thread gets its own detector
 * because {@link LanguageDetectorME} is not documented as thread-safe.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {
    /** Fewer letters than this and the answer is null. */
    public static final int MIN_LETTERS = 12;
    /** Default minimum ratio of the best language's confidence to the second best's. */
    public static final double DEFAULT_MIN_RATIO = 1.1;
    /** Only the first characters are scored: enough for a reliable guess, and bounded cost. */
    private static final int MAX_CHARS = 4000;

    private static final Map<String, String> ISO3_TO_1 = Map.ofEntries(
            Map.entry("ita", "it"), Map.entry("eng", "en"), Map.entry("fra", "fr"), Map.entry("deu", "de"),
            Map.entry("spa", "es"), Map.entry("por", "pt"), Map.entry("nld", "nl"), Map.entry("swe", "sv"),
            Map.entry("dan", "da"), Map.entry("nor", "no"), Map.entry("nob", "nb"), Map.entry("nno", "nn"),
            Map.entry("fin", "fi"), Map.entry("pol", "pl"), Map.entry("ces", "cs"), Map.entry("slk", "sk"),
            Map.entry("slv", "sl"), Map.entry("hrv", "hr"), Map.entry("srp", "sr"), Map.entry("bos", "bs"),
            Map.entry("hun", "hu"), Map.entry("ron", "ro"), Map.entry("bul", "bg"), Map.entry("ell", "el"),
            Map.entry("lit", "lt"), Map.entry("lav", "lv"), Map.entry("est", "et"), Map.entry("ukr", "uk"),
            Map.entry("bel", "be"), Map.entry("rus", "ru"), Map.entry("cat", "ca"), Map.entry("glg", "gl"),
            Map.entry("eus", "eu"), Map.entry("gle", "ga"), Map.entry("cym", "cy"), Map.entry("isl", "is"),
            Map.entry("mlt", "mt"), Map.entry("sqi", "sq"), Map.entry("als", "sq"), Map.entry("mkd", "mk"),
            Map.entry("tur", "tr"), Map.entry("lat", "la"), Map.entry("ltz", "lb"), Map.entry("zho", "zh"),
            Map.entry("cmn", "zh"), Map.entry("ara", "ar"), Map.entry("arb", "ar"), Map.entry("kor", "ko"),
            Map.entry("jpn", "ja"), Map.entry("heb", "he"), Map.entry("fas", "fa"), Map.entry("pes", "fa"),
            Map.entry("hin", "hi"), Map.entry("urd", "ur"), Map.entry("ben", "bn"), Map.entry("vie", "vi"),
            Map.entry("tha", "th"), Map.entry("ind", "id"), Map.entry("msa", "ms"), Map.entry("zlm", "ms"),
            Map.entry("swa", "sw"), Map.entry("afr", "af"), Map.entry("epo", "eo"));

    private final double minRatio;
    private final ThreadLocal<LanguageDetectorME> detector =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Models.LangDetect.MODEL));

    /** An identifier with {@link #DEFAULT_MIN_RATIO}. */
    public OpenNlpLanguageIdentifier() {
        this(DEFAULT_MIN_RATIO);
    }

    /** @param minRatio the least ratio of the best language's confidence to the second's, in [1, 100] */
    public OpenNlpLanguageIdentifier(double minRatio) {
        if (!(minRatio >= 1 && minRatio <= 100)) {
            throw new IllegalArgumentException("minRatio must be in [1, 100]: " + minRatio);
        }
        this.minRatio = minRatio;
    }

    /** @param text any text, or null (answer null) */
    @Override
    public String identify(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return null;
        }
        Language[] ranked = detector.get().predictLanguages(sample);
        if (ranked.length == 0) {
            return null;
        }
        Language best = ranked[0];
        if (ranked.length > 1 && best.getConfidence() < minRatio * ranked[1].getConfidence()) {
            return null;
        }
        return ISO3_TO_1.get(best.getLang());
    }
}
