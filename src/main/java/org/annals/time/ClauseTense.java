package org.annals.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * The grammatical tense class of a sentence or of the part of it around a word: what the time stage
 * needs to read a bare "giovedì" or "a settembre", and what the event coder needs to tell reported
 * facts from plans.
 *
 * <p>When the sentence has tokens with Universal Dependencies features (Tense, Mood, VerbForm), they
 * decide. When it has none, surface patterns of Italian and English verb forms stand in: auxiliary plus
 * participle ("ha firmato", "has signed", "è stato"), simple past and imperfect endings ("firmò",
 * "firmava"), future and conditional endings ("si sposterà", "firmerebbe"), English modals ("will",
 * "would"). The compound past counts as PAST: for dating, "ha firmato oggi" reports a past event.
 *
 * <p>Stateless and thread-safe; all methods accept any sentence and never return null.
 */
public final class ClauseTense {

    /** Tense classes, coarse on purpose: enough to place an undated weekday or month. */
    public enum Tense { PAST, PRESENT, FUTURE, CONDITIONAL, UNKNOWN }

    /** A tensed verb group found at an offset of the article text. */
    record Mark(int start, Tense tense) {}

    private ClauseTense() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?|['’]ll|['’]d");

    // --- Italian surface forms -------------------------------------------------------------------
    private static final Set<String> IT_AVERE = Set.of("ho", "hai", "ha", "abbiamo", "avete", "hanno",
            "aveva", "avevano", "avevo", "abbia", "abbiano");
    private static final Set<String> IT_ESSERE = Set.of("sono", "sei", "è", "e'", "siamo", "siete",
            "era", "erano", "sia", "siano");
    /** Participles that make a past with "essere" (unaccusatives); others are passives, i.e. present. */
    private static final Pattern IT_ESSERE_PAST = Pattern.compile(
            "(stat|arrivat|partit|andat|venut|tornat|mort|nat|rimast|giunt|entrat|uscit|scoppiat|iniziat|cominciat"
            + "|finit|terminat|salit|sces|cadut|success|accadut|avvenut|atterrat|diventat|divenut|appars|sbarcat"
            + "|rientrat|passat|durat|costat|riuscit|svolt|tenut|conclus|chius|apert)[oaie]");
    private static final Pattern IT_PARTICIPLE = Pattern.compile(
            "\\p{L}+(at|ut|it)[oaie]|fatt[oaie]|dett[oaie]|pres[oaie]|mess[oaie]|vist[oaie]|scritt[oaie]"
            + "|chius[oaie]|apert[oaie]|mort[oaie]|rimast[oaie]|giunt[oaie]|post[oaie]|rispost[oaie]|chiest[oaie]"
            + "|decis[oaie]|uccis[oaie]|espress[oaie]|success[oaie]|permess[oaie]|promess[oaie]|scess?[oaie]"
            + "|res[oaie]|cors[oaie]|vint[oaie]|tratt[oaie]|conclus[oaie]|sconfitt[oaie]|dispost[oaie]"
            + "|svolt[oaie]|tenut[oaie]|accolt[oaie]|raccolt[oaie]|scelt[oaie]|lett[oaie]|offert[oaie]"
            + "|sospes[oaie]|condott[oaie]|prodott[oaie]|ridott[oaie]|introdott[oaie]|espost[oaie]|impost[oaie]"
            + "|propost[oaie]|discuss[oaie]|assunt[oaie]|dichiarat[oaie]|eletto|eletti|eletta|stat[oaie]");
    private static final Set<String> IT_NOT_VERB = Set.of("però", "ciò", "perciò", "può", "così", "sì", "lì", "là",
            "già", "più", "giù", "dì", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "poiché", "perché",
            "affinché", "benché", "né", "tiranno", "estremo", "supremo", "remo", "città", "tribù", "virtù",
            "sarò", "farò", "avrò", "potrò", "dovrò", "andrò", "verrò", "terrò", "vorrò");
    private static final Set<String> IT_FUTURE_WORDS = Set.of("sarò", "farò", "avrò", "potrò", "dovrò", "andrò",
            "verrò", "terrò", "vorrò", "previsto", "prevista", "previsti", "previste", "atteso", "attesa", "attesi",
            "attese", "programmato", "programmata");
    private static final Set<String> IT_PAST_WORDS = Set.of("fu", "furono", "fui", "ebbe", "ebbero", "disse",
            "dissero", "fece", "fecero", "venne", "vennero", "prese", "presero", "mise", "misero", "vide", "videro",
            "scrisse", "rimase", "rimasero", "nacque", "morì", "giunse", "giunsero", "decise", "decisero",
            "chiese", "chiesero", "rispose", "risposero", "era", "erano", "c'era", "aveva", "avevano");
    private static final Set<String> IT_PRESENT_WORDS = Set.of("è", "sono", "ha", "hanno", "c'è", "ci sono",
            "può", "possono", "deve", "devono", "vuole", "vogliono", "sta", "stanno", "resta", "restano",
            "rimane", "rimangono", "dice", "dicono", "afferma", "spiega", "si trova", "esiste");

