package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSContextGenerator;
import org.junit.jupiter.api.Test;

/**
 * The hashed scorer gives the shipped Italian models' probabilities (first and second pass) without
 * building feature strings.
 */
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
    void secondPassScoresTheFirstPassFeaturesOnceHashedPlusTheRightContext() {
        AbstractModel model = Models.ItPos2.MODEL;
        HashedLinearModel hashed = new HashedLinearModel(model);
        String[] outcomes = hashed.outcomes();
        String[] tokens = {"La", "riforma", "che", "il", "governo", "porta", "in", "aula", "divide", "la",
            "maggioranza", "."};
        String[] first = {"DET", "NOUN", "PRON", "DET", "NOUN", "VERB", "ADP", "NOUN", "NOUN", "DET", "NOUN",
            "PUNCT"};
        ItalianPosFeatures.View view = ItalianPosFeatures.View.of(tokens, ItalianLexicon.shared());
        HashedLinearModel.Scorer firstPass = hashed.new Scorer();
        HashedLinearModel.Scorer scorer = hashed.new Scorer();
        for (int i = 0; i < tokens.length; i++) {
            double[] expected = model.eval(ItalianPosContextGenerator.secondPassContext(i, tokens, null, first));
            firstPass.reset();
            ItalianPosFeatures.features(view, i, i > 0 ? first[i - 1] : null, i > 1 ? first[i - 2] : null, firstPass);
            scorer.reset();
            scorer.addFeatures(firstPass.features());
            ItalianPosFeatures.rightContext(view, i, first, scorer);
            double[] actual = softmax(scorer.scores());
            for (int o = 0; o < outcomes.length; o++) {
                assertEquals(expected[model.getIndex(outcomes[o])], actual[o], 1e-4, tokens[i] + " " + outcomes[o]);
            }
        }
    }

    @Test
    void secondPassFeaturesReadTheFirstPassTagsOfTheNextWords() {
        String[] tokens = {"Roma", "vince", "ancora"};
        String[] context = ItalianPosContextGenerator.secondPassContext(0, tokens, null,
                new String[] {"PROPN", "VERB", "ADV"});
        List<String> features = Arrays.asList(context);
        assertTrue(features.contains("f+1=VERB"), features.toString());
        assertTrue(features.contains("f+1f+2=VERB_ADV"), features.toString());
        assertTrue(features.contains("wf+1=roma_VERB"), features.toString());
        assertTrue(features.contains("t-1=BOS"), features.toString());
        assertTrue(Arrays.asList(ItalianPosContextGenerator.secondPassContext(2, tokens, null,
                new String[] {"PROPN", "VERB", "ADV"})).contains("f+1=*EOS*"));
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
