package org.annals.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribution frames of one language, read from {@code frames.<lang>.tsv} next to this class
 * (see the comments at the top of those files for each kind). Immutable and thread-safe.
 */
public final class Frames {
    /** The kinds a frames file may hold; none of them carries a value column. */
    public static final List<String> KINDS = List.of("verb", "opinion", "express", "according", "relay",
            "anaphor", "title", "article", "preposition", "filler", "stop", "boundary", "particle", "pronoun");

    final PhraseSet verb;
    final PhraseSet opinion;
    final PhraseSet express;
    final PhraseSet according;
    final PhraseSet relay;
    final PhraseSet anaphor;
    final PhraseSet title;
    final PhraseSet article;
    final PhraseSet preposition;
    final PhraseSet filler;
    final PhraseSet stop;
    final PhraseSet boundary;
    final PhraseSet particle;
    final PhraseSet pronoun;

    private Frames(Map<String, List<String>> byKind) {
        verb = new PhraseSet(byKind.get("verb"));
        opinion = new PhraseSet(byKind.get("opinion"));
        express = new PhraseSet(byKind.get("express"));
        according = new PhraseSet(byKind.get("according"));
        relay = new PhraseSet(byKind.get("relay"));
        anaphor = new PhraseSet(byKind.get("anaphor"));
        title = new PhraseSet(byKind.get("title"));
        article = new PhraseSet(byKind.get("article"));
        preposition = new PhraseSet(byKind.get("preposition"));
        filler = new PhraseSet(byKind.get("filler"));
        stop = new PhraseSet(byKind.get("stop"));
        boundary = new PhraseSet(byKind.get("boundary"));
        particle = new PhraseSet(byKind.get("particle"));
        pronoun = new PhraseSet(byKind.get("pronoun"));
    }

    /**
     * Reads and validates the frames of the given languages; several languages are merged (used for
     * articles whose language is unknown).
     *
     * @throws IllegalArgumentException naming the file and line of the first malformed entry
     */
    public static Frames load(String... languages) {
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        KINDS.forEach(k -> kinds.put(k, false));
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        KINDS.forEach(k -> byKind.put(k, new ArrayList<>()));
        for (String lang : languages) {
            WordTable table = WordTable.load("/org/annals/quotes/frames." + lang + ".tsv", kinds);
            KINDS.forEach(k -> byKind.get(k).addAll(table.phrases(k)));
        }
        return new Frames(byKind);
    }

    /** Builds frames from a table already read (tests, custom frames). */
    public static Frames of(WordTable table) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        KINDS.forEach(k -> byKind.put(k, table.phrases(k)));
        return new Frames(byKind);
    }
}
