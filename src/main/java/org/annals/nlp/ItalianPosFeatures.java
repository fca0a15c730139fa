package org.annals.nlp;

import java.util.Locale;

/**
 * The features of the Italian tagger, defined once for training (as strings, through
 * {@link ItalianPosContextGenerator}) and for tagging (as hashes, through {@link HashedLinearModel.Scorer}):
 * each feature is a template name and pieces fed to a {@link Sink}, so that both see the same
 * concatenation.
 *
 * <p>Above all they read Morph-it! ambiguity classes of the word and its neighbours, fine (categories such
 * as "ADJ|NOUN-M|VER:part") and coarse (UD parts of speech such as "ADJ|NOUN|VERB"), which let a model
 * trained on 20,000 words generalise to the whole lexicon; then the word and its neighbours, suffixes,
 * shape, whether a capitalised word stands inside the sentence, and the two previous tags. Stateless
 * and thread-safe.
 */
final class ItalianPosFeatures {
    static final String BOS = "*BOS*";
    static final String EOS = "*EOS*";
    private static final String NO_TAG = "BOS";
    private static final String[] SUFFIXES = {"s1=", "s2=", "s3=", "s4="};

    private ItalianPosFeatures() {}

    /** Receives features piece by piece: {@code begin(template)}, any number of {@code add}, {@code end()}. */
    interface Sink {
        void begin(String template);

        void add(String part);

        void add(String part, int start, int end);

        void end();
    }

    /** A sentence as the features see it. */
    static final class View {
        final String[] lower;
        final String[] fine;
        final String[] coarse;
        final String[] shape;

        View(String[] lower, String[] fine, String[] coarse, String[] shape) {
            this.lower = lower;
            this.fine = fine;
            this.coarse = coarse;
            this.shape = shape;
        }

        /** The view of a sentence's tokens, classes from the lexicon. */
        static View of(String[] tokens, ItalianLexicon lexicon) {
            int n = tokens.length;
            String[] lower = new String[n];
            String[] fine = new String[n];
            String[] coarse = new String[n];
            String[] shape = new String[n];
            for (int i = 0; i < n; i++) {
                lower[i] = tokens[i].replace('\u2019', '\'').toLowerCase(Locale.ROOT);
                ItalianLexicon.WordClasses c = lexicon.classes(tokens[i]);
                fine[i] = c.fine();
                coarse[i] = c.coarse();
                shape[i] = shape(tokens[i]);
            }
            return new View(lower, fine, coarse, shape);
        }

        int size() {
            return lower.length;
        }
    }

    /**
     * Feeds the features of token {@code i} to {@code out}.
     *
     * @param t1 the tag chosen for the previous token (null at the start)
     * @param t2 the tag chosen for the one before (null at the start)
     */
    static void features(View s, int i, String t1, String t2, Sink out) {
        String w = s.lower[i];
        String a = s.fine[i];
        String u = s.coarse[i];
        String sh = s.shape[i];
        String aPrev = at(s.fine, i - 1);
        String aNext = at(s.fine, i + 1);
        String aNext2 = at(s.fine, i + 2);
        String uNext = at(s.coarse, i + 1);
        String uPrev = at(s.coarse, i - 1);
        String wPrev = at(s.lower, i - 1);
        String wNext = at(s.lower, i + 1);
        one(out, "b");
        one(out, "w=", w);
        one(out, "a=", a);
        one(out, "a-1=", aPrev);
        one(out, "a+1=", aNext);
        one(out, "a+2=", aNext2);
        two(out, "a-1a=", aPrev, a);
        two(out, "aa+1=", a, aNext);
        one(out, "w-1=", wPrev);
        one(out, "w+1=", wNext);
        two(out, "w-1w=", wPrev, w);
        two(out, "ww+1=", w, wNext);
        for (int k = 1; k <= SUFFIXES.length && k < w.length(); k++) {
            out.begin(SUFFIXES[k - 1]);
            out.add(w, w.length() - k, w.length());
            out.end();
        }
        one(out, "sh=", sh);
        two(out, "sha=", sh, a);
        if (i == 0) {
            one(out, "first_sh=", sh);
        }
        one(out, "w-2=", at(s.lower, i - 2));
        one(out, "w+2=", at(s.lower, i + 2));
        one(out, "a-2=", at(s.fine, i - 2));
        two(out, "a+1a+2=", aNext, aNext2);
        one(out, "u=", u);
        one(out, "u-1=", uPrev);
        one(out, "u+1=", uNext);
        one(out, "u+2=", at(s.coarse, i + 2));
        one(out, "u-2=", at(s.coarse, i - 2));
        two(out, "u+1u+2=", uNext, at(s.coarse, i + 2));
        two(out, "uu+1=", u, uNext);
        two(out, "u-1u=", uPrev, u);
        String inside = Boolean.toString(i > 0 && (sh.startsWith("Cap") || sh.startsWith("CAPS"))
                && !s.shape[i - 1].equals("punct"));
        two(out, "cm=", inside, a);
        two(out, "cmu=", inside, u);
        String p1 = t1 == null ? NO_TAG : t1;
        String p2 = t2 == null ? NO_TAG : t2;
        one(out, "t-1=", p1);
        two(out, "t-2t-1=", p2, p1);
        two(out, "t-1a=", p1, a);
        out.begin("t-1aa+1=");
        out.add(p1);
        out.add("_");
        out.add(a);
        out.add("_");
        out.add(aNext);
        out.end();
        two(out, "t-1w=", p1, w);
        two(out, "t-1u+1=", p1, uNext);
    }

    /**
     * Feeds the features of token {@code i} for the second pass, which re-tags a sentence knowing the
     * first pass's tags of all its words: the first pass's features, with the first pass's tags of the two
     * previous words, and the first pass's tags of the two following words, alone, together and with the
     * word and its Morph-it! class.
     *
     * @param first the first pass's tag of each token
     */
    static void secondPass(View s, int i, String[] first, Sink out) {
        features(s, i, i > 0 ? first[i - 1] : null, i > 1 ? first[i - 2] : null, out);
        rightContext(s, i, first, out);
    }

    /**
     * The features the second pass adds to the first pass's (which it reads with the first pass's
     * previous tags: the first pass's own features of the token, so a tagger computes them once).
     */
    static void rightContext(View s, int i, String[] first, Sink out) {
        String fNext = at(first, i + 1);
        one(out, "f+1=", fNext);
        one(out, "f+2=", at(first, i + 2));
        two(out, "f+1f+2=", fNext, at(first, i + 2));
        two(out, "af+1=", s.fine[i], fNext);
        two(out, "wf+1=", s.lower[i], fNext);
    }

    private static String at(String[] a, int i) {
        return i < 0 ? BOS : i >= a.length ? EOS : a[i];
    }

    private static void one(Sink out, String template) {
        out.begin(template);
        out.end();
    }

    private static void one(Sink out, String template, String x) {
        out.begin(template);
        out.add(x);
        out.end();
    }

    private static void two(Sink out, String template, String x, String y) {
        out.begin(template);
        out.add(x);
        out.add("_");
        out.add(y);
        out.end();
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
