package org.annals.nlp;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSModel;

/**
 * UPOS tagging for Italian with the shipped maxent model ({@code it/it-pos.bin}, trained on
 * UD_Italian-MarkIT train), decoded greedily left to right: each token gets the highest-scoring tag it
 * may take ({@link ItalianPosTaggerFactory#allowedMask}) given the tags chosen before it. Tokens are
 * surface tokens: an articulated preposition ("della") is tagged ADP.
 *
 * <p>The model reads {@link ItalianPosFeatures} as hashes ({@link HashedLinearModel}), without building
 * feature strings; {@link ItalianPosRules} then applies UD conventions (auxiliaries, clitics,
 * articulated prepositions).
 *
 * <p>Immutable and thread-safe.
 */
public final class ItalianPosTagger implements PosTagger {
    private static final class Shipped {
        static final POSModel MODEL = Models.ItPos.MODEL;
        static final HashedLinearModel WEIGHTS = weights(MODEL);
    }

    private final ItalianLexicon lexicon;
    private final HashedLinearModel model;
    private final String[] outcomes;
    private final ItalianPosTaggerFactory factory;

    /** A tagger over the shared lexicon and the shipped model. */
    public ItalianPosTagger() {
        this(Shipped.MODEL, Shipped.WEIGHTS);
    }

    /**
     * A tagger over another model (model selection while training, in {@code ItalianModelTrainer}).
     *
     * @param model a model trained with {@link ItalianPosTaggerFactory}
     */
    public ItalianPosTagger(POSModel model) {
        this(model, weights(model));
    }

    private ItalianPosTagger(POSModel posModel, HashedLinearModel model) {
        if (!(posModel.getFactory() instanceof ItalianPosTaggerFactory f)) {
            throw new IllegalStateException("not an Italian POS model: " + posModel.getFactory());
        }
        this.lexicon = ItalianLexicon.shared();
        this.model = model;
        this.outcomes = model.outcomes();
        this.factory = f;
    }

    private static HashedLinearModel weights(POSModel posModel) {
        if (!(posModel.getArtifact("pos.model") instanceof AbstractModel m)) {
            throw new IllegalStateException("Italian POS model without a linear classifier");
        }
        return new HashedLinearModel(m);
    }

    @Override
    public String[] tag(String[] tokens) {
        int n = tokens.length;
        String[] tags = new String[n];
        if (n == 0) {
            return tags;
        }
        ItalianPosFeatures.View view = ItalianPosFeatures.View.of(tokens, lexicon);
        HashedLinearModel.Scorer scorer = model.new Scorer();
        for (int i = 0; i < n; i++) {
            scorer.reset();
            ItalianPosFeatures.features(view, i, i > 0 ? tags[i - 1] : null, i > 1 ? tags[i - 2] : null, scorer);
            tags[i] = outcomes[best(scorer.scores(), factory.allowedMask(tokens[i], outcomes))];
        }
        ItalianPosRules.apply(tokens, tags, lexicon);
        return tags;
    }

    /** The highest-scoring outcome in {@code allowed} (a bit set; 0 or no overlap: any outcome). */
    private static int best(double[] scores, int allowed) {
        int best = -1;
        int any = 0;
        for (int o = 0; o < scores.length; o++) {
            if (scores[o] > scores[any]) {
                any = o;
            }
            if ((allowed & (1 << o)) != 0 && (best < 0 || scores[o] > scores[best])) {
                best = o;
            }
        }
        return best < 0 ? any : best;
    }
}
