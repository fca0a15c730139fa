package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSContextGenerator;

/**
 * {@link ItalianPosFeatures} as strings, the form OpenNLP trains on. The sentence's view (lower-cased
 * forms, Morph-it! classes, shapes) comes in as additional context ({@link #additionalContext}),
 * so that training reads the lexicon once per token; without it the generator asks the lexicon. At run
 * time {@link ItalianPosTagger} feeds the same features to the model as hashes, without strings.
 * Stateless and thread-safe.
 */
public final class ItalianPosContextGenerator implements POSContextGenerator {

    /**
     * The additional context of a sentence for training: per token {lower-cased form, fine class, coarse
     * class, shape}.
     */
    public static String[][] additionalContext(String[] tokens) {
        ItalianPosFeatures.View v = ItalianPosFeatures.View.of(tokens, ItalianLexicon.shared());
        String[][] ac = new String[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            ac[i] = new String[] {v.lower[i], v.fine[i], v.coarse[i], v.shape[i]};
        }
        return ac;
    }

    @Override
    public String[] getContext(int index, String[] tokens, String[] priorDecisions, Object[] additionalContext) {
        StringSink out = new StringSink();
        ItalianPosFeatures.features(view(tokens, additionalContext), index,
                index > 0 ? priorDecisions[index - 1] : null, index > 1 ? priorDecisions[index - 2] : null, out);
        return out.features.toArray(new String[0]);
    }

    /**
     * The features of token {@code index} for the second pass ({@link ItalianPosFeatures#secondPass}), as
     * strings for training.
     *
     * @param additionalContext the sentence's {@link #additionalContext}, or null
     * @param first             the first pass's tag of each token
     */
    public static String[] secondPassContext(int index, String[] tokens, Object[] additionalContext,
            String[] first) {
        StringSink out = new StringSink();
        ItalianPosFeatures.secondPass(view(tokens, additionalContext), index, first, out);
        return out.features.toArray(new String[0]);
    }

    /** Collects each feature as a string. */
    private static final class StringSink implements ItalianPosFeatures.Sink {
        final List<String> features = new ArrayList<>(64);
        private final StringBuilder b = new StringBuilder();

        @Override
        public void begin(String template) {
            b.setLength(0);
            b.append(template);
        }

        @Override
        public void add(String part) {
            b.append(part);
        }

        @Override
        public void add(String part, int start, int end) {
            b.append(part, start, end);
        }

        @Override
        public void end() {
            features.add(b.toString());
        }
    }

    private static ItalianPosFeatures.View view(String[] tokens, Object[] ac) {
        int n = tokens.length;
        if (ac == null || ac.length != n) {
            return ItalianPosFeatures.View.of(tokens, ItalianLexicon.shared());
        }
        String[][] cols = new String[4][n];
        for (int i = 0; i < n; i++) {
            String[] c = (String[]) ac[i];
            for (int k = 0; k < 4; k++) {
                cols[k][i] = c[k];
            }
        }
        return new ItalianPosFeatures.View(cols[0], cols[1], cols[2], cols[3]);
    }
}
