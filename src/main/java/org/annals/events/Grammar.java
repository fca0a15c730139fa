package org.annals.events;

import java.util.Map;
import java.util.Set;

/**
 * The closed-class words the shallow coder relies on, per language: articles, prepositions (with
 * Italian articulated forms mapped to their base), auxiliaries, modals, negation, markers of future,
 * attribution and hearsay, clause openers. Folded forms throughout. Immutable.
 */
final class Grammar {
    final String language;
    final Set<String> determiners;
    final Map<String, String> prepositions;
    final Set<String> auxiliaries;
    final Set<String> passiveAux;
    final Set<String> modals;
    final Set<String> negations;
    final Set<String> futureMarkers;
    final Set<String> hearsay;
    final Set<String> attributionOpeners;
    final Set<String> relatives;
    final Set<String> clauseOpeners;
    final Set<String> coordinators;
    final Set<String> clitics;
    final Set<String> pronounSubjects;
    final Set<String> demonstratives;
    final Set<String> complementizers;
    final Set<String> conditionalAux;

    private Grammar(String language, Set<String> determiners, Map<String, String> prepositions, Set<String> auxiliaries,
            Set<String> passiveAux, Set<String> modals, Set<String> negations, Set<String> futureMarkers,
            Set<String> hearsay, Set<String> attributionOpeners, Set<String> relatives, Set<String> clauseOpeners,
            Set<String> coordinators, Set<String> clitics, Set<String> pronounSubjects, Set<String> demonstratives,
            Set<String> complementizers, Set<String> conditionalAux) {
        this.language = language;
        this.determiners = determiners;
        this.prepositions = prepositions;
        this.auxiliaries = auxiliaries;
        this.passiveAux = passiveAux;
        this.modals = modals;
        this.negations = negations;
        this.futureMarkers = futureMarkers;
        this.hearsay = hearsay;
        this.attributionOpeners = attributionOpeners;
        this.relatives = relatives;
        this.clauseOpeners = clauseOpeners;
        this.coordinators = coordinators;
        this.clitics = clitics;
        this.pronounSubjects = pronounSubjects;
        this.demonstratives = demonstratives;
        this.complementizers = complementizers;
        this.conditionalAux = conditionalAux;
    }

    static final Grammar ITALIAN = italian();
    static final Grammar ENGLISH = english();

    static Grammar of(String language) {
        return "en".equals(language) ? ENGLISH : ITALIAN;
    }

