package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.util.Span;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * The language layer for Italian and English: sentences, tokens, UPOS, lemmas and UD features.
 *
 * <ul>
 *   <li>English: OpenNLP UD EWT models (sentences, tokens, UPOS, lemmas) and {@link EnglishMorphology};</li>
 *   <li>Italian: {@link RuleSentenceSplitter}, {@link RuleWordTokenizer}, {@link ItalianPosTagger} (a model
 *       trained on MarkIT with Morph-it! features) and {@link ItalianMorphology};</li>
 *   <li>other or unknown languages: the rule-based splitter and tokenizer, UPOS "X", lower-cased forms as
 *       lemmas, and a problem on the article saying so.</li>
 * </ul>
 * Sentences never cross a line break. Models load once per JVM, on first use of each language.
 * Immutable and thread-safe.
 */
public final class OpenNlpLanguageAnalyzer implements LanguageAnalyzer {
    /** The stages of one language. */
    private record Pipeline(SentenceSplitter splitter, WordTokenizer tokenizer, PosTagger tagger,
                            Morphology morphology) {}

    private final Pipeline fallback;
    private volatile Pipeline english;
    private volatile Pipeline italian;

    public OpenNlpLanguageAnalyzer() {
        this.fallback = new Pipeline(new RuleSentenceSplitter(RuleSentenceSplitter.newsAbbreviations()),
                new RuleWordTokenizer(RuleSentenceSplitter.newsAbbreviations()), null, null);
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        Objects.requireNonNull(article, "article");
        String language = article.language() == null ? null : article.language().toLowerCase(Locale.ROOT);
        Pipeline p;
        Article out = article;
        if ("en".equals(language)) {
            p = english();
        } else if ("it".equals(language)) {
            p = italian();
        } else {
            p = fallback;
            List<String> problems = new ArrayList<>(article.problems());
            problems.add(language == null
                    ? "language unknown: tokens split by rule, without parts of speech or lemmas"
                    : "no language models for '" + language + "': tokens split by rule, without parts of speech or lemmas");
            out = article.withProblems(problems);
        }
        return new AnalyzedArticle(out, sentences(article.text(), p));
    }

    private static List<Sentence> sentences(String text, Pipeline p) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : p.splitter().split(text)) {
            List<Span> spans = p.tokenizer().tokenize(text, s.getStart(), s.getEnd());
            String[] words = Span.spansToStrings(spans.toArray(new Span[0]), text);
            List<Token> tokens = new ArrayList<>(words.length);
            if (p.tagger() == null) {
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(words[i], spans.get(i).getStart(), spans.get(i).getEnd(), "X",
                            words[i].toLowerCase(Locale.ROOT), Map.of()));
                }
            } else {
                String[] tags = p.tagger().tag(words);
                List<Morphology.Analysis> morph = p.morphology().analyze(words, tags);
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(words[i], spans.get(i).getStart(), spans.get(i).getEnd(), tags[i],
                            morph.get(i).lemma(), morph.get(i).features()));
                }
            }
            out.add(new Sentence(text.substring(s.getStart(), s.getEnd()), s.getStart(), s.getEnd(), tokens));
        }
        return out;
    }

    private Pipeline english() {
        Pipeline p = english;
        if (p == null) {
            p = new Pipeline(OpenNlpSentenceSplitter.english(), OpenNlpWordTokenizer.english(),
                    new EnglishPosTagger(), new EnglishMorphology());
            english = p; // benign race: pipelines are immutable and share the once-loaded models
        }
        return p;
    }

    private Pipeline italian() {
        Pipeline p = italian;
        if (p == null) {
            p = new Pipeline(fallback.splitter(), fallback.tokenizer(), new ItalianPosTagger(),
                    new ItalianMorphology());
            italian = p;
        }
        return p;
    }
}
