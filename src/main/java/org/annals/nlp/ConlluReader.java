package org.annals.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A minimal CoNLL-U reader: sentences with their {@code # text} line, syntactic words and multiword
 * tokens. Empty nodes ({@code 3.1}) are skipped. Stateless and thread-safe.
 */
public final class ConlluReader {
    private ConlluReader() {}

    /** One syntactic word: its form, UPOS, lemma and raw FEATS ("_" when none). */
    public record Word(String form, String lemma, String upos, String feats) {}

    /**
     * A surface token: one syntactic word, or a multiword token ("della" = di + la) with its words.
     *
     * @param form        the surface form
     * @param words       its syntactic words, at least one
     * @param spaceAfter  false when MISC says SpaceAfter=No
     */
    public record SurfaceToken(String form, List<Word> words, boolean spaceAfter) {
        public boolean multiword() {
            return words.size() > 1;
        }
    }

    /** A sentence: the {@code # text} line (null when absent) and its surface tokens. */
    public record ConlluSentence(String text, List<SurfaceToken> tokens) {
        /** All syntactic words, in order. */
        public List<Word> words() {
            List<Word> out = new ArrayList<>();
            for (SurfaceToken t : tokens) {
                out.addAll(t.words());
            }
            return out;
        }
    }

    /** Reads every sentence of a CoNLL-U file. */
    public static List<ConlluSentence> read(Path file) {
        Objects.requireNonNull(file, "file");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<ConlluSentence> read(BufferedReader in) throws IOException {
        List<ConlluSentence> out = new ArrayList<>();
        String text = null;
        List<SurfaceToken> tokens = new ArrayList<>();
        int mwtEnd = -1;
        String mwtForm = null;
        boolean mwtSpace = true;
        List<Word> mwtWords = null;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(new ConlluSentence(text, List.copyOf(tokens)));
                }
                text = null;
                tokens = new ArrayList<>();
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("# text =")) {
                    text = line.substring("# text =".length()).strip();
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 10 || f[0].contains(".")) {
                continue;
            }
            boolean space = !f[9].contains("SpaceAfter=No");
            int dash = f[0].indexOf('-');
            if (dash > 0) {
                mwtEnd = Integer.parseInt(f[0].substring(dash + 1));
                mwtForm = f[1];
                mwtSpace = space;
                mwtWords = new ArrayList<>();
                continue;
            }
            Word w = new Word(f[1], f[2], f[3], f[5]);
            int id = Integer.parseInt(f[0]);
            if (mwtWords != null) {
                mwtWords.add(w);
                if (id >= mwtEnd) {
                    tokens.add(new SurfaceToken(mwtForm, List.copyOf(mwtWords), mwtSpace));
                    mwtWords = null;
                }
            } else {
                tokens.add(new SurfaceToken(f[1], List.of(w), space));
            }
        }
        if (!tokens.isEmpty()) {
            out.add(new ConlluSentence(text, List.copyOf(tokens)));
        }
        return out;
    }
}