    // --- English surface forms ------------------------------------------------------------------
    private static final Set<String> EN_FUTURE = Set.of("will", "'ll", "’ll", "shall", "won't", "wo");
    private static final Set<String> EN_CONDITIONAL = Set.of("would", "could", "might", "'d", "’d", "should");
    private static final Set<String> EN_HAVE = Set.of("has", "have", "had", "'ve");
    private static final Set<String> EN_PAST = Set.of("was", "were", "did", "had", "said", "told", "went",
            "came", "met", "made", "took", "began", "led", "held", "left", "saw", "gave", "got", "found", "fought",
            "won", "lost", "sent", "spent", "struck", "fell", "rose", "became", "brought", "thought", "wrote",
            "spoke", "ran", "sat", "stood", "knew", "flew", "drove", "broke", "chose", "ate", "sought", "paid",
            "sold", "bought", "taught", "caught", "meant", "kept", "felt", "heard", "grew", "threw", "shook",
            "withdrew", "forgot", "swore", "wore", "tore", "arose", "froze", "hid", "bit", "lay", "slid", "shot");
    private static final Set<String> EN_NOT_PAST = Set.of("need", "speed", "bed", "red", "seed", "feed", "indeed",
            "weed", "hundred", "proceed", "exceed", "succeed", "steed", "breed", "greed", "shed", "sled", "wed",
            "bred", "fled");
    private static final Set<String> EN_PRESENT = Set.of("is", "are", "am", "'s", "'re", "says", "does", "do",
            "can", "must", "has", "have", "remains", "remain", "seems", "appears");
    private static final Set<String> EN_GOING = Set.of("going", "set", "due", "expected", "scheduled", "planning",
            "plans", "poised", "slated", "planned");
    /** Participles that, after "be"/"essere", announce what is to come: "è previsto a settembre", "is planned for March". */
    private static final Set<String> FORWARD_PARTICIPLES = Set.of("prevedere", "programmare", "attendere", "fissare",
            "pianificare", "calendarizzare", "plan", "schedule", "expect", "slate");
    /** The same participles by form, for when the tagger reads them as adjectives ("previsto"). */
    private static final Pattern IT_FORWARD_FORM = Pattern.compile("(previst|attes|programmat|fissat|pianificat)[oaie]");

    /**
     * The tense of the sentence as a whole: that of its first tensed verb group.
     *
     * @param language ISO 639-1 code; languages other than "it" and "en" use the English surface rules
     */
    public static Tense of(Sentence sentence, String language) {
        List<Mark> marks = marks(Objects.requireNonNull(sentence, "sentence"), language);
        return marks.isEmpty() ? Tense.UNKNOWN : marks.get(0).tense();
    }

    /** The tense of a plain text taken as one sentence, from surface patterns only. */
    public static Tense of(String text, String language) {
        List<Mark> marks = surface(Objects.requireNonNull(text, "text"), 0, language);
        return marks.isEmpty() ? Tense.UNKNOWN : marks.get(0).tense();
    }

    /**
     * The tense of the verb group nearest to an offset of the article text (usually a time expression
     * inside the sentence): the clause that expression belongs to in the common cases, without a parser.
     */
    public static Tense near(Sentence sentence, String language, int offset) {
        return nearest(marks(Objects.requireNonNull(sentence, "sentence"), language), offset);
    }

    static Tense nearest(List<Mark> marks, int offset) {
        Tense best = Tense.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        for (Mark m : marks) {
            int d = Math.abs(m.start() - offset);
            if (d < bestDistance) {
                bestDistance = d;
                best = m.tense();
            }
        }
        return best;
    }

