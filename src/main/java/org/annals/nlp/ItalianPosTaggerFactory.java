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
    /** Names, foreign words, symbols, interjections, numbers: not the lexicon's business. */
    private static final Set<String> ALWAYS = Set.of("PROPN", "X", "SYM", "INTJ", "NUM");
    private static final Set<String> ADJ_NOUN = Set.of("ADJ", "NOUN");
    private static final Set<String> ADV = Set.of("ADV");
    private volatile Map<String, Set<String>> seen;

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
        return (i, tokens, outcomes, outcome) -> allowed(tokens[i], outcome);
    }

    /** Whether {@code word} may be tagged {@code outcome}, by the training dictionary or the lexicon. */
    boolean allowed(String word, String outcome) {
        Set<String> tags = seen().get(lower(word));
        return tags != null && tags.contains(outcome)
                || allowedByLexicon(ItalianLexicon.shared().lookup(word), outcome);
    }

    /**
     * The tags {@code word} may take, as a bit set over {@code outcomes} (at most 31): bit o is set when
     * {@code outcomes[o]} is {@link #allowed}.
     */
    int allowedMask(String word, String[] outcomes) {
        List<ItalianLexicon.Entry> entries = ItalianLexicon.shared().lookup(word);
        if (entries.isEmpty()) {
            return (1 << outcomes.length) - 1;
        }
        int mask = bits(outcomes, ALWAYS);
        Set<String> tags = seen().get(lower(word));
        if (tags != null) {
            mask |= bits(outcomes, tags);
        }
        for (ItalianLexicon.Entry e : entries) {
            mask |= bits(outcomes, e.upos());
            if (nominal(e)) {
                mask |= bits(outcomes, ADJ_NOUN);
            }
            if (e.upos().contains("ADJ")) {
                mask |= bits(outcomes, ADV);
            }
        }
        return mask;
    }

    private static int bits(String[] outcomes, Set<String> tags) {
        int mask = 0;
        for (int o = 0; o < outcomes.length; o++) {
            if (tags.contains(outcomes[o])) {
                mask |= 1 << o;
            }
        }
        return mask;
    }

    private Map<String, Set<String>> seen() {
        Map<String, Set<String>> m = seen;
        if (m == null) {
            m = new HashMap<>();
            if (getTagDictionary() instanceof POSDictionary d) {
                for (String word : d) {
                    m.put(word, Set.of(d.getTags(word)));
                }
            }
            seen = m;
        }
        return m;
    }

    private static String lower(String word) {
        return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** Whether a word with these Morph-it! readings may be tagged {@code outcome}. */
    static boolean allowedByLexicon(List<ItalianLexicon.Entry> entries, String outcome) {
        if (entries.isEmpty()) {
            return true;
        }
        if (ALWAYS.contains(outcome)) {
            return true;
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
