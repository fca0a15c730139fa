package org.annals.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A MinHash signature of a text's word shingles, for recognising a syndicated copy of an article: the same
 * story under another address, with another first line, byline or footer.
 *
 * <p>The text is lower-cased and cut into words (runs of letters and digits); every run of {@value #SHINGLE}
 * consecutive words is a shingle. For each of {@value #HASHES} hash functions the signature keeps the
 * smallest hash of any shingle; the share of equal positions in two signatures estimates the Jaccard
 * similarity of their shingle sets. Locality-sensitive hashing cuts the signature into {@value #BANDS}
 * bands of {@value #ROWS} values: two texts share at least one band key with probability
 * {@code 1 - (1 - s^5)^24} (s = 0.7: 99%, 0.6: 86%, 0.4: 22%, 0.2: 0.8%), so an archive finds the
 * candidates by equality on band keys and confirms them with {@link #similarity} of at least
 * {@value #COPY_SIMILARITY}. A syndicated copy with a rewritten first sentence and an agency footer keeps
 * about two thirds of the shingles of a short article, and more of a long one; two articles on the same
 * story written apart share almost none.
 *
 * <p>The archive ({@code org.annals.store}) keeps signatures and band keys to link a stored article to its
 * story; {@link StoryGrouper} groups the articles of one run in memory the same way.
 *
 * <p>Hashes are fixed functions of the text (no per-run seed), so signatures stored by one run compare
 * with those of the next. Texts shorter than {@value #MIN_SHINGLES} shingles have no signature: too
 * little text to tell a copy from a coincidence. Immutable and thread-safe.
 */
public final class TextFingerprint {
    public static final int SHINGLE = 4;
    public static final int BANDS = 24;
    public static final int ROWS = 5;
    public static final int HASHES = BANDS * ROWS;
    public static final int MIN_SHINGLES = 12;
    /** The estimated similarity from which a text is a copy of another. */
    public static final double COPY_SIMILARITY = 0.6;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long state = 0x5EEDF00DL;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private static final TextFingerprint NONE = new TextFingerprint(new int[0]);

    /** The minimum hashes, truncated to 32 bits (enough to estimate similarity), or empty. */
    private final int[] minima;

    private TextFingerprint(int[] minima) {
        this.minima = minima;
    }

    /** The fingerprint of {@code text}; {@link #isEmpty() empty} for a text too short to compare. */
    public static TextFingerprint of(String text) {
        List<String> words = words(text);
        int shingles = words.size() - SHINGLE + 1;
        if (shingles < MIN_SHINGLES) {
            return NONE;
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int s = 0; s < shingles; s++) {
            long h = 0xCBF29CE484222325L;
            for (int w = s; w < s + SHINGLE; w++) {
                h = fnv(h, words.get(w));
            }
            for (int i = 0; i < HASHES; i++) {
                long v = mix(h ^ SEEDS[i]);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        int[] minima = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            minima[i] = (int) (min[i] >>> 32);
        }
        return new TextFingerprint(minima);
    }

    /** Whether the text was too short to have a signature. */
    public boolean isEmpty() {
        return minima.length == 0;
    }

    /** The estimated Jaccard similarity of the two texts' shingles, 0 when either is empty. */
    public double similarity(TextFingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minima[i] == other.minima[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** One key per band (the band's number and its values hashed together); empty for an empty fingerprint. */
    public long[] bandKeys() {
        if (isEmpty()) {
            return new long[0];
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                k = mix(k ^ (minima[b * ROWS + r] & 0xFFFFFFFFL));
            }
            keys[b] = k;
        }
        return keys;
    }

    /** The signature as text for storage (Base64), or null when empty. */
    public String encode() {
        if (isEmpty()) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int m : minima) {
            bytes.putInt(m);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** Reads what {@link #encode} wrote; null or text of the wrong size gives an empty fingerprint. */
    public static TextFingerprint decode(String text) {
        if (text == null) {
            return NONE;
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return NONE;
        }
        if (raw.length != HASHES * Integer.BYTES) {
            return NONE;
        }
        ByteBuffer bytes = ByteBuffer.wrap(raw);
        int[] minima = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            minima[i] = bytes.getInt();
        }
        return new TextFingerprint(minima);
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static long fnv(long hash, String word) {
        long h = hash;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001B3L;
        }
        // a separator, so that "ab c" and "a bc" differ
        return (h ^ 0x1F) * 0x100000001B3L;
    }

    /** SplitMix64's finaliser: a fixed, well-mixing 64-bit permutation. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
