package org.annals.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based English lemmas by UPOS: closed classes are their lower-cased form but for a small table
 * (contractions, object pronouns, "an", "these"); for the open classes (NOUN, VERB, ADJ, ADV): irregular forms from a
 * small table, regular inflections undone (plural -s/-es/-ies; -s, -ed, -ing with consonant doubling
 * and silent-e restoration where spelling decides it). Returns null where spelling alone cannot decide
 * (polysyllabic "visiting"/"completing", "-ng" stems, comparatives), leaving those to the statistical
 * lemmatizer. Input is the lower-cased form. Stateless and thread-safe.
 */
final class EnglishLemmaRules {
    private static final Map<String, String> VERBS = irregularVerbs();
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"),
            Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"),
            Map.entry("geese", "goose"), Map.entry("lives", "life"), Map.entry("wives", "wife"),
            Map.entry("knives", "knife"), Map.entry("leaves", "leaf"), Map.entry("halves", "half"),
            Map.entry("selves", "self"), Map.entry("shelves", "shelf"), Map.entry("wolves", "wolf"),
            Map.entry("thieves", "thief"), Map.entry("loaves", "loaf"), Map.entry("calves", "calf"),
            Map.entry("analyses", "analysis"), Map.entry("crises", "crisis"), Map.entry("theses", "thesis"),
            Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"),
            Map.entry("businessmen", "businessman"), Map.entry("policemen", "policeman"));
    /** Words whose lemma convention or spelling the rules should not guess. */
    private static final Set<String> ASK = Set.of("people", "data", "media", "police", "news", "series", "species",
            "means", "politics", "economics", "physics", "mathematics", "thanks", "goods", "clothes", "glasses",
            "headquarters", "arms", "earnings", "savings", "sales", "others", "movies", "cookies", "calories",
            "ties", "lies", "pies", "dies", "hippies", "rookies", "zombies", "headaches", "niches", "caches",
            "aches", "canoes", "shoes", "toes", "lens", "bus", "gas", "yes", "ones", "us");
    private static final Set<String> NO_UNDOUBLE = Set.of("add", "err", "ebb", "odd", "purr", "inn", "egg", "buzz");

    /** Contractions and pronoun forms whose EWT lemma is not the form ("n't" → not, "'m" → be, "her" → she). */
    private static final Map<String, String> CLOSED = closedClass();

    private EnglishLemmaRules() {}

    private static Map<String, String> closedClass() {
        Map<String, String> m = new HashMap<>();
        for (String neg : new String[] {"n't", "nt", "not"}) {
            m.put(neg + "/PART", "not");
            m.put(neg + "/ADV", "not");
        }
        String[][] aux = {{"'m", "be"}, {"'re", "be"}, {"'s", "be"}, {"am", "be"}, {"is", "be"}, {"are", "be"},
            {"was", "be"}, {"were", "be"}, {"be", "be"}, {"been", "be"}, {"being", "be"}, {"'ve", "have"},
            {"ve", "have"}, {"have", "have"}, {"has", "have"}, {"had", "have"}, {"having", "have"}, {"'ll", "will"},
            {"ll", "will"}, {"'d", "would"}, {"wo", "will"}, {"ca", "can"}, {"do", "do"}, {"does", "do"},
            {"did", "do"}, {"will", "will"}, {"would", "would"}, {"can", "can"}, {"could", "could"},
            {"shall", "shall"}, {"should", "should"}, {"may", "may"}, {"might", "might"}, {"must", "must"}};
        for (String[] a : aux) {
            m.put(a[0] + "/AUX", a[1]);
        }
        m.put("'s/PART", "'s");
        m.put("an/DET", "a");
        m.put("these/DET", "this");
        m.put("those/DET", "that");
        m.put("these/PRON", "this");
        m.put("those/PRON", "that");
        m.put("'/PART", "'s");
        // possessives ("his", "her", "our") keep their form; "her" is left to the model (object or possessive)
        String[][] pron = {{"i", "I"}, {"me", "I"}, {"you", "you"}, {"he", "he"}, {"him", "he"}, {"she", "she"},
            {"it", "it"}, {"we", "we"}, {"us", "we"}, {"they", "they"}, {"them", "they"}};
        for (String[] a : pron) {
            m.put(a[0] + "/PRON", a[1]);
        }
        return Map.copyOf(m);
    }

    /** The lemma of a lower-cased form with that UPOS, or null when the rules cannot tell. */
    static String lemma(String w, String upos) {
        String closed = CLOSED.get(w.replace('\u2019', '\'') + "/" + upos);
        if (closed != null) {
            return closed;
        }
        if (w.isEmpty() || !isWord(w) || ASK.contains(w)) {
            return null;
        }
        return switch (upos) {
            case "NOUN" -> noun(w);
            case "VERB" -> verb(w);
            case "DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "INTJ" -> w.equals("her") ? null : w;
            case "ADJ", "ADV" -> w.endsWith("er") || w.endsWith("est") || w.equals("best") || w.equals("worse")
                    || w.equals("worst") || w.equals("less") || w.equals("least") ? null : w;
            default -> null;
        };
    }

    private static boolean isWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((c < 'a' || c > 'z') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static String noun(String w) {
        String irregular = NOUNS.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (n < 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies")) {
            return n > 5 ? w.substring(0, n - 3) + "y" : null;
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zzes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ves") || w.endsWith("oes")) {
            return null;
        }
        return w.substring(0, n - 1);
    }

    private static String verb(String w) {
        String irregular = VERBS.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (w.endsWith("ing") && n >= 5) {
            return vowelGroups(w.substring(0, n - 3)) == 0 ? w : stem(w.substring(0, n - 3));
        }
        if (w.endsWith("ied") && n >= 5) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("eed")) {
            return null; // "agreed" vs "needed"-like bases: ask the model
        }
        if (w.endsWith("ed") && n >= 4) {
            return vowelGroups(w.substring(0, n - 2)) == 0 ? w : stem(w.substring(0, n - 2));
        }
        if (w.endsWith("s") && n >= 3 && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            if (w.endsWith("ies") && n >= 5) {
                return w.substring(0, n - 3) + "y";
            }
            if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zzes") || w.endsWith("ches")
                    || w.endsWith("shes") || w.endsWith("oes")) {
                return w.substring(0, n - 2);
            }
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** The base of an -ing/-ed stem: undoubling, silent e, or null when spelling does not decide. */
    private static String stem(String s) {
        int n = s.length();
        if (n < 2) {
            return null;
        }
        if (vowelGroups(s) == 0) {
            return null; // "bring", "shed": the ending belongs to the base (handled by the caller)
        }
        char last = s.charAt(n - 1);
        char prev = s.charAt(n - 2);
        if (last == prev && !vowel(last) && "lsz".indexOf(last) < 0 && !NO_UNDOUBLE.contains(s)) {
            return s.substring(0, n - 1); // running → run
        }
        if (last == 'y' || last == 'w' || last == 'x' || last == 'e') {
            return s; // saying, showing, fixing, seeing
        }
        if (last == 'v' || last == 'u' || last == 'c' && prev != 'c') {
            return s + "e"; // leaving, arguing, producing
        }
        if (vowel(last)) {
            return null;
        }
        if (!vowel(prev)) { // consonant cluster
            if (last == 'g' && (prev == 'r' || prev == 'd')) {
                return s + "e"; // charging, judging
            }
            if (last == 'l' && prev != 'l' && prev != 'r') {
                return s + "e"; // handling
            }
            if (last == 'g' && prev == 'n' || last == 'h' || last == 's' && prev == 'p' || last == 'e') {
                return null; // changing/bringing, bathing, collapsing
            }
            return s; // working, asking, starting
        }
        // ends in vowel + consonant
        if (n >= 3 && vowel(s.charAt(n - 3))) { // two vowels + consonant
            if (last == 's' || last == 'z' || s.endsWith("creat")) {
                return s + "e"; // causing, freezing, created
            }
            return s; // waiting, needing
        }
        if (vowelGroups(s) == 1) {
            return s + "e"; // making, using, hoped (a short vowel would have doubled the consonant)
        }
        return null; // visiting vs completing
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static int vowelGroups(String s) {
        int groups = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean v = vowel(s.charAt(i)) || s.charAt(i) == 'y' && i > 0;
            if (v && !in) {
                groups++;
            }
            in = v;
        }
        return groups;
    }

    private static Map<String, String> irregularVerbs() {
        // base: past, past participle, and other irregular forms
        String[] table = {
            "be am is are was were been being 's 're 'm", "have has had having 've 'd", "do does did done doing",
            "go goes went gone", "say said", "make made", "take took taken", "get got gotten", "come came",
            "give gave given", "know knew known", "think thought", "see saw seen", "find found", "tell told",
            "become became", "leave left", "feel felt", "bring brought", "begin began begun", "keep kept",
            "hold held", "write wrote written", "stand stood", "hear heard", "mean meant", "meet met",
            "run ran", "pay paid", "sit sat", "speak spoke spoken", "lie lay lain lying", "lead led",
            "grow grew grown", "lose lost", "fall fell fallen", "send sent", "build built",
            "understand understood", "draw drew drawn", "break broke broken", "spend spent", "rise rose risen",
            "drive drove driven", "buy bought", "wear wore worn", "choose chose chosen", "seek sought",
            "throw threw thrown", "catch caught", "deal dealt", "win won", "shoot shot", "fight fought",
            "feed fed", "hang hung", "strike struck stricken", "teach taught", "sell sold", "sleep slept",
            "forget forgot forgotten", "fly flew flown flies", "hide hid hidden", "shake shook shaken",
            "swear swore sworn", "freeze froze frozen", "bite bit bitten", "bind bound", "flee fled",
            "eat ate eaten", "drink drank drunk", "sing sang sung", "sink sank sunk", "swim swam swum",
            "tear tore torn", "wake woke woken", "ride rode ridden", "steal stole stolen", "show showed shown",
            "beat beaten", "forgive forgave forgiven", "mistake mistook mistaken", "prove proven",
            "bear bore born borne", "light lit", "slide slid", "spin spun", "stick stuck", "sweep swept",
            "swing swung", "weep wept", "dig dug", "lend lent", "bend bent", "shine shone",
            "die dying", "tie tying", "withdraw withdrew withdrawn", "overcome overcame", "undertake undertook undertaken",
            "arise arose arisen", "forbid forbade forbidden", "foresee foresaw foreseen", "upset", "set", "put",
            "cut", "let", "hit", "hurt", "cost", "quit", "shut", "spread", "cast", "burst", "bet", "split",
            "read", "lay laid", "smell smelt", "spell spelt", "learn learnt", "burn burnt", "dream dreamt",
            "kneel knelt", "leap leapt", "spit spat", "sting stung", "string strung", "wind wound",
            "can", "could", "will", "would", "shall", "should", "may", "might", "must",
            "need", "needs", "feed", "breed bred", "speed sped", "bleed bled", "seed", "proceed", "succeed",
            "exceed", "agree agreed", "free freed", "guarantee guaranteed", "referee", "see sees",
        };
        Map<String, String> m = new HashMap<>();
        for (String row : table) {
            String[] f = row.split(" ");
            for (String form : f) {
                m.putIfAbsent(form, f[0]);
            }
        }
        m.put("needs", "need");
        m.put("feeds", "feed");
        m.put("proceeds", "proceed");
        m.put("succeeds", "succeed");
        m.put("exceeds", "exceed");
        m.put("needed", "need");
        m.put("proceeded", "proceed");
        m.put("succeeded", "succeed");
        m.put("exceeded", "exceed");
        m.put("seeded", "seed");
        return Map.copyOf(m);
    }
}
