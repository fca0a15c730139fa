package org.annals.nlp;

import java.util.List;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * The OpenNLP tagger factory of the Italian model: it swaps in {@link ItalianPosContextGenerator} and a
 * sequence validator that keeps a word the lexicon knows within the parts of speech its Morph-it!
 * readings allow, widened where UD and Morph-it! disagree systematically (participles and adjectives
 * used as nouns or adjectives, capitalised words as proper nouns). OpenNLP records this class name in
 * the model and instantiates it reflectively when the model is loaded, hence the public no-argument
 * constructor. Thread-safe.
 */
public class ItalianPosTaggerFactory extends POSTaggerFactory {
    private static final POSContextGenerator GENERATOR = new ItalianPosContextGenerator();
    private static final SequenceValidator<String> VALIDATOR = ItalianPosTaggerFactory::allowed;

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

    @Override
    public SequenceValidator<String> getSequenceValidator() {
        return VALIDATOR;
    }

    static boolean allowed(int i, String[] tokens, String[] outcomes, String outcome) {
        String word = tokens[i];
        List<ItalianLexicon.Entry> entries = ItalianLexicon.shared().lookup(word);
        if (entries.isEmpty()) {
            return true;
        }
        switch (outcome) {
            case "PROPN", "X", "SYM", "INTJ", "NUM" -> {
                return true; // names, foreign words and symbols are not the lexicon's business
            }
            default -> { }
        }
        for (ItalianLexicon.Entry e : entries) {
            if (e.upos().contains(outcome)) {
                return true;
            }
            boolean open = e.upos().contains("ADJ") || e.upos().contains("NOUN") || e.upos().contains("VERB");
            if (open && (outcome.equals("ADJ") || outcome.equals("NOUN"))) {
                return true;
            }
            if (e.upos().contains("ADJ") && outcome.equals("ADV")) {
                return true;
            }
        }
        return false;
    }
}
