package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitting with an OpenNLP model, line by line so that no sentence crosses a line break
 * (paragraphs and headings are lines of their own). Immutable and thread-safe: the model is shared,
 * the detector is per thread.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    private final ThreadLocal<SentenceDetectorME> detector;

    /** @param model a loaded sentence model, not null */
    public OpenNlpSentenceSplitter(SentenceModel model) {
        Objects.requireNonNull(model, "model");
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    /** The English splitter over the UD EWT model. */
    public static OpenNlpSentenceSplitter english() {
        return new OpenNlpSentenceSplitter(Models.EnSentence.MODEL);
    }

    @Override
    public List<Span> split(String text) {
        Objects.requireNonNull(text, "text");
        List<Span> out = new ArrayList<>();
        SentenceDetectorME me = detector.get();
        for (Span line : Lines.of(text)) {
            String lineText = text.substring(line.getStart(), line.getEnd());
            for (Span s : me.sentPosDetect(lineText)) {
                Span t = Lines.trim(text, line.getStart() + s.getStart(), line.getStart() + s.getEnd());
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