    private static Grammar italian() {
        Map<String, String> preps = new java.util.HashMap<>();
        for (String p : new String[] {"di", "a", "ad", "da", "in", "con", "su", "per", "tra", "fra", "contro", "verso",
                "presso", "secondo", "oltre", "dopo", "durante", "senza", "riguardo", "lungo", "davanti", "vicino"}) {
            preps.put(p, p);
        }
        String[][] art = {{"di", "del", "dello", "della", "dell", "dei", "degli", "delle"},
                {"a", "al", "allo", "alla", "all", "ai", "agli", "alle"},
                {"da", "dal", "dallo", "dalla", "dall", "dai", "dagli", "dalle"},
                {"in", "nel", "nello", "nella", "nell", "nei", "negli", "nelle"},
                {"su", "sul", "sullo", "sulla", "sull", "sui", "sugli", "sulle"},
                {"con", "col", "coi"}};
        for (String[] row : art) {
            for (int i = 1; i < row.length; i++) {
                preps.put(row[i], row[0]);
            }
        }
        return new Grammar("it",
                Set.of("il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "un'", "suo", "sua", "suoi", "sue",
                        "loro", "proprio", "propria", "questo", "questa", "questi", "queste", "quel", "quella",
                        "quello", "quei", "quelle", "nuovo", "nuova", "nuovi", "nuove", "ex", "stesso", "stessa"),
                Map.copyOf(preps),
                Set.of("ha", "hanno", "ho", "abbiamo", "avete", "aveva", "avevano", "avra", "avranno", "avrebbe",
                        "avrebbero", "ebbe", "\u00E8", "sono", "era", "erano", "sara", "saranno", "sarebbe", "sarebbero",
                        "fu", "furono", "sta", "stanno", "stava", "stavano", "stato", "stata", "stati", "state",
                        "viene", "vengono", "venne", "vennero", "verra", "verranno", "si", "ci", "gia", "anche",
                        "ancora", "mai", "appena", "non", "poi", "ieri", "oggi", "infatti", "inoltre", "ora",
                        "ufficialmente", "nuovamente", "formalmente", "duramente", "apertamente"),
                Set.of("\u00E8", "sono", "era", "erano", "sara", "saranno", "sarebbe", "sarebbero", "fu", "furono",
                        "viene", "vengono", "venne", "vennero", "verra", "verranno", "stato", "stata", "stati", "state"),
                Set.of("puo", "possono", "potra", "potranno", "potrebbe", "potrebbero", "poteva", "potevano",
                        "deve", "devono", "dovra", "dovranno", "dovrebbe", "dovrebbero", "potesse", "potessero"),
                Set.of("non", "mai", "nessun", "nessuna", "neanche", "nemmeno", "neppure", "rifiutato", "rifiutata",
                        "rifiuta", "rifiutano", "rifiutando"),
                Set.of("prevede", "prevedono", "previsto", "prevista", "previsti", "previste", "programma",
                        "programmato", "programmata", "atteso", "attesa", "attesi", "sara", "saranno", "verra",
                        "verranno", "avra", "avranno", "pianifica", "pianificano"),
                Set.of("presumibilmente", "presunto", "presunta", "presunti", "presunte", "indiscrezioni",
                        "sembrerebbe", "pare", "secondo", "fonti", "avrebbe", "avrebbero"),
                Set.of("secondo"),
                Set.of("che", "cui", "quale", "quali"),
                Set.of("mentre", "ma", "pero", "perche", "poiche", "quando", "dopo", "sebbene", "benche",
                        "nonostante", "se", "affinche", "invece"),
                Set.of("e", "ed", "o", "oppure", ","),
                Set.of("si", "ci", "mi", "ti", "vi", "lo", "la", "li", "le", "gli", "ne"),
                Set.of("egli", "lei", "lui", "essi", "esso", "essa"),
                Set.of("questo", "questa", "questi", "queste", "tale", "tali", "simili"),
                Set.of("che"),
                Set.of("avrebbe", "avrebbero", "sarebbe", "sarebbero"));
    }

    private static Grammar english() {
        Map<String, String> preps = new java.util.HashMap<>();
        for (String p : new String[] {"of", "to", "in", "at", "with", "by", "from", "against", "on", "for", "between",
                "toward", "towards", "into", "over", "about", "during", "after", "across", "upon", "onto", "among", "near",
                "along", "outside", "off", "around", "inside", "within", "beyond", "via"}) {
            preps.put(p, p);
        }
        return new Grammar("en",
                Set.of("the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "new",
                        "former", "own", "our", "s"),
                Map.copyOf(preps),
                Set.of("has", "have", "had", "is", "are", "was", "were", "been", "be", "being", "will", "would",
                        "shall", "did", "does", "do", "also", "already", "reportedly", "allegedly", "again", "just",
                        "not", "never", "t", "then", "today", "yesterday", "formally", "officially", "strongly",
                        "sharply", "publicly", "jointly", "later", "finally", "recently", "once", "openly", "still"),
                Set.of("is", "are", "was", "were", "been", "be", "being", "get", "got", "gets"),
                Set.of("could", "may", "might", "can", "should", "must"),
                Set.of("not", "never", "t", "no", "refused", "refuses", "refusing", "declined", "declines"),
                Set.of("will", "shall", "ll", "plans", "plan", "planned", "planning", "expected", "scheduled", "set",
                        "going", "due"),
                Set.of("reportedly", "allegedly", "purportedly", "presumably", "alleged", "sources"),
                Set.of("according"),
                Set.of("who", "which", "that", "whom", "whose"),
                Set.of("while", "whereas", "but", "because", "since", "when", "although", "though", "if", "after",
                        "before", "as", "unless", "where"),
                Set.of("and", "or", ","),
                Set.of(),
                Set.of("he", "she", "it", "they", "we"),
                Set.of("this", "these", "those", "such", "that"),
                Set.of("that"),
                Set.of("would"));
    }

    /** The base preposition of a folded word ("della" → "di"), or null. */
    String preposition(String key) {
        return prepositions.get(key);
    }

    boolean determiner(String key) {
        return determiners.contains(key);
    }
}
