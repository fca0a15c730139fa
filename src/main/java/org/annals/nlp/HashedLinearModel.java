package org.annals.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The non-zero weights of an OpenNLP linear model (maxent, perceptron), keyed by a 64-bit hash of each
 * feature name instead of the name: a tagger then scores a token without building its feature strings,
 * feeding the pieces of each feature to a {@link Scorer}, whose hash of the pieces equals the hash of
 * their concatenation. A slot keeps a 32-bit fingerprint of the 64-bit hash: a feature the model lacks
 * is taken for one it has with odds of about one in 2³¹ per lookup; two of the model's own features never
 * share a fingerprint in a slot chain (another salt is drawn when they would). Immutable and thread-safe; a {@link Scorer} is not, use one per thread or call.
 */
final class HashedLinearModel {
    private static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private static final int COUNT_BITS = 6;

    private final String[] outcomes;
    /**
     * Open addressing, one long a slot (0 = empty): a 32-bit fingerprint of the feature's hash in the
     * high half, its weights' start index and count in the low half.
     */
    private final long[] table;
    /** Per weight: the outcome index in the high 32 bits, the float weight's bits in the low 32. */
    private final long[] weights;
    private final int mask;
    /** Mixes a feature's hash into slot and fingerprint; another salt is tried if two fingerprints meet. */
    private final long salt;

    HashedLinearModel(AbstractModel model) {
        outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        if (outcomes.length >= 1 << COUNT_BITS) {
            throw new IllegalArgumentException("too many outcomes: " + outcomes.length);
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
        List<String> names = new ArrayList<>();
        List<long[]> packed = new ArrayList<>();
        int nonZero = 0;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            int[] o = e.getValue().getOutcomes();
            double[] p = e.getValue().getParameters();
            long[] w = new long[p.length];
            int n = 0;
            for (int k = 0; k < p.length; k++) {
                if (p[k] != 0) {
                    w[n++] = (long) o[k] << 32 | (Float.floatToIntBits((float) p[k]) & 0xffffffffL);
                }
            }
            if (n > 0) {
                names.add(e.getKey());
                packed.add(Arrays.copyOf(w, n));
                nonZero += n;
            }
        }
        if (nonZero >= 1 << (32 - COUNT_BITS)) {
            throw new IllegalArgumentException("too many weights: " + nonZero);
        }
        weights = new long[nonZero];
        int slots = Integer.highestOneBit(Math.max(16, names.size()) * 4 - 1); // load factor 1/4 to 1/2
        mask = slots - 1;
        long[] keys = new long[names.size()];
        for (int f = 0; f < keys.length; f++) {
            keys[f] = hash(SEED, names.get(f));
        }
        long s = 0x9e3779b97f4a7c15L;
        long[] t;
        while ((t = build(keys, packed, slots, s)) == null) {
            s = s * 0xbf58476d1ce4e5b9L + 1;
        }
        table = t;
        salt = s;
    }

    /** The table for this salt, or null when two features share a slot chain and a fingerprint. */
    private long[] build(long[] keys, List<long[]> packed, int slots, long s) {
        long[] t = new long[slots];
        int next = 0;
        for (int f = 0; f < keys.length; f++) {
            long x = mix(keys[f], s);
            long fingerprint = x & 0xffffffff00000000L | 1L << 63;
            int slot = (int) x & mask;
            while (t[slot] != 0) {
                if ((t[slot] & 0xffffffff00000000L) == fingerprint) {
                    return null;
                }
                slot = (slot + 1) & mask;
            }
            long[] w = packed.get(f);
            System.arraycopy(w, 0, weights, next, w.length);
            t[slot] = fingerprint | (long) next << COUNT_BITS | w.length;
            next += w.length;
        }
        return t;
    }

    private static long mix(long key, long salt) {
        long x = (key ^ salt) * 0xff51afd7ed558ccdL; // MurmurHash3's finaliser: FNV's low bits are weak
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    /** The outcome (tag) names, by index. */
    String[] outcomes() {
        return outcomes.clone();
    }

    static long hash(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** Adds up the weights of the features fed to it, one piece at a time. */
    final class Scorer implements ItalianPosFeatures.Sink {
        private final double[] scores = new double[outcomes.length];
        private long h;
        /** The hashes of the features fed since the last reset, for another model to score them. */
        private long[] fed = new long[64];
        private int count;

        /** Starts a token: all scores zero. */
        void reset() {
            Arrays.fill(scores, 0);
            count = 0;
        }

        /** The hashes of the features fed since the last reset (for {@link #addFeatures}). */
        long[] features() {
            return Arrays.copyOf(fed, count);
        }

        /** Adds the weights of features fed to another scorer ({@link #features}). */
        void addFeatures(long[] hashes) {
            for (long x : hashes) {
                score(x);
            }
        }

        double[] scores() {
            return scores;
        }

        @Override
        public void begin(String template) {
            h = SEED;
            add(template);
        }

        @Override
        public void add(String part) {
            long x = h;
            for (int i = 0; i < part.length(); i++) {
                x = (x ^ part.charAt(i)) * PRIME;
            }
            h = x;
        }

        @Override
        public void add(String part, int start, int end) {
            long x = h;
            for (int i = start; i < end; i++) {
                x = (x ^ part.charAt(i)) * PRIME;
            }
            h = x;
        }

        @Override
        public void end() {
            if (count == fed.length) {
                fed = Arrays.copyOf(fed, count * 2);
            }
            fed[count++] = h;
            score(h);
        }

        private void score(long hash) {
            long x = mix(hash, salt);
            long fingerprint = x & 0xffffffff00000000L | 1L << 63;
            int slot = (int) x & mask;
            long entry;
            while ((entry = table[slot]) != 0) {
                if ((entry & 0xffffffff00000000L) == fingerprint) {
                    int start = (int) entry >>> COUNT_BITS;
                    int end = start + ((int) entry & ((1 << COUNT_BITS) - 1));
                    for (int j = start; j < end; j++) {
                        long w = weights[j];
                        scores[(int) (w >>> 32)] += Float.intBitsToFloat((int) w);
                    }
                    return;
                }
                slot = (slot + 1) & mask;
            }
        }
    }
}
