package org.annals.nlp.train;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.annals.nlp.ConlluReader;
import org.annals.nlp.ConlluReader.ConlluSentence;
import org.annals.nlp.ConlluReader.SurfaceToken;
import org.annals.nlp.ItalianPosContextGenerator;
import org.annals.nlp.ItalianPosTagger;
import org.annals.nlp.ItalianPosTaggerFactory;

/**
 * Trains the shipped Italian models from UD_Italian-MarkIT train (CC BY 4.0) and the project's own annotated
 * sentences ({@code treebank/it}): {@code it-pos.bin} (OpenNLP maxent tagger over surface tokens, with
 * Morph-it! ambiguity classes among its features), {@code it-pos2.bin} (the tagger's second pass, a maxent
 * model trained on the tags a first pass trained on the other four fifths gives each sentence) and
 * {@code it-lemmas.tsv} (form, UPOS → most frequent lemma, from the first training file only).
 * Deterministic: L-BFGS maxent has no random component and the inputs are read in argument and file order.
 *
 * <p>The exact commands are in {@code src/main/resources/org/annals/nlp/it/README.md}.
 * With {@code --dev} after the training files, every tenth sentence of each is held out and the tagger's
 * accuracy on them, and on any further CoNLL-U files named (development sets), is printed with one pass
 * and with two (model selection without touching any test set); nothing is written.
 */
public final class ItalianModelTrainer {
    /**
     * Training parameters, fixed so that the shipped model is reproducible: maxent fitted by L-BFGS with
     * L1 and L2 penalties (chosen by 5-fold cross-validation on MarkIT train; unpenalised GIS overfits
     * 20,000 words).
     */
    public static TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put("L1Cost", 0.1);
        p.put("L2Cost", 0.5);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put("BeamSize", 3);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /** Folds of the jackknifing that gives the second pass its training tags. */
    static final int FOLDS = 5;

    private ItalianModelTrainer() {}

    public static void main(String[] args) throws IOException {
        int devAt = List.of(args).indexOf("--dev");
        int end = devAt < 0 ? args.length : devAt;
        if (end < 2) {
            System.err.println("usage: ItalianModelTrainer <output-dir> <ud-train.conllu> [own-train.conllu...]"
                    + " [--dev [dev.conllu...]]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        boolean dev = devAt >= 0;
        List<ConlluSentence> fit = new ArrayList<>();
        Map<String, List<ConlluSentence>> held = new LinkedHashMap<>();
        List<ConlluSentence> lemmaSource = null;
        for (int a = 1; a < end; a++) {
            Path train = Path.of(args[a]);
            if (!train.getFileName().toString().contains("-train")) {
                throw new IllegalArgumentException("refusing to train on a non-train file: " + train);
            }
            List<ConlluSentence> sentences = ConlluReader.read(train);
            if (lemmaSource == null) {
                lemmaSource = sentences;
            }
            List<ConlluSentence> kept = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                (dev && i % 10 == 9 ? kept : fit).add(sentences.get(i));
            }
            held.put("held-out tenth of " + train.getFileName(), kept);
        }
        POSModel model = trainTagger(fit);
        AbstractModel second = trainSecondPass(fit, jackknife(fit, FOLDS));
        if (dev) {
            for (int d = devAt + 1; d < args.length; d++) {
                held.put(Path.of(args[d]).getFileName().toString(), ConlluReader.read(Path.of(args[d])));
            }
            held.forEach((name, test) -> System.out.printf(Locale.ROOT,
                    "%s, surface-token UPOS: one pass %.2f%%, two passes %.2f%%%n",
                    name, accuracy(new ItalianPosTagger(model), test),
                    accuracy(new ItalianPosTagger(model, second), test)));
            return;
        }
        Files.createDirectories(out);
        try (OutputStream o = Files.newOutputStream(out.resolve("it-pos.bin"))) {
            model.serialize(o);
        }
        try (DataOutputStream o = new DataOutputStream(Files.newOutputStream(out.resolve("it-pos2.bin")))) {
            new GenericModelWriter(second, o).persist();
        }
        writeLemmas(lemmaSource, out.resolve("it-lemmas.tsv"));
        System.out.println("wrote it-pos.bin, it-pos2.bin and it-lemmas.tsv in " + out);
    }

    private static double accuracy(ItalianPosTagger tagger, List<ConlluSentence> sentences) {
        int ok = 0;
        int all = 0;
        for (ConlluSentence s : sentences) {
            POSSample gold = sample(s);
            String[] tags = tagger.tag(gold.getSentence());
            for (int i = 0; i < tags.length; i++) {
                all++;
                if (tags[i].equals(gold.getTags()[i])) {
                    ok++;
                }
            }
        }
        return 100.0 * ok / all;
    }

    /**
     * Trains the second pass: on each sentence, with the tags a first pass trained on the other folds
     * gives it (jackknifing), so that the first-pass tags it learns from are as wrong as at run time.
     */
    static List<String[]> jackknife(List<ConlluSentence> sentences, int folds) throws IOException {
        String[][] tags = new String[sentences.size()][];
        for (int k = 0; k < folds; k++) {
            List<ConlluSentence> rest = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (i % folds != k) {
                    rest.add(sentences.get(i));
                }
            }
            ItalianPosTagger first = new ItalianPosTagger(trainTagger(rest));
            for (int i = k; i < sentences.size(); i += folds) {
                tags[i] = first.firstPassTags(sample(sentences.get(i)).getSentence());
            }
        }
        return List.of(tags);
    }

