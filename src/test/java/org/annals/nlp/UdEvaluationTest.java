package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;
import org.annals.nlp.ConlluReader.ConlluSentence;
import org.annals.nlp.ConlluReader.SurfaceToken;
import org.annals.nlp.ConlluReader.Word;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the UD test sets in {@code ${annals.shared}/corpora/ud} (skipped when absent).
 *
 * <p>UPOS and lemma accuracy are over gold syntactic words, tagging the gold surface tokens. Italian
 * multiword tokens are fed as one token (as the runtime tokenizer leaves them) and expanded with
 * {@link ItalianMorphology#syntacticWords} ("della" → di/ADP + il/DET, "dirlo" → dire/VERB + lo/PRON); a
 * gold word with no predicted counterpart counts as wrong. Lemmas compare case-insensitively, with
 * typographic apostrophes as ASCII ones; bracketed placeholder lemmas ("[PUNCT]", MarkIT) and "_"
 * count as the form. Sentence F1 is over exact sentence spans of each file's "# text" lines joined by
 * spaces into one paragraph per 40 sentences; token F1 over exact token spans of each "# text" line.
 */
class UdEvaluationTest {
    private static final String[][] TREEBANKS = {
        // file, language, UPOS floor, lemma floor (a little below what was measured)
        {"UD_Italian-ISDT__it_isdt-ud-test.conllu", "it", "96.5", "97.3"},
        {"UD_Italian-VIT__it_vit-ud-test.conllu", "it", "95.7", "97.3"},
        {"UD_Italian-ParTUT__it_partut-ud-test.conllu", "it", "96.4", "96.9"},
        {"UD_Italian-MarkIT__it_markit-ud-test.conllu", "it", "95.3", "96.9"},
        {"UD_English-EWT__en_ewt-ud-test.conllu", "en", "92.5", "97.3"},
    };

    @Test
    void accuracyOnUdTestSets() {
        String shared = System.getProperty("annals.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpora", "ud")), "no shared UD corpora");
        Path dir = Path.of(shared, "corpora", "ud");
        ItalianPosTagger itTagger = new ItalianPosTagger();
        ItalianMorphology itMorph = new ItalianMorphology();
        EnglishPosTagger enTagger = new EnglishPosTagger();
        EnglishMorphology enMorph = new EnglishMorphology();
        SentenceSplitter itSplit = new RuleSentenceSplitter(RuleSentenceSplitter.newsAbbreviations());
        WordTokenizer itTok = new RuleWordTokenizer(RuleSentenceSplitter.newsAbbreviations());
        SentenceSplitter enSplit = OpenNlpSentenceSplitter.english();
        WordTokenizer enTok = OpenNlpWordTokenizer.english();
        List<String> failures = new ArrayList<>();
        System.out.println("UD evaluation (lemmas: case-insensitive, ’=', [PUNCT]-style and _ lemmas = form;"
                + " Italian multiword tokens tagged as one token and expanded)");
        for (String[] tb : TREEBANKS) {
            Path file = dir.resolve(tb[0]);
            if (!Files.exists(file)) {
                System.out.println("  missing " + file);
                continue;
            }
            List<ConlluSentence> sentences = ConlluReader.read(file);
            boolean it = tb[1].equals("it");
            int words = 0;
            int uposOk = 0;
            int lemmaOk = 0;
            for (ConlluSentence s : sentences) {
                List<String[]> predicted = new ArrayList<>(); // {upos, lemma} per gold word position
                if (it) {
                    String[] forms = s.tokens().stream().map(SurfaceToken::form).toArray(String[]::new);
                    String[] tags = itTagger.tag(forms);
                    List<Morphology.Analysis> a = itMorph.analyze(forms, tags);
                    for (int i = 0; i < forms.length; i++) {
                        List<ItalianMorphology.Word> sw = itMorph.syntacticWords(forms[i], tags[i], a.get(i).lemma());
                        int n = s.tokens().get(i).words().size();
                        for (int k = 0; k < n; k++) {
                            predicted.add(k < sw.size() ? new String[] {sw.get(k).upos(), sw.get(k).lemma()}
                                    : new String[] {"-", "-"});
                        }
                    }
                } else {
                    String[] forms = s.words().stream().map(Word::form).toArray(String[]::new);
                    String[] tags = enTagger.tag(forms);
                    List<Morphology.Analysis> a = enMorph.analyze(forms, tags);
                    for (int i = 0; i < forms.length; i++) {
                        predicted.add(new String[] {tags[i], a.get(i).lemma()});
                    }
                }
                List<Word> gold = s.words();
                for (int i = 0; i < gold.size(); i++) {
                    Word g = gold.get(i);
                    words++;
                    if (predicted.get(i)[0].equals(g.upos())) {
                        uposOk++;
                    }
                    if (norm(goldLemma(g)).equals(norm(predicted.get(i)[1]))) {
                        lemmaOk++;
                    }
                }
            }
            double upos = 100.0 * uposOk / words;
            double lemma = 100.0 * lemmaOk / words;
            double sentF1 = sentenceF1(sentences, it ? itSplit : enSplit);
            double tokF1 = tokenF1(sentences, it ? itTok : enTok);
            System.out.printf(Locale.ROOT, "  %-45s words %6d  UPOS %6.2f%%  lemma %6.2f%%  sentence F1 %6.2f%%"
                    + "  token F1 %6.2f%%%n", tb[0], words, upos, lemma, sentF1, tokF1);
            if (upos < Double.parseDouble(tb[2]) || lemma < Double.parseDouble(tb[3])) {
                failures.add(tb[0] + ": UPOS " + upos + " (floor " + tb[2] + "), lemma " + lemma + " (floor " + tb[3] + ")");
            }
        }
        assertTrue(failures.isEmpty(), "below floor: " + failures);
    }

    private static String goldLemma(Word g) {
        String l = g.lemma();
        return l.equals("_") || (l.startsWith("[") && l.endsWith("]") && l.length() > 2) ? g.form() : l;
    }

    private static String norm(String s) {
        return s.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private static double sentenceF1(List<ConlluSentence> sentences, SentenceSplitter splitter) {
        int tp = 0;
        int predictedCount = 0;
        int goldCount = 0;
        for (int from = 0; from < sentences.size(); from += 40) {
            StringBuilder text = new StringBuilder();
            Set<Span> gold = new HashSet<>();
            for (ConlluSentence s : sentences.subList(from, Math.min(sentences.size(), from + 40))) {
                if (s.text() == null || s.text().isBlank()) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append(' ');
                }
                gold.add(new Span(text.length(), text.length() + s.text().length()));
                text.append(s.text());
            }
            List<Span> predicted = splitter.split(text.toString());
            goldCount += gold.size();
            predictedCount += predicted.size();
            for (Span p : predicted) {
                if (gold.contains(new Span(p.getStart(), p.getEnd()))) {
                    tp++;
                }
            }
        }
        return f1(tp, predictedCount, goldCount);
    }

    private static double tokenF1(List<ConlluSentence> sentences, WordTokenizer tokenizer) {
        int tp = 0;
        int predictedCount = 0;
        int goldCount = 0;
        for (ConlluSentence s : sentences) {
            String text = s.text();
            if (text == null) {
                continue;
            }
            Set<Span> gold = new HashSet<>();
            int cursor = 0;
            for (SurfaceToken t : s.tokens()) {
                int at = text.indexOf(t.form(), cursor);
                if (at < 0) {
                    continue; // form not verbatim in the text (rare normalisations): not scored
                }
                gold.add(new Span(at, at + t.form().length()));
                cursor = at + t.form().length();
            }
            List<Span> predicted = tokenizer.tokenize(text, 0, text.length());
            goldCount += gold.size();
            predictedCount += predicted.size();
            for (Span p : predicted) {
                if (gold.contains(new Span(p.getStart(), p.getEnd()))) {
                    tp++;
                }
            }
        }
        return f1(tp, predictedCount, goldCount);
    }

    private static double f1(int tp, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 100 * 2 * p * r / (p + r);
    }
}
