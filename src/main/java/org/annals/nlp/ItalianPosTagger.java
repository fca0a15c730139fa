package org.annals.nlp;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSModel;

/**
 * UPOS tagging for Italian with the shipped maxent models (trained on UD_Italian-MarkIT train) in two
 * passes. The first ({@code it/it-pos.bin}) tags greedily left to right: each token gets the
 * highest-scoring tag it may take ({@link ItalianPosTaggerFactory#allowedMask}) given the tags chosen
 * before it. The second ({@code it/it-pos2.bin}, trained on first-pass tags from cross-validation)
 * re-tags each token the first pass was not sure of, with the same features plus the first pass's tags
 * of the following words ({@link ItalianPosFeatures#secondPass}). Tokens are surface tokens: an
 * articulated preposition ("della") is tagged ADP.
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
        static final HashedLinearModel SECOND = new HashedLinearModel(Models.ItPos2.MODEL);
    }

    /**
     * The second pass re-tags only a token whose first-pass best tag scores less than this above the next
     * (e^2, about 7 times as probable): above it, re-tagging changed nothing on ISDT dev.
     */
    private static final double MARGIN = 2.0;

    private final ItalianLexicon lexicon;
    private final HashedLinearModel model;
    private final String[] outcomes;
    private final ItalianPosTaggerFactory factory;
    private final HashedLinearModel second;
    private final String[] secondOutcomes;
    /** Per second-pass outcome, the index of the same tag among the first pass's outcomes. */
    private final int[] firstIndex;

    /** A tagger over the shared lexicon and the shipped models. */
    public ItalianPosTagger() {
        this(Shipped.MODEL, Shipped.WEIGHTS, Shipped.SECOND);
    }

    /**
     * A one-pass tagger over another model (model selection while training, in
     * {@code ItalianModelTrainer}).
     *
     * @param model a model trained with {@link ItalianPosTaggerFactory}
     */
    public ItalianPosTagger(POSModel model) {
        this(model, weights(model), null);
    }

    /**
     * A tagger over other models (model selection while training, in {@code ItalianModelTrainer}).
     *
     * @param model  a model trained with {@link ItalianPosTaggerFactory}
     * @param second a second-pass model over {@link ItalianPosFeatures#secondPass}, or null for none
     */
    public ItalianPosTagger(POSModel model, AbstractModel second) {
        this(model, weights(model), second == null ? null : new HashedLinearModel(second));
    }

    private ItalianPosTagger(POSModel posModel, HashedLinearModel model, HashedLinearModel second) {
        if (!(posModel.getFactory() instanceof ItalianPosTaggerFactory f)) {
            throw new IllegalStateException("not an Italian POS model: " + posModel.getFactory());
        }
        this.lexicon = ItalianLexicon.shared();
        this.model = model;
        this.outcomes = model.outcomes();
        this.factory = f;
        this.second = second;
        this.secondOutcomes = second == null ? new String[0] : second.outcomes();
        this.firstIndex = new int[secondOutcomes.length];
        List<String> first = Arrays.asList(outcomes);
        for (int o = 0; o < secondOutcomes.length; o++) {
            firstIndex[o] = first.indexOf(secondOutcomes[o]);
            if (firstIndex[o] < 0) {
                throw new IllegalArgumentException("second-pass tag unknown to the first pass: " + secondOutcomes[o]);
            }
        }
    }

    private static HashedLinearModel weights(POSModel posModel) {
        if (!(posModel.getArtifact("pos.model") instanceof AbstractModel m)) {
            throw new IllegalStateException("Italian POS model without a linear classifier");
        }
        return new HashedLinearModel(m);
    }

    @Override
    public String[] tag(String[] tokens) {
        String[] tags = modelTags(tokens);
        ItalianPosRules.apply(tokens, tags, lexicon);
        return tags;
    }

    /** The first pass's tags: greedy left to right, before the second pass and the rules. */
    public String[] firstPassTags(String[] tokens) {
        return firstPass(tokens, ItalianPosFeatures.View.of(tokens, lexicon), new int[tokens.length], null);
    }

    /** The models' tags, before the rules. */
    private String[] modelTags(String[] tokens) {
        int n = tokens.length;
        ItalianPosFeatures.View view = ItalianPosFeatures.View.of(tokens, lexicon);
        int[] allowed = new int[n];
        long[][] features = second == null ? null : new long[n][];
        String[] first = firstPass(tokens, view, allowed, features);
        if (second == null) {
            return first;
        }
        String[] tags = new String[n];
        HashedLinearModel.Scorer scorer = second.new Scorer();
        for (int i = 0; i < n; i++) {
            if (features[i] == null) { // the first pass is sure: nothing to re-tag
                tags[i] = first[i];
                continue;
            }
            scorer.reset();
            scorer.addFeatures(features[i]); // ItalianPosFeatures.secondPass: the first pass's features, then
            ItalianPosFeatures.rightContext(view, i, first, scorer);
            int mask = 0;
            for (int o = 0; o < firstIndex.length; o++) {
                mask |= (allowed[i] >>> firstIndex[o] & 1) << o;
            }
            tags[i] = secondOutcomes[best(scorer.scores(), mask)];
        }
        return tags;
    }

    /**
     * The greedy first pass; fills {@code allowed} with each token's allowed tags, and {@code features}
     * (unless null) with the hashes of the features of each token whose best tag leads by less than
     * {@link #MARGIN} (null for the others).
     */
    private String[] firstPass(String[] tokens, ItalianPosFeatures.View view, int[] allowed, long[][] features) {
        int n = tokens.length;
        String[] tags = new String[n];
        HashedLinearModel.Scorer scorer = model.new Scorer();
        for (int i = 0; i < n; i++) {
            scorer.reset();
            ItalianPosFeatures.features(view, i, i > 0 ? tags[i - 1] : null, i > 1 ? tags[i - 2] : null, scorer);
            allowed[i] = factory.allowedMask(tokens[i], outcomes);
            tags[i] = outcomes[best(scorer.scores(), allowed[i])];
            if (features != null && margin(scorer.scores(), allowed[i]) < MARGIN) {
                features[i] = scorer.features();
            }
        }
        return tags;
    }


    /** How far the best allowed outcome scores above the next one. */
    private static double margin(double[] scores, int allowed) {
        double best = Double.NEGATIVE_INFINITY;
        double next = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < scores.length; o++) {
            if (allowed == 0 || (allowed & (1 << o)) != 0) {
                double x = scores[o];
                if (x > best) {
                    next = best;
                    best = x;
                } else if (x > next) {
                    next = x;
                }
            }
        }
        return best - next;
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
