package org.annals.nlp;

import opennlp.tools.postag.POSContextGenerator;

/**
 * UPOS tagging for Italian with the shipped maxent model ({@code it/it-pos.bin}, trained on
 * UD_Italian-MarkIT train) and the Morph-it! ambiguity class of every token as extra context.
 * Tokens are surface tokens: an articulated preposition ("della") is tagged ADP.
 *
 * <p>Decoding is greedy, left to right ({@link GreedyTagger}), constrained by the lexicon's readings;
 * {@link ItalianPosRules} then applies UD conventions (auxiliaries, clitics, articulated prepositions).
 *
 * <p>Immutable and thread-safe: the model, decoder and (stateless) context generator are shared.
 */
public final class ItalianPosTagger implements PosTagger {
    private static final GreedyTagger DECODER = new GreedyTagger(Models.ItPos.MODEL);
    private static final POSContextGenerator CONTEXT = Models.ItPos.MODEL.getFactory().getPOSContextGenerator();
    private final ItalianLexicon lexicon;

    /** A tagger over the shared lexicon and model. */
    public ItalianPosTagger() {
        this.lexicon = ItalianLexicon.shared();
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
        String[] tags = DECODER.tag(tokens, context, CONTEXT);
        ItalianPosRules.apply(tokens, tags, lexicon);
        return tags;
    }
}
