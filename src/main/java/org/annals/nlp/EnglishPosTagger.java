package org.annals.nlp;

import opennlp.tools.postag.POSTaggerME;

/**
 * UPOS tagging for English with OpenNLP's UD EWT model. Immutable and thread-safe: the model is
 * shared, the tagger is per thread.
 */
public final class EnglishPosTagger implements PosTagger {
    private final ThreadLocal<POSTaggerME> tagger =
            ThreadLocal.withInitial(() -> new POSTaggerME(Models.EnPos.MODEL));

    @Override
    public String[] tag(String[] tokens) {
        return tokens.length == 0 ? new String[0] : tagger.get().tag(tokens);
    }
}
