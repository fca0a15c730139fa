package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokenisation with an OpenNLP model. Immutable and thread-safe: the model is shared, the tokenizer
 * is per thread.
 */
public final class OpenNlpWordTokenizer implements WordTokenizer {
    private final ThreadLocal<TokenizerME> tokenizer;

    /** @param model a loaded tokenizer model, not null */
    public OpenNlpWordTokenizer(TokenizerModel model) {
        Objects.requireNonNull(model, "model");
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
    }

    /** The English tokenizer over the UD EWT model. */
    public static OpenNlpWordTokenizer english() {
        return new OpenNlpWordTokenizer(Models.EnTokens.MODEL);
    }

    @Override
    public List<Span> tokenize(String text, int start, int end) {
        Lines.checkRange(text, start, end);
        List<Span> out = new ArrayList<>();
        for (Span s : tokenizer.get().tokenizePos(text.substring(start, end))) {
            Span t = Lines.trim(text, start + s.getStart(), start + s.getEnd());
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }
}
