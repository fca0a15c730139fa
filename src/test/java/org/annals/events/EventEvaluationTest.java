package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The development set (src/test/resources/org/annals/events/dev-events.tsv): precision and recall per
 * CAMEO root and overall, an event matching when source, target, root and date agree. Prints the
 * table and the disagreements; asserts floors a little below what the coder measured.
 */
class EventEvaluationTest {
    /** One expected or coded event, reduced to what the score compares. */
    record Key(String source, String target, String root, String date, String status) {
        boolean sameEvent(Key o) {
            return source.equals(o.source) && target.equals(o.target) && root.equals(o.root) && date.equals(o.date);
        }
    }

    record Item(String language, String sentence, String published, List<Key> expected) {}

    static List<Item> devSet() throws IOException {
        return read("dev-events.tsv");
    }

    static List<Item> read(String resource) throws IOException {
        List<Item> out = new ArrayList<>();
        try (InputStream in = EventEvaluationTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int n = 0;
            for (String line : text.split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("language\t")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 4) {
                    throw new IllegalStateException(resource + ":" + n + ": expected 4 columns");
                }
                List<Key> expected = new ArrayList<>();
                if (!c[3].equals("NONE")) {
                    for (String e : c[3].split(";")) {
                        String[] f = e.split("\\|");
                        expected.add(new Key(f[0], f[1], f[2].substring(0, 2), f[3], f[4]));
                    }
                }
                out.add(new Item(c[0], c[1], c[2], expected));
            }
        }
        return out;
    }

    static String id(Actor a) {
        return a == null ? "-" : a.country() != null ? a.country() : a.code() != null ? a.code() : a.name();
    }

    static Key key(Event e) {
        return new Key(id(e.source()), id(e.target()), e.cameo().substring(0, 2), e.date() == null ? "-" : e.date(),
                e.status().label());
    }

    @Test
    void precisionAndRecallPerRoot() throws IOException {
        List<Item> items = devSet();
        double[] pr = score("development set", items);
        assertTrue(items.size() >= 300, "dev set size " + items.size());
        assertTrue(pr[0] >= FLOOR_PRECISION, "precision " + pr[0]);
        assertTrue(pr[1] >= FLOOR_RECALL, "recall " + pr[1]);
    }

    /** Sentences written after tuning and never tuned on: the honest estimate. */
    @Test
    void heldOutSentences() throws IOException {
        double[] pr = score("held-out set", read("heldout-events.tsv"));
        assertTrue(pr[0] >= HELD_OUT_PRECISION, "precision " + pr[0]);
        assertTrue(pr[1] >= HELD_OUT_RECALL, "recall " + pr[1]);
    }

    private static double[] score(String title, List<Item> items) {
        System.out.println("== " + title);
        Map<String, int[]> perRoot = new TreeMap<>(); // root → {tp, fp, fn}
        int statusRight = 0;
        int matched = 0;
        List<String> disagreements = new ArrayList<>();
        for (Item item : items) {
            List<Key> got = new ArrayList<>();
            for (Event e : TestArticles.code(item.sentence(), item.language(), item.published())) {
                got.add(key(e));
            }
            List<Key> open = new ArrayList<>(item.expected());
            for (Key g : got) {
                Key hit = null;
                for (Key x : open) {
                    if (x.sameEvent(g)) {
                        hit = x;
                        break;
                    }
                }
                if (hit != null) {
                    open.remove(hit);
                    perRoot.computeIfAbsent(g.root(), k -> new int[3])[0]++;
                    matched++;
                    if (hit.status().equals(g.status())) {
                        statusRight++;
                    } else {
                        disagreements.add("status " + g.status() + " ≠ " + hit.status() + ": " + item.sentence());
                    }
                } else {
                    perRoot.computeIfAbsent(g.root(), k -> new int[3])[1]++;
                    disagreements.add("extra  " + g + ": " + item.sentence());
                }
            }
            for (Key x : open) {
                perRoot.computeIfAbsent(x.root(), k -> new int[3])[2]++;
                disagreements.add("missed " + x + ": " + item.sentence() + "  got " + got);
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        System.out.println("root   tp  fp  fn  precision  recall");
        for (Map.Entry<String, int[]> e : perRoot.entrySet()) {
            int[] v = e.getValue();
            tp += v[0];
            fp += v[1];
            fn += v[2];
            System.out.printf("%-5s %4d %3d %3d  %9.2f  %6.2f%n", e.getKey(), v[0], v[1], v[2], ratio(v[0], v[0] + v[1]),
                    ratio(v[0], v[0] + v[2]));
        }
        double p = ratio(tp, tp + fp);
        double r = ratio(tp, tp + fn);
        System.out.printf("all   %4d %3d %3d  %9.2f  %6.2f   (%d sentences; status right on %d of %d matched)%n",
                tp, fp, fn, p, r, items.size(), statusRight, matched);
        disagreements.forEach(d -> System.out.println("  " + d));
        return new double[] {p, r};
    }

    private static final double FLOOR_PRECISION = 0.95;
    private static final double FLOOR_RECALL = 0.92;
    private static final double HELD_OUT_PRECISION = 0.88;
    private static final double HELD_OUT_RECALL = 0.80;

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
