package org.annals.nlp.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.util.Span;
import org.annals.nlp.ItalianMorphology;
import org.annals.nlp.ItalianPosTagger;
import org.annals.nlp.Morphology;
import org.annals.nlp.RuleSentenceSplitter;
import org.annals.nlp.RuleWordTokenizer;

/**
 * Turns Italian sentences (one per line) into CoNLL-U over surface tokens, tokenised, tagged and
 * lemmatised by the runtime language layer, as a first draft for a person to correct: annotating our own
 * training sentences starts here. A multiword token ("della", "dirlo") stays one line, tagged with the
 * part of speech of its first word, as the tagger is trained. Not thread-safe; a command-line tool.
 */
public final class ItalianPreTagger {
    private ItalianPreTagger() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ItalianPreTagger <sentences.txt> <out.conllu> <sent_id prefix>");
            System.exit(2);
        }
        RuleWordTokenizer tokenizer = new RuleWordTokenizer(RuleSentenceSplitter.newsAbbreviations());
        ItalianPosTagger tagger = new ItalianPosTagger();
        ItalianMorphology morphology = new ItalianMorphology();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int n = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<Span> spans = tokenizer.tokenize(text, 0, text.length());
                String[] words = Span.spansToStrings(spans.toArray(new Span[0]), text);
                String[] tags = tagger.tag(words);
                List<Morphology.Analysis> morph = morphology.analyze(words, tags);
                out.write("# sent_id = " + args[2] + "-" + (++n) + "\n# text = " + text + "\n");
                for (int i = 0; i < words.length; i++) {
                    boolean glued = i + 1 < words.length && spans.get(i + 1).getStart() == spans.get(i).getEnd();
                    out.write((i + 1) + "\t" + words[i] + "\t" + morph.get(i).lemma() + "\t" + tags[i]
                            + "\t_\t_\t_\t_\t_\t" + (glued ? "SpaceAfter=No" : "_") + "\n");
                }
                out.write("\n");
            }
        }
        System.out.println("wrote " + n + " sentences to " + args[1]);
    }
}
