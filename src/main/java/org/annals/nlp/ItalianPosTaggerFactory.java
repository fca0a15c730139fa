package org.annals.nlp;

import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * The OpenNLP tagger factory of the Italian model: it swaps in {@link ItalianPosContextGenerator}.
 * OpenNLP records this class name in the model and instantiates it reflectively when the model is
 * loaded, hence the public no-argument constructor. Thread-safe.
 */
public class ItalianPosTaggerFactory extends POSTaggerFactory {
    private static final POSContextGenerator GENERATOR = new ItalianPosContextGenerator();

    public ItalianPosTaggerFactory() {
        super();
    }

    @Override
    public POSContextGenerator getPOSContextGenerator() {
        return GENERATOR;
    }

    @Override
    public POSContextGenerator getPOSContextGenerator(int cacheSize) {
        return GENERATOR;
    }
}
