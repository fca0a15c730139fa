package org.annals.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the articles of one run into stories as they come: an article whose text is a near-duplicate of an
 * earlier one (a syndicated copy: the same text under another first line, byline or footer; see
 * {@link TextFingerprint}) joins that article's story, any other starts a story of its own. Articles are
 * numbered in the order they are added, and a story is named by its first article's number.
 *
 * <p>Candidates are found by equality on the fingerprints' band keys, so adding an article costs the same
 * however many came before, give or take the few that share a band with it; the best match among them, if
 * its estimated similarity reaches {@link TextFingerprint#COPY_SIMILARITY}, decides (ties: the earliest).
 * Texts too short for a fingerprint are alone in their story. Memory: one to two kilobytes per article.
 *
 * <p>Not thread-safe: one grouper per run, fed in order.
 */
public final class StoryGrouper {

    private final List<TextFingerprint> fingerprints = new ArrayList<>();
    private final List<Integer> stories = new ArrayList<>();
    private final Map<Integer, List<Integer>> members = new HashMap<>();
    private final Map<Long, List<Integer>> bands = new HashMap<>();

    /**
     * Adds the next article and returns its story: the number of the story's first article, which is its own
     * number ({@link #size()} before the call) when it starts a story.
     */
    public int add(String text) {
        int index = fingerprints.size();
        TextFingerprint fingerprint = TextFingerprint.of(text);
        int story = index;
        int best = bestMatch(fingerprint);
        if (best >= 0) {
            story = stories.get(best);
        }
        fingerprints.add(fingerprint);
        stories.add(story);
        members.computeIfAbsent(story, s -> new ArrayList<>()).add(index);
        for (long key : fingerprint.bandKeys()) {
            bands.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
        }
        return story;
    }

    /** The earlier article this fingerprint is most similar to, at least a copy's similarity; -1 if none. */
    private int bestMatch(TextFingerprint fingerprint) {
        Set<Integer> candidates = new LinkedHashSet<>();
        for (long key : fingerprint.bandKeys()) {
            candidates.addAll(bands.getOrDefault(key, List.of()));
        }
        int best = -1;
        double bestSimilarity = 0;
        for (int c : candidates) {
            double similarity = fingerprint.similarity(fingerprints.get(c));
            if (similarity >= TextFingerprint.COPY_SIMILARITY
                    && (similarity > bestSimilarity || similarity == bestSimilarity && c < best)) {
                best = c;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /** How many articles were added. */
    public int size() {
        return fingerprints.size();
    }

    /** The story of article {@code index}: its first article's number. */
    public int story(int index) {
        return stories.get(index);
    }

    /** The articles of article {@code index}'s story, itself included, in the order they were added. */
    public List<Integer> members(int index) {
        return List.copyOf(members.get(stories.get(index)));
    }
}
