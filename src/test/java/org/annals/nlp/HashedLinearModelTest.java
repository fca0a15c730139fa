package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSContextGenerator;
import org.junit.jupiter.api.Test;

/** The hashed scorer gives the shipped Italian model's probabilities without building feature strings. */
class HashedLinearModelTest {

    @Test
    void hashedScoresEqualTheModelsOwnOnFeatureStrings() {
        AbstractModel model = (AbstractModel) Models.ItPos.MODEL.getArtifact("pos.model");
        POSContextGenerator strings = Models.ItPos.MODEL.getFactory().getPOSContextGenerator();
        HashedLinearModel hashed = new HashedLinearModel(model);
        String[] outcomes = hashed.outcomes();
        String[] tokens = {"Ieri", "il", "sindaco", "di", "Bari", "ha", "detto", "che", "l'", "accordo",
            "sarà", "firmato", "entro", "il", "2025", "."};
        String[] prior = {"ADV", "DET", "NOUN", "ADP", "PROPN", "AUX", "VERB", "SCONJ", "DET", "NOUN",
            "AUX", "VERB", "ADP", "DET", "NUM", "PUNCT"};
        ItalianPosFeatures.View view = ItalianPosFeatures.View.of(tokens, ItalianLexicon.shared());
        HashedLinearModel.Scorer scorer = hashed.new Scorer();
        for (int i = 0; i < tokens.length; i++) {
            double[] expected = model.eval(strings.getContext(i, tokens, prior, null));
            scorer.reset();
            ItalianPosFeatures.features(view, i, i > 0 ? prior[i - 1] : null, i > 1 ? prior[i - 2] : null, scorer);
            double[] actual = softmax(scorer.scores());
            for (int o = 0; o < outcomes.length; o++) {
                assertEquals(expected[model.getIndex(outcomes[o])], actual[o], 1e-4, tokens[i] + " " + outcomes[o]);
            }
        }
    }

    @Test
    void featureStringsAreTheConcatenatedPieces() {
        String[] tokens = {"Roma", "vince"};
        String[] context = new ItalianPosContextGenerator().getContext(1, tokens, new String[] {"PROPN", null}, null);
        assertEquals("b", context[0]);
        assertEquals("w=vince", context[1]);
        assertArrayEquals(new String[] {"w-1w=roma_vince"},
                java.util.Arrays.stream(context).filter(f -> f.startsWith("w-1w=")).toArray(String[]::new));
    }

    private static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int o = 0; o < p.length; o++) {
            p[o] = Math.exp(scores[o] - max);
            sum += p[o];
        }
        for (int o = 0; o < p.length; o++) {
            p[o] /= sum;
        }
        return p;
    }
}
