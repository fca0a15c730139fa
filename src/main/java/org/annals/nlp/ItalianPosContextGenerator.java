package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSContextGenerator;

/**
 * Tagger features for Italian: word, neighbours, suffixes, shape, previous tags and, above all, the
 * Morph-it! ambiguity class of the word and its neighbours (passed in as additional context, one
 * {@code String[]{ambiguityClass}} per token), which lets a model trained on 20k words generalise to
 * the whole lexicon. Stateless and thread-safe.
 */
public final class ItalianPosContextGenerator implements POSContextGenerator {
    private static final String BOS = "*BOS*";
    private static final String EOS = "*EOS*";

    @Override
    public String[] getContext(int index, String[] tokens, String[] priorDecisions, Object[] additionalContext) {
        List<String> f = new ArrayList<>(40);
        String w = tokens[index];
        String lw = w.toLowerCase(Locale.ROOT);
        String amb = amb(index, tokens, additionalContext);
        String ambPrev = index > 0 ? amb(index - 1, tokens, additionalContext) : BOS;
        String ambNext = index + 1 < tokens.length ? amb(index + 1, tokens, additionalContext) : EOS;
        String t1 = index > 0 ? priorDecisions[index - 1] : BOS;
        String t2 = index > 1 ? priorDecisions[index - 2] : BOS;
        f.add("def");
        f.add("w=" + lw);
        f.add("a=" + amb);
        f.add("a-1=" + ambPrev);
        f.add("a+1=" + ambNext);
        f.add("a+2=" + (index + 2 < tokens.length ? amb(index + 2, tokens, additionalContext) : EOS));
        f.add("a-1a=" + ambPrev + "_" + amb);
        f.add("aa+1=" + amb + "_" + ambNext);
        f.add("t-1=" + t1);
        f.add("t-2t-1=" + t2 + "_" + t1);
        f.add("t-1a=" + t1 + "_" + amb);
        f.add("t-1aa+1=" + t1 + "_" + amb + "_" + ambNext);
        f.add("w-1=" + (index > 0 ? tokens[index - 1].toLowerCase(Locale.ROOT) : BOS));
        f.add("w+1=" + (index + 1 < tokens.length ? tokens[index + 1].toLowerCase(Locale.ROOT) : EOS));
        f.add("w-1w=" + (index > 0 ? tokens[index - 1].toLowerCase(Locale.ROOT) : BOS) + "_" + lw);
        f.add("ww+1=" + lw + "_" + (index + 1 < tokens.length ? tokens[index + 1].toLowerCase(Locale.ROOT) : EOS));
        f.add("t-1w=" + t1 + "_" + lw);
        for (int k = 1; k <= 4 && k < lw.length(); k++) {
            f.add("s" + k + "=" + lw.substring(lw.length() - k));
        }
        String shape = shape(w);
        f.add("sh=" + shape);
        f.add("sha=" + shape + "_" + amb);
        if (index == 0) {
            f.add("first_sh=" + shape);
        }
        return f.toArray(new String[0]);
    }

    private static String amb(int i, String[] tokens, Object[] ac) {
        if (ac != null && i < ac.length && ac[i] instanceof String[] a && a.length > 0) {
            return a[0];
        }
        return ItalianLexicon.shared().ambiguityClass(tokens[i]);
    }

    /** Coarse word shape: capitalisation, digits, punctuation, apostrophe. */
    static String shape(String w) {
        boolean upper0 = Character.isUpperCase(w.codePointAt(0));
        boolean anyLetter = false;
        boolean anyDigit = false;
        boolean allUpper = true;
        boolean other = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                anyLetter = true;
                if (!Character.isUpperCase(c)) {
                    allUpper = false;
                }
            } else if (Character.isDigit(c)) {
                anyDigit = true;
            } else {
                other = true;
            }
        }
        if (!anyLetter && !anyDigit) {
            return "punct";
        }
        if (anyDigit && !anyLetter) {
            return other ? "numx" : "num";
        }
        if (anyDigit) {
            return "alnum";
        }
        String base = allUpper && w.length() > 1 ? "CAPS" : upper0 ? "Cap" : "low";
        return w.endsWith("'") || w.endsWith("\u2019") ? base + "'" : other ? base + "-" : base;
    }
}
