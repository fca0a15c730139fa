package org.annals.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.TagDictionary;
import opennlp.tools.util.SequenceValidator;

/**
 * The OpenNLP tagger factory of the Italian model: it swaps in {@link ItalianPosContextGenerator} and a
 * sequence validator that keeps a word within the parts of speech it may take: those its Morph-it!
 * readings allow, widened where UD and Morph-it! disagree systematically (participles, infinitives,
 * gerunds and adjectives used as nouns or adjectives, adjectives as adverbs, any capitalised word as a
 * proper noun), plus those the word had in the training corpus (the model's tag dictionary, lower-cased
 * forms: "come" ADP, "c'" PRON, "diversi" DET, where Morph-it! and UD part ways). OpenNLP records this
 * class name in the model and instantiates it reflectively when the model is loaded, hence the public
 * no-argument constructor. Thread-safe once the model is loaded.
 */
public class ItalianPosTaggerFactory extends POSTaggerFactory {
    private static final POSContextGenerator GENERATOR = new ItalianPosContextGenerator();
    private volatile SequenceValidator<String> validator;

    public ItalianPosTaggerFactory() {
        super();
    }

    /** A factory for training, with the training corpus' tag dictionary (lower-cased forms). */
    public ItalianPosTaggerFactory(TagDictionary trainingTags) {
        super(null, null, trainingTags);
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
        SequenceValidator<String> v = validator;
        if (v == null) {
            Map<String, Set<String>> seen = new HashMap<>();
            if (getTagDictionary() instanceof POSDictionary d) {
                for (String word : d) {
                    seen.put(word, Set.of(d.getTags(word)));
                }
            }
            v = (i, tokens, outcomes, outcome) -> allowed(tokens[i], outcome, seen);
            validator = v;
        }
        return v;
    }

    /** Whether {@code word} may be tagged {@code outcome}, by the training dictionary or the lexicon. */
    static boolean allowed(String word, String outcome, Map<String, Set<String>> seen) {
        Set<String> tags = seen.get(word.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        return tags != null && tags.contains(outcome) || allowedByLexicon(word, outcome);
    }

    static boolean allowedByLexicon(String word, String outcome) {
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
            if ((outcome.equals("ADJ") || outcome.equals("NOUN")) && nominal(e)) {
                return true;
            }
            if (e.upos().contains("ADJ") && outcome.equals("ADV")) {
                return true;
            }
        }
        return false;
    }

    /** Adjectives, nouns and non-finite verb forms: the readings that UD may tag ADJ or NOUN. */
    private static boolean nominal(ItalianLexicon.Entry e) {
        if (e.upos().contains("ADJ") || e.upos().contains("NOUN")) {
            return true;
        }
        String form = e.features().get("VerbForm");
        return e.upos().contains("VERB") && form != null && !form.equals("Fin");
    }
}
