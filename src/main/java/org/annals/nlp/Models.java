package org.annals.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models on the classpath, each read once per JVM on first use (lazy holder idiom). OpenNLP
 * models are immutable and may be shared between threads; the {@code *ME} objects built on them may not.
 */
final class Models {
    private Models() {}

    static final String LANGDETECT = "/langdetect-183.bin";
    static final String EN_SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String EN_TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String EN_POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String EN_LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    static final String IT_POS = "/org/annals/nlp/it/it-pos.bin";
    static final String IT_POS2 = "/org/annals/nlp/it/it-pos2.bin";

    static final class LangDetect {
        static final LanguageDetectorModel MODEL = load(LANGDETECT, LanguageDetectorModel::new);
    }

    static final class EnSentence {
        static final SentenceModel MODEL = load(EN_SENTENCE, SentenceModel::new);
    }

    static final class EnTokens {
        static final TokenizerModel MODEL = load(EN_TOKENS, TokenizerModel::new);
    }

    static final class EnPos {
        static final POSModel MODEL = load(EN_POS, POSModel::new);
    }

    static final class EnLemmas {
        static final LemmatizerModel MODEL = load(EN_LEMMAS, LemmatizerModel::new);
    }

    static final class ItPos {
        static final POSModel MODEL = load(IT_POS, POSModel::new);
    }

    /** The Italian tagger's second pass: a bare maxent model. */
    static final class ItPos2 {
        static final AbstractModel MODEL = load(IT_POS2,
                in -> (AbstractModel) new GenericModelReader(new BinaryFileDataReader(in)).getModel());
    }

    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model not on the classpath: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + resource, e);
        }
    }
}
