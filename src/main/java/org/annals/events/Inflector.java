package org.annals.events;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular inflected forms of a verb or noun lemma, so that pattern files list only the irregular
 * ones. Forms are folded (lower case, no accents: "firmerà" is "firmera"), as the coder compares
 * folded words. Over-generation is harmless: a form that Italian or English lacks never occurs.
 *
 * <p>Stateless and thread-safe.
 */
final class Inflector {
    private Inflector() {}

    /** Forms of a one-word lemma of the given kind ("verb" or "noun") in a language ("it", "en"). */
    static Set<String> forms(String lemma, boolean verb, String language) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lemma);
        if (language.equals("it")) {
            if (verb) {
                italianVerb(lemma, out);
            } else {
                italianNoun(lemma, out);
            }
        } else if (verb) {
            englishVerb(lemma, out);
        } else {
            englishNoun(lemma, out);
        }
        return out;
    }

    /** The Italian simple-future and future-perfect forms among a lemma's regular forms ("firmera"). */
    static Set<String> italianFutures(String v) {
        Set<String> out = new LinkedHashSet<>();
        if (v.length() < 4) {
            return out;
        }
        String stem = v.substring(0, v.length() - 3);
        for (String f : forms(v, true, "it")) {
            // Present "dichiara", subjunctive "corra" end in -ra too; the future adds a vowel + r.
            if ((f.endsWith("ra") || f.endsWith("ranno")) && !f.equals(stem + "a") && !f.equals(stem + "ano")
                    && f.length() > stem.length() + 2) {
                out.add(f);
            }
        }
        return out;
    }

    private static void italianVerb(String v, Set<String> out) {
        if (v.length() < 4) {
            return;
        }
        String end = v.substring(v.length() - 3);
        String s = v.substring(0, v.length() - 3);
        if (s.length() < 3) {
            // "dire", "fare", "porre": irregular, and a short stem would yield words like "di" and "fa".
            return;
        }
        switch (end) {
            case "are" -> {
                // Future and conditional: -care/-gare keep the hard sound, -ciare/-giare drop the i.
                String fut = s.endsWith("c") || s.endsWith("g") ? s + "he"
                        : s.endsWith("ci") || s.endsWith("gi") ? s.substring(0, s.length() - 1) + "e" : s + "e";
                add(out, s, "a", "ano", "ato", "ata", "ati", "ate", "ando", "o", "avano", "ava", "arono",
                        "asse", "assero");
                add(out, s.endsWith("i") ? s.substring(0, s.length() - 1) : s, "i", "ino");
                add(out, fut, "ra", "ranno", "rebbe", "rebbero", "remo", "ro");
            }
            case "ere" -> {
                add(out, s, "e", "ono", "uto", "uta", "uti", "ute", "endo", "eva", "evano", "e", "erono",
                        "a", "ano", "esse", "essero", "era", "eranno", "erebbe", "erebbero", "o");
            }
            case "ire" -> {
                add(out, s, "isce", "iscono", "e", "ono", "ito", "ita", "iti", "ite", "endo", "iva", "ivano",
                        "i", "irono", "isca", "iscano", "a", "ano", "isse", "issero", "ira", "iranno", "irebbe",
                        "irebbero", "isco", "o");
            }
            default -> { }
        }
    }

    private static void italianNoun(String n, Set<String> out) {
        if (n.length() < 3) {
            return;
        }
        String s = n.substring(0, n.length() - 1);
        switch (n.charAt(n.length() - 1)) {
            case 'a' -> out.add(n.endsWith("ca") || n.endsWith("ga") ? s + "he" : s + "e");
            case 'o' -> {
                out.add(n.endsWith("co") || n.endsWith("go") ? s + "hi" : s + "i");
                out.add(s + "i");
                if (n.endsWith("io")) {
                    out.add(s);
                }
            }
            case 'e' -> out.add(s + "i");
            default -> { }
        }
    }

    private static void englishVerb(String v, Set<String> out) {
        if (v.endsWith("e")) {
            String s = v.substring(0, v.length() - 1);
            add(out, s, "es", "ed", "ing");
            out.add(v + "s");
        } else if (v.endsWith("y") && v.length() > 2 && !"aeiou".contains(v.substring(v.length() - 2, v.length() - 1))) {
            String s = v.substring(0, v.length() - 1);
            add(out, s, "ies", "ied");
            out.add(v + "ing");
        } else {
            out.add(v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") ? v + "es" : v + "s");
            add(out, v, "ed", "ing");
            char last = v.charAt(v.length() - 1);
            // Short verbs double their last consonant ("ban", "banned"); both spellings are harmless.
            if ("bdgklmnprt".indexOf(last) >= 0 && v.length() >= 3
                    && "aeiou".indexOf(v.charAt(v.length() - 2)) >= 0) {
                add(out, v + last, "ed", "ing");
            }
        }
    }

    private static void englishNoun(String n, Set<String> out) {
        if (n.endsWith("y") && n.length() > 2 && "aeiou".indexOf(n.charAt(n.length() - 2)) < 0) {
            out.add(n.substring(0, n.length() - 1) + "ies");
        } else if (n.endsWith("s") || n.endsWith("sh") || n.endsWith("ch") || n.endsWith("x")) {
            out.add(n + "es");
        } else {
            out.add(n + "s");
        }
    }

    private static void add(Set<String> out, String stem, String... endings) {
        for (String e : endings) {
            out.add(stem + e);
        }
    }
}
