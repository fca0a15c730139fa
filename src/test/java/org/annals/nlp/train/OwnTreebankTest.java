package org.annals.nlp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.util.Span;
import org.annals.nlp.ConlluReader;
import org.annals.nlp.ConlluReader.ConlluSentence;
import org.annals.nlp.ConlluReader.SurfaceToken;
import org.annals.nlp.RuleSentenceSplitter;
import org.annals.nlp.RuleWordTokenizer;
import org.junit.jupiter.api.Test;

/**
 * The project's own annotated Italian sentences ({@code treebank/it}) are well-formed training data: UD
 * tags only, tokens that rebuild each sentence's text, the runtime tokenizer's tokens exactly (the tagger
 * learns on what it will see), and no sentence taken from the reference treebanks.
 */
class OwnTreebankTest {
    private static final Path DIR = Path.of("treebank", "it");
    private static final Set<String> UPOS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
            "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    private static List<ConlluSentence> sentences() throws IOException {
        List<ConlluSentence> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith("-train.conllu")).sorted().toList()) {
                out.addAll(ConlluReader.read(f));
            }
        }
        return out;
    }

    @Test
    void everyTokenHasAUdTagAndTheTokensRebuildTheText() throws IOException {
        List<ConlluSentence> all = sentences();
        assertTrue(all.size() > 500, "sentences: " + all.size());
        for (ConlluSentence s : all) {
            StringBuilder rebuilt = new StringBuilder();
            for (SurfaceToken t : s.tokens()) {
                assertTrue(UPOS.contains(t.words().get(0).upos()), t + " in: " + s.text());
                rebuilt.append(t.form()).append(t.spaceAfter() ? " " : "");
            }
            assertEquals(s.text(), rebuilt.toString().strip());
        }
    }

    @Test
    void noSentenceIsAnnotatedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        for (ConlluSentence s : sentences()) {
            assertTrue(seen.add(s.text()), "annotated twice: " + s.text());
        }
    }

    @Test
    void theRuntimeTokenizerGivesTheAnnotatedTokens() throws IOException {
        RuleWordTokenizer tokenizer = new RuleWordTokenizer(RuleSentenceSplitter.newsAbbreviations());
        for (ConlluSentence s : sentences()) {
            List<String> runtime = List.of(Span.spansToStrings(
                    tokenizer.tokenize(s.text(), 0, s.text().length()).toArray(new Span[0]), s.text()));
            assertEquals(runtime, s.tokens().stream().map(SurfaceToken::form).toList(), s.text());
        }
    }

    @Test
    void noSentenceComesFromTheReferenceTreebanks() throws IOException {
        String shared = System.getProperty("annals.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpora", "ud")), "no shared UD corpora");
        Set<String> reference = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of(shared, "corpora", "ud"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".conllu")).toList()) {
                ConlluReader.read(f).forEach(s -> reference.add(normal(s.text())));
            }
        }
        for (ConlluSentence s : sentences()) {
            assertFalse(reference.contains(normal(s.text())), "found in a reference treebank: " + s.text());
        }
    }

    private static String normal(String text) {
        return text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", "");
    }
}