    static AbstractModel trainSecondPass(List<ConlluSentence> sentences, List<String[]> firstTags) throws IOException {
        List<Event> events = new ArrayList<>();
        for (int j = 0; j < sentences.size(); j++) {
            POSSample gold = sample(sentences.get(j));
            String[] words = gold.getSentence();
            for (int i = 0; i < words.length; i++) {
                events.add(new Event(gold.getTags()[i], ItalianPosContextGenerator.secondPassContext(i, words,
                        gold.getAdditionalContext(), firstTags.get(j))));
            }
        }
        return withoutZeroWeights((AbstractModel) TrainerFactory.getEventTrainer(parameters(), null)
                .train(ObjectStreamUtils.createObjectStream(events)));
    }

    /** The model without the features whose weights the L1 penalty set to zero (most of them). */
    static AbstractModel withoutZeroWeights(AbstractModel m) {
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) m.getDataStructures()[1];
        List<String> names = new ArrayList<>();
        List<Context> contexts = new ArrayList<>();
        new TreeMap<>(pmap).forEach((name, c) -> {
            List<Integer> o = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            for (int k = 0; k < c.getParameters().length; k++) {
                if (c.getParameters()[k] != 0) {
                    o.add(c.getOutcomes()[k]);
                    p.add(c.getParameters()[k]);
                }
            }
            if (!o.isEmpty()) {
                names.add(name);
                contexts.add(new Context(o.stream().mapToInt(Integer::intValue).toArray(),
                        p.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        });
        String[] outcomes = new String[m.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = m.getOutcome(i);
        }
        return new QNModel(contexts.toArray(new Context[0]), names.toArray(new String[0]), outcomes);
    }

    static POSModel trainTagger(List<ConlluSentence> sentences) throws IOException {
        List<POSSample> samples = new ArrayList<>();
        for (ConlluSentence s : sentences) {
            samples.add(sample(s));
        }
        return POSTaggerME.train("it", new CollectionObjectStream<>(samples), parameters(),
                new ItalianPosTaggerFactory(tagDictionary(samples)));
    }

    /** Every tag each lower-cased form has in the samples: the decoder allows these besides the lexicon's. */
    static POSDictionary tagDictionary(List<POSSample> samples) {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (POSSample s : samples) {
            String[] words = s.getSentence();
            String[] tags = s.getTags();
            for (int i = 0; i < words.length; i++) {
                seen.computeIfAbsent(words[i].replace('\u2019', '\'').toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                        .add(tags[i]);
            }
        }
        POSDictionary dict = new POSDictionary(false);
        seen.forEach((w, t) -> dict.put(w, t.toArray(new String[0])));
        return dict;
    }

    /**
     * A training sample over surface tokens, as the runtime tokenizer produces them: a multiword token
     * ("della", "dirlo") is one token tagged with the UPOS of its first word (ADP, VERB).
     */
    static POSSample sample(ConlluSentence s) {
        int n = s.tokens().size();
        String[] words = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            SurfaceToken t = s.tokens().get(i);
            words[i] = t.form().replace(' ', '_');
            tags[i] = t.words().get(0).upos();
        }
        return new POSSample(words, tags, ItalianPosContextGenerator.additionalContext(words));
    }

    /** Writes "form TAB upos TAB lemma" for each (lower-cased form, UPOS), with its most frequent lemma. */
    static void writeLemmas(List<ConlluSentence> sentences, Path file) throws IOException {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (ConlluSentence s : sentences) {
            for (ConlluReader.Word w : s.words()) {
                if (w.upos().equals("PUNCT") || w.upos().equals("NUM") || w.upos().equals("PROPN")
                        || w.upos().equals("SYM") || w.upos().equals("X") || w.lemma().startsWith("[")) {
                    continue; // lemma = form at runtime for these
                }
                String key = w.form().toLowerCase(Locale.ROOT) + "\t" + w.upos();
                counts.computeIfAbsent(key, k -> new HashMap<>()).merge(w.lemma(), 1, Integer::sum);
            }
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# form\tupos\tlemma — most frequent lemma in UD_Italian-MarkIT train (CC BY 4.0)\n");
            for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
                String best = e.getValue().entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .findFirst().orElseThrow().getKey();
                out.write(e.getKey() + "\t" + best + "\n");
            }
        }
    }
}
