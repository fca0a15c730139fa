package org.annals.nlp;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Greedy left-to-right decoding over an OpenNLP POS model: at each token the most probable tag the
 * sequence validator (tag dictionary) allows, given the tags already chosen. About three times cheaper
 * than OpenNLP's beam search of size 3, and nearly as accurate for a tagger whose context reads the
 * following words. Immutable and thread-safe as long as the context generator is (pass a per-thread
 * one otherwise).
 */
final class GreedyTagger {
    private final MaxentModel model;
    private final SequenceValidator<String> validator;
    private final String[] outcomes;

    GreedyTagger(POSModel posModel) {
        Object artifact = posModel.getArtifact("pos.model");
        if (!(artifact instanceof MaxentModel m)) {
            throw new IllegalStateException("POS model without a maxent classifier: " + artifact);
        }
        this.model = m;
        this.validator = posModel.getFactory().getSequenceValidator();
        this.outcomes = new String[m.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = m.getOutcome(i);
        }
    }

    /**
     * @param tokens     the sentence
     * @param additional the context generator's per-token additional context, or null
     * @param generator  the model's context generator
     * @return one tag per token
     */
    String[] tag(String[] tokens, Object[] additional, POSContextGenerator generator) {
        String[] tags = new String[tokens.length];
        double[] scores = new double[outcomes.length];
        for (int i = 0; i < tokens.length; i++) {
            Arrays.fill(scores, 0);
            double[] p = model.eval(generator.getContext(i, tokens, tags, additional), scores);
            int first = argmax(p);
            int best = -1;
            for (int tries = 0; tries < p.length && best < 0; tries++) { // most probable first: usually one check
                int o = argmax(p);
                if (validator.validSequence(i, tokens, tags, outcomes[o])) {
                    best = o;
                } else {
                    p[o] = -1;
                }
            }
            tags[i] = outcomes[best < 0 ? first : best];
        }
        return tags;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int o = 1; o < p.length; o++) {
            if (p[o] > p[best]) {
                best = o;
            }
        }
        return best;
    }
}
