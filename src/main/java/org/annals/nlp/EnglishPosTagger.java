package org.annals.nlp;

import opennlp.tools.postag.POSContextGenerator;

/**
 * UPOS tagging for English with OpenNLP's UD EWT model, decoded greedily left to right
 * ({@link GreedyTagger}) under the model's tag dictionary, then {@link EnglishPosRules} (EWT conventions
 * for contractions, auxiliaries and possessives). Immutable and thread-safe: the model and decoder are
 * shared, the context generator (which may cache) is per thread.
 */
public final class EnglishPosTagger implements PosTagger {
    private static final GreedyTagger DECODER = new GreedyTagger(Models.EnPos.MODEL);
    private final ThreadLocal<POSContextGenerator> context =
            ThreadLocal.withInitial(() -> Models.EnPos.MODEL.getFactory().getPOSContextGenerator(0));

    @Override
    public String[] tag(String[] tokens) {
        if (tokens.length == 0) {
            return new String[0];
        }
        String[] tags = DECODER.tag(tokens, null, context.get());
        EnglishPosRules.apply(tokens, tags);
        return tags;
    }
}