    /** Tensed verb groups of a sentence, from its tokens when they carry features, else from its surface. */
    static List<Mark> marks(Sentence sentence, String language) {
        List<Mark> fromTokens = fromTokens(sentence.tokens(), language);
        if (!fromTokens.isEmpty()) {
            return fromTokens;
        }
        return surface(sentence.text(), sentence.start(), language);
    }

    private static List<Mark> fromTokens(List<Token> tokens, String language) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.upos().equals("VERB") && !t.upos().equals("AUX")) {
                continue;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            String mood = t.feature("Mood");
            String tense = t.feature("Tense");
            String form = t.feature("VerbForm");
            if ("Cnd".equals(mood) || lemma.equals("would") || EN_CONDITIONAL.contains(lower) && t.upos().equals("AUX")) {
                marks.add(new Mark(t.start(), Tense.CONDITIONAL));
            } else if ("Fut".equals(tense) || EN_FUTURE.contains(lower) || lemma.equals("will") || lemma.equals("shall")) {
                marks.add(new Mark(t.start(), Tense.FUTURE));
            } else if ("Fin".equals(form) && ("Past".equals(tense) || "Imp".equals(tense))) {
                marks.add(new Mark(t.start(), Tense.PAST));
            } else if ("Fin".equals(form) && "Pres".equals(tense)) {
                Tense found = Tense.PRESENT;
                int forward = forwardParticiple(tokens, i, lemma);
                if (forward > i) {
                    marks.add(new Mark(t.start(), Tense.FUTURE));
                    i = forward;
                    continue;
                }
                if (t.upos().equals("AUX") && isPerfectAux(lemma)) {
                    // "ha firmato", "has signed", "è stato": a present auxiliary with a past participle
                    for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                        Token n = tokens.get(j);
                        if ("Part".equals(n.feature("VerbForm")) && !"Pres".equals(n.feature("Tense"))
                                && (!lemma.equals("essere") || IT_ESSERE_PAST.matcher(n.text().toLowerCase(Locale.ROOT)).matches()
                                    || (i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("si")))) {
                            found = Tense.PAST;
                            i = j;
                            break;
                        }
                    }
                }
                marks.add(new Mark(t.start(), found));
            }
        }
        return marks;
    }

    /** The index of the participle of "è previsto", "is planned" after the verb at {@code i}, else -1. */
    private static int forwardParticiple(List<Token> tokens, int i, String lemma) {
        if (!lemma.equals("essere") && !lemma.equals("be")) {
            return -1;
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
            Token n = tokens.get(j);
            if ("Part".equals(n.feature("VerbForm")) || n.upos().equals("VERB") || n.upos().equals("ADJ")) {
                String form = n.text().toLowerCase(Locale.ROOT);
                boolean forward = FORWARD_PARTICIPLES.contains(n.lemma().toLowerCase(Locale.ROOT))
                        || IT_FORWARD_FORM.matcher(form).matches();
                return forward ? j : -1;
            }
        }
        return -1;
    }

    private static boolean isPerfectAux(String lemma) {
        return lemma.equals("avere") || lemma.equals("essere") || lemma.equals("have");
    }

    /** Surface patterns over a text whose first character sits at {@code base} in the article. */
    static List<Mark> surface(String text, int base, String language) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
            starts.add(base + m.start());
        }
        List<Mark> marks = new ArrayList<>();
        boolean italian = "it".equals(language);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Tense t = italian ? italian(words, i) : english(words, i, text, starts.get(i) - base);
            if (t == null) {
                continue;
            }
            marks.add(new Mark(starts.get(i), t));
            if (!italian && t == Tense.FUTURE && EN_PRESENT.contains(w)) {
                i += 2; // "is scheduled for": the participle is part of the future group
                continue;
            }
            if (t == Tense.PAST && (italian ? IT_AVERE.contains(w) || IT_ESSERE.contains(w) : EN_HAVE.contains(w))) {
                // skip the participle of the group just read
                int j = i + 1;
                while (j < Math.min(words.size(), i + 4) && !(italian ? IT_PARTICIPLE : EN_PARTICIPLE).matcher(words.get(j)).matches()) {
                    j++;
                }
                i = Math.min(j, words.size() - 1);
            }
        }
        return marks;
    }

    private static Tense italian(List<String> words, int i) {
        String w = words.get(i);
        String prev = i > 0 ? words.get(i - 1) : "";
        if (IT_AVERE.contains(w) || IT_ESSERE.contains(w)) {
            for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
                String p = words.get(j);
                if (IT_AVERE.contains(w) && IT_PARTICIPLE.matcher(p).matches()) {
                    return Tense.PAST;
                }
                if (IT_ESSERE.contains(w) && (IT_ESSERE_PAST.matcher(p).matches()
                        || prev.equals("si") && IT_PARTICIPLE.matcher(p).matches())) {
                    return Tense.PAST;
                }
                if (IT_ESSERE.contains(w) && IT_FUTURE_WORDS.contains(p)) {
                    return Tense.FUTURE; // "è prevista", "sono attesi"
                }
            }
            if (w.equals("era") || w.equals("erano") || w.equals("aveva") || w.equals("avevano") || w.equals("avevo")) {
                return Tense.PAST;
            }
            return Tense.PRESENT;
        }
        if ((w.equals("sta") || w.equals("stanno")) && i + 1 < words.size() && words.get(i + 1).equals("per")) {
            return Tense.FUTURE;
        }
        if (IT_PAST_WORDS.contains(w)) {
            return Tense.PAST;
        }
        if (IT_FUTURE_WORDS.contains(w) && !w.startsWith("previst") && !w.startsWith("atte") && !w.startsWith("programm")) {
            return Tense.FUTURE;
        }
        if (IT_NOT_VERB.contains(w) || w.length() < 4) {
            return IT_PRESENT_WORDS.contains(w) ? Tense.PRESENT : null;
        }
        if (w.endsWith("rebbe") || w.endsWith("rebbero") || w.endsWith("remmo")) {
            return Tense.CONDITIONAL;
        }
        if (w.endsWith("rà") || w.endsWith("ranno") || w.endsWith("remo") && w.length() > 5) {
            return Tense.FUTURE;
        }
        if (w.endsWith("arono") || w.endsWith("erono") || w.endsWith("irono") || w.endsWith("ettero")
                || w.endsWith("avano") || w.endsWith("evano") || w.endsWith("ivano") || w.endsWith("ava")
                || w.endsWith("eva") || w.endsWith("ò") || w.endsWith("ì") || w.endsWith("é") && w.endsWith("tté")) {
            return Tense.PAST;
        }
        return IT_PRESENT_WORDS.contains(w) ? Tense.PRESENT : null;
    }

    private static final Pattern EN_PARTICIPLE = Pattern.compile(
            "\\p{L}{2,}(ed|en|wn)|been|done|gone|made|said|told|met|held|led|left|signed|sent|spent|struck|fought"
            + "|won|lost|brought|thought|found|got|begun|become|come|run|seen|given|taken|written|spoken|known");

    private static Tense english(List<String> words, int i, String text, int at) {
        String w = words.get(i);
        if (EN_FUTURE.contains(w)) {
            return Tense.FUTURE;
        }
        if (EN_CONDITIONAL.contains(w)) {
            return Tense.CONDITIONAL;
        }
        if ((w.equals("is") || w.equals("are") || w.equals("am") || w.equals("'s") || w.equals("'re"))
                && i + 2 < words.size() && EN_GOING.contains(words.get(i + 1)) && (words.get(i + 2).equals("to") || words.get(i + 2).equals("for"))) {
            return Tense.FUTURE; // "is going to", "are set to", "is scheduled for"
        }
        if (EN_HAVE.contains(w)) {
            for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
                if (EN_PARTICIPLE.matcher(words.get(j)).matches()) {
                    return Tense.PAST;
                }
            }
            return w.equals("had") ? Tense.PAST : Tense.PRESENT;
        }
        if (EN_PAST.contains(w)) {
            return Tense.PAST;
        }
        if (w.length() > 3 && w.endsWith("ed") && !EN_NOT_PAST.contains(w)
                && !Character.isUpperCase(text.charAt(at)) || (at == 0 && w.endsWith("ed") && w.length() > 3)) {
            // "United", "Red" inside a sentence are names, not verbs
            if (i > 0 && (words.get(i - 1).equals("the") || words.get(i - 1).equals("a"))) {
                return null; // "the armed forces"
            }
            return Tense.PAST;
        }
        if (EN_PRESENT.contains(w)) {
            return Tense.PRESENT;
        }
        return null;
    }
}
