package org.annals.nlp;

import opennlp.tools.postag.POSTaggerME;

/**
 * UPOS tagging for Italian with the shipped maxent model ({@code it/it-pos.bin}, trained on
 * UD_Italian-MarkIT train) and the Morph-it! ambiguity class of every token as extra context.
 * Tokens are surface tokens: an articulated preposition ("della") is tagged ADP.
 *
 * <p>Immutable and thread-safe: the model is shared, the OpenNLP tagger is per thread.
 */
public final class ItalianPosTagger implements PosTagger {
    private final ItalianLexicon lexicon;
    private final ThreadLocal<POSTaggerME> tagger =
            ThreadLocal.withInitial(() -> new POSTaggerME(Models.ItPos.MODEL));

    /** A tagger over the shared lexicon and model. */
    public ItalianPosTagger() {
        this.lexicon = ItalianLexicon.shared();
        Models.ItPos.MODEL.hashCode(); // fail fast if the model is missing
    }

    @Override
    public String[] tag(String[] tokens) {
        if (tokens.length == 0) {
            return new String[0];
        }
        String[][] context = new String[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            context[i] = new String[] {lexicon.ambiguityClass(tokens[i])};
        }
        return tagger.get().tag(tokens, context);
    }
}
