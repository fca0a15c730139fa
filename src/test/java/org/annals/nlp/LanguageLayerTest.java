package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/** Behaviour of each stage on short sentences written for these tests. */
class LanguageLayerTest {
    private static final LanguageAnalyzer ANALYZER = new OpenNlpLanguageAnalyzer();
    private static final LanguageIdentifier IDENTIFIER = new OpenNlpLanguageIdentifier();

    private static Article article(String language, String text) {
        return new Article("t1", null, null, null, null, language, text, List.of(), List.of());
    }

    private static Token token(AnalyzedArticle a, String text) {
        return a.sentences().stream().flatMap(s -> s.tokens().stream()).filter(t -> t.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no token " + text + " in " + a));
    }

    private static void assertOffsets(AnalyzedArticle a) {
        String text = a.article().text();
        for (Sentence s : a.sentences()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertTrue(!s.text().isBlank());
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()), "token offsets");
                assertTrue(t.start() >= s.start() && t.end() <= s.end(), "token inside its sentence");
            }
        }
    }

    @Test
    void italianConditionalAuxiliaryAndParticiple() {
        AnalyzedArticle a = ANALYZER.analyze(article("it",
                "La Corea del Nord avrebbe fornito armi alla Russia, secondo fonti di intelligence."));
        assertOffsets(a);
        assertEquals(1, a.sentences().size());
        Token avrebbe = token(a, "avrebbe");
        assertEquals("AUX", avrebbe.upos());
        assertEquals("avere", avrebbe.lemma());
        assertEquals("Cnd", avrebbe.feature("Mood"));
        assertEquals("Pres", avrebbe.feature("Tense"));
        assertEquals("3", avrebbe.feature("Person"));
        assertEquals("Sing", avrebbe.feature("Number"));
        Token fornito = token(a, "fornito");
        assertEquals("VERB", fornito.upos());
        assertEquals("fornire", fornito.lemma());
        assertEquals("Part", fornito.feature("VerbForm"));
        Token alla = token(a, "alla");
        assertEquals("ADP", alla.upos());
        assertEquals("a", alla.lemma());
        assertEquals("il", token(a, "La").lemma());
        assertEquals("PROPN", token(a, "Russia").upos());
    }

    @Test
    void italianElisionsAndArticles() {
        AnalyzedArticle a = ANALYZER.analyze(article("it", "L'accordo dell'estate scorsa è stato firmato da un'altra azienda."));
        assertOffsets(a);
        List<String> forms = a.sentences().get(0).tokens().stream().map(Token::text).collect(Collectors.toList());
        assertEquals(List.of("L'", "accordo", "dell'", "estate", "scorsa", "è", "stato", "firmato", "da", "un'",
                "altra", "azienda", "."), forms);
        assertEquals("il", token(a, "L'").lemma());
        assertEquals("DET", token(a, "L'").upos());
        assertEquals("di", token(a, "dell'").lemma());
        assertEquals("AUX", token(a, "è").upos());
        assertEquals("essere", token(a, "è").lemma());
        assertEquals("firmare", token(a, "firmato").lemma());
    }

    @Test
    void italianMultiwordExpansion() {
        ItalianMorphology m = new ItalianMorphology();
        assertEquals(List.of(new ItalianMorphology.Word("ADP", "in"), new ItalianMorphology.Word("DET", "il")),
                m.syntacticWords("nei", "ADP", "in"));
        assertEquals(1, m.syntacticWords("casa", "NOUN", "casa").size());
    }

    @Test
    void englishVerbsLemmasAndFeatures() {
        AnalyzedArticle a = ANALYZER.analyze(article("en", "The ministers signed a treaty yesterday. They would meet again."));
        assertOffsets(a);
        assertEquals(2, a.sentences().size());
        Token signed = token(a, "signed");
        assertEquals("VERB", signed.upos());
        assertEquals("sign", signed.lemma());
        assertEquals("Past", signed.feature("Tense"));
        assertEquals("minister", token(a, "ministers").lemma());
        assertEquals("Cnd", token(a, "would").feature("Mood"));
    }

    @Test
    void sentenceSplittingKeepsAbbreviations() {
        SentenceSplitter it = new RuleSentenceSplitter(RuleSentenceSplitter.newsAbbreviations());
        String text = "Il sen. Rossi ha parlato a lungo. Poi è uscito.";
        List<Span> spans = it.split(text);
        assertEquals(2, spans.size(), spans.toString());
        assertEquals("Il sen. Rossi ha parlato a lungo.", text.substring(spans.get(0).getStart(), spans.get(0).getEnd()));

        AnalyzedArticle en = ANALYZER.analyze(article("en", "Mr. Smith met U.S. officials in Rome. Talks went well."));
        assertEquals(2, en.sentences().size(), en.sentences().toString());
        assertEquals("Mr. Smith met U.S. officials in Rome.", en.sentences().get(0).text());
    }

    @Test
    void sentencesNeverCrossLineBreaks() {
        String text = "Nuove sanzioni in arrivo\n\nIl consiglio si riunirà domani\nper decidere.\n\n   \n\nFine";
        for (String language : List.of("it", "en", "fr")) {
            AnalyzedArticle a = ANALYZER.analyze(article(language, text));
            assertOffsets(a);
            assertEquals(List.of("Nuove sanzioni in arrivo", "Il consiglio si riunirà domani", "per decidere.", "Fine"),
                    a.sentences().stream().map(Sentence::text).collect(Collectors.toList()), language);
        }
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(0, ANALYZER.analyze(article("it", "")).sentences().size());
        assertEquals(0, ANALYZER.analyze(article("en", "  \n\n ")).sentences().size());
    }

    @Test
    void otherLanguagesFallBackWithAProblem() {
        AnalyzedArticle a = ANALYZER.analyze(article("de", "Die Regierung hat gestern ein Gesetz beschlossen."));
        assertOffsets(a);
        assertEquals("X", a.sentences().get(0).tokens().get(0).upos());
        assertEquals(".", a.sentences().get(0).tokens().get(a.sentences().get(0).tokens().size() - 1).text());
        assertTrue(a.article().problems().stream().anyMatch(p -> p.contains("'de'")), a.article().problems().toString());
    }

    @Test
    void tokenizerKeepsNumbersAndAcronyms() {
        WordTokenizer t = new RuleWordTokenizer(RuleSentenceSplitter.newsAbbreviations());
        String text = "Il PIL è cresciuto dell'1,5% (dati U.S.A.), disse il dott. Bianchi.";
        List<String> forms = t.tokenize(text, 0, text.length()).stream()
                .map(s -> text.substring(s.getStart(), s.getEnd())).collect(Collectors.toList());
        assertEquals(List.of("Il", "PIL", "è", "cresciuto", "dell'", "1,5", "%", "(", "dati", "U.S.A.", ")", ",",
                "disse", "il", "dott.", "Bianchi", "."), forms);
        assertThrows(IllegalArgumentException.class, () -> t.tokenize(text, 5, 2));
    }

    @Test
    void languageIdentification() {
        assertEquals("it", IDENTIFIER.identify("Il consiglio dei ministri ha approvato il decreto sulle pensioni dopo una lunga riunione."));
        assertEquals("en", IDENTIFIER.identify("The council of ministers approved the pension decree after a long meeting."));
        assertEquals("fr", IDENTIFIER.identify("Le conseil des ministres a approuvé le décret sur les retraites après une longue réunion."));
        assertEquals("de", IDENTIFIER.identify("Der Ministerrat hat das Rentendekret nach einer langen Sitzung gebilligt."));
        assertEquals("es", IDENTIFIER.identify("El consejo de ministros aprobó el decreto de pensiones tras una larga reunión."));
        assertNull(IDENTIFIER.identify("ok"));
        assertNull(IDENTIFIER.identify(""));
        assertNull(IDENTIFIER.identify(null));
        assertThrows(IllegalArgumentException.class, () -> new OpenNlpLanguageIdentifier(0.5));
    }

    @Test
    void lexiconMapsMorphItTags() {
        ItalianLexicon.Entry e = ItalianLexicon.parse("avere", "AUX:cond+pres+3+s");
        assertEquals(Set.of("AUX"), e.upos());
        assertEquals("Cnd", e.features().get("Mood"));
        assertEquals("Fin", e.features().get("VerbForm"));
        ItalianLexicon.Entry n = ItalianLexicon.parse("casa", "NOUN-F:p");
        assertEquals("Fem", n.features().get("Gender"));
        assertEquals("Plur", n.features().get("Number"));
        assertEquals(List.of("lo"), ItalianLexicon.parse("dire", "VER:inf+pres+lo").clitics());
    }
}
