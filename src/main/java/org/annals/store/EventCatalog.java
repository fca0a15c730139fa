package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

/**
 * An in-memory, columnar copy of the facts of every stored event (codes, date, CAMEO code, status, …; no
 * text), about 50 bytes an event, for the questions a server is asked many times a second: a filtered page
 * of events with its count, a pair of actors over time, the most active actors and pairs. Scanning the
 * database for each of those costs tens of milliseconds on a million events and competes for the cores
 * under concurrent requests; here they cost well under a millisecond to a few.
 *
 * <p>Layout: the events are held sorted the way pages are listed (newest date first, no date last, then by
 * id), with a list of positions per source and per target actor code, so that a filter on an actor touches
 * only that actor's events and a date range is found by binary search. Events added later go to a small
 * unsorted tail, merged into the sorted part when it grows past an eighth of it.
 *
 * <p>Answers are exactly those of the SQL questions in {@link SqlArchiveStore} (the tests compare them); the
 * text of the events on a page is still read from the database.
 *
 * <p>Thread-safe: readers work on an immutable snapshot; {@link #add} and {@link #publish} are serialised.
 */
final class EventCatalog {
    /** The day of an event without a date: sorts after every date when listing newest first. */
    static final int NO_DAY = Integer.MIN_VALUE;
    /** The tail is merged into the sorted part past this many events (or an eighth of the sorted part). */
    static final int MERGE_AT = 1 << 16;

    /**
     * One page of events in listing order, and how many events match in all.
     *
     * @param ids  the events' ids
     * @param rows their numbers in the order added (from 0): their documents in {@link EventRowStore}
     */
    record Page(long total, long[] ids, int[] rows) {
        Page {
            ids = ids.clone();
            rows = rows.clone();
            if (ids.length != rows.length) {
                throw new IllegalArgumentException("one row per id: " + ids.length + " and " + rows.length);
            }
        }

        @Override
        public long[] ids() {
            return ids.clone();
        }

        @Override
        public int[] rows() {
            return rows.clone();
        }
    }

    // The writer's side, guarded by this.
    private final Dictionary codes = new Dictionary();
    private final Dictionary cameos = new Dictionary();
    private final Dictionary plovers = new Dictionary();
    private final Dictionary statuses = new Dictionary();
    private final Dictionary languages = new Dictionary();
    private final Dictionary sites = new Dictionary();
    private final Dictionary actors = new Dictionary();
    private final List<Integer> actorCode = new ArrayList<>();
    private final List<String> actorName = new ArrayList<>();
    private final Map<Long, Integer> pairIds = new HashMap<>();
    private final List<Integer> pairA = new ArrayList<>();
    private final List<Integer> pairB = new ArrayList<>();
    private Columns base = new Columns(0);
    private int[][] bySource = new int[0][];
    private int[][] byTarget = new int[0][];
    private int[][] byCameo = new int[0][];
    private int[][] byPlover = new int[0][];
    private int[][] byStatus = new int[0][];
    private List<Map<Integer, int[]>> byPair = List.of();
    private Columns tail = new Columns(1024);
    private long lastArticleSeq;
    private long lastId = -1;
    private int added;

    private final int mergeAt;
    private volatile Snapshot snapshot;

    EventCatalog() {
        this(MERGE_AT);
    }

    /** @param mergeAt the tail is merged into the sorted part past this many events (tests merge early) */
    EventCatalog(int mergeAt) {
        if (mergeAt < 1) {
            throw new IllegalArgumentException("mergeAt must be positive: " + mergeAt);
        }
        this.mergeAt = mergeAt;
        publish();
    }

    /** The highest article seq whose events were added (0 before any). */
    synchronized long lastArticleSeq() {
        return lastArticleSeq;
    }

    /**
     * Adds an event; readers see it after the next {@link #publish}. Events come in id order: one whose id
     * is not above the last one added is already here (a read that was retried) and is ignored.
     */
    synchronized void add(EventFact f) {
        if (f.id() <= lastId) {
            return;
        }
        lastId = f.id();
        int source = actor(f.sourceCode(), f.sourceName());
        int target = actor(f.targetCode(), f.targetName());
        tail.append(f.id(), added++, f.date() == null ? NO_DAY : (int) f.date().toEpochDay(), source, target,
                cameos.id(f.cameo()), plovers.id(f.plover()), statuses.id(f.status()), languages.id(f.language()),
                sites.id(f.site() == null ? null : f.site().toLowerCase(Locale.ROOT)),
                pair(f.sourceCode(), f.targetCode()), f.quadClass(), f.goldstein());
        lastArticleSeq = Math.max(lastArticleSeq, f.articleSeq());
    }

    /** Makes what was added visible to readers, merging the tail into the sorted part when it is large. */
    synchronized void publish() {
        if (tail.size > Math.max(mergeAt, base.size / 8)) {
            Columns all = base.concat(tail);
            Integer[] order = new Integer[all.size];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingInt(i -> all.day[i]).reversed()
                    .thenComparingLong(i -> all.id[i]));
            base = all.select(order);
            tail = new Columns(1024);
            int[] codeOf = actorCode.stream().mapToInt(Integer::intValue).toArray();
            Columns b = base;
            bySource = positions(b.size, i -> b.source[i] < 0 ? -1 : codeOf[b.source[i]], codes.size());
            byTarget = positions(b.size, i -> b.target[i] < 0 ? -1 : codeOf[b.target[i]], codes.size());
            byCameo = positions(b.size, i -> b.cameo[i], cameos.size());
            byPlover = positions(b.size, i -> b.plover[i], plovers.size());
            byStatus = positions(b.size, i -> b.status[i], statuses.size());
            byPair = pairPositions(b, codeOf, codes.size());
        }
        int[] codeOf = actorCode.stream().mapToInt(Integer::intValue).toArray();
        int[][] namesOfCode = new int[codes.size()][];
        int[] perCode = new int[codes.size()];
        for (int c : codeOf) {
            if (c >= 0) {
                perCode[c]++;
            }
        }
        for (int c = 0; c < namesOfCode.length; c++) {
            namesOfCode[c] = new int[perCode[c]];
            perCode[c] = 0;
        }
        for (int a = 0; a < codeOf.length; a++) {
            if (codeOf[a] >= 0) {
                namesOfCode[codeOf[a]][perCode[codeOf[a]]++] = a;
            }
        }
        snapshot = new Snapshot(codes.values(), codeOf, actorName.toArray(new String[0]), namesOfCode,
                cameos.values(), plovers.frozen(), statuses.frozen(), languages.frozen(), sites.frozen(),
                pairA.stream().mapToInt(Integer::intValue).toArray(),
                pairB.stream().mapToInt(Integer::intValue).toArray(), base,
                new Lists(bySource, byTarget, byCameo, byPlover, byStatus, byPair), tail.copy());
    }

    private int actor(String code, String name) {
        if (code == null) {
            return -1;
        }
        int before = actors.size();
        int id = actors.id(code + '\u0000' + name);
        if (id == before) {
            actorCode.add(codes.id(code));
            actorName.add(name);
        }
        return id;
    }

    private int pair(String source, String target) {
        if (source == null || target == null || source.equals(target)) {
            return -1;
        }
        int a = codes.id(source.compareTo(target) < 0 ? source : target);
        int b = codes.id(source.compareTo(target) < 0 ? target : source);
        return pairIds.computeIfAbsent(((long) a << 32) | b, k -> {
            pairA.add(a);
            pairB.add(b);
            return pairA.size() - 1;
        });
    }

    /** Per source code, per target code, the ascending positions of the events between the two. */
    private static List<Map<Integer, int[]>> pairPositions(Columns c, int[] codeOf, int codes) {
        List<Map<Integer, IntList>> growing = new ArrayList<>();
        for (int code = 0; code < codes; code++) {
            growing.add(new HashMap<>());
        }
        for (int i = 0; i < c.size; i++) {
            if (c.source[i] >= 0 && c.target[i] >= 0) {
                growing.get(codeOf[c.source[i]]).computeIfAbsent(codeOf[c.target[i]], k -> new IntList()).add(i);
            }
        }
        List<Map<Integer, int[]>> out = new ArrayList<>();
        for (Map<Integer, IntList> targets : growing) {
            Map<Integer, int[]> lists = new HashMap<>();
            targets.forEach((target, list) -> lists.put(target, Arrays.copyOf(list.values, list.size)));
            out.add(lists);
        }
        return List.copyOf(out);
    }

    /** Per key (-1: none), the ascending positions of the events of {@code size} that have it. */
    private static int[][] positions(int size, IntUnaryOperator keyAt, int keys) {
        int[] count = new int[keys];
        for (int i = 0; i < size; i++) {
            int key = keyAt.applyAsInt(i);
            if (key >= 0) {
                count[key]++;
            }
        }
        int[][] lists = new int[keys][];
        for (int key = 0; key < keys; key++) {
            lists[key] = new int[count[key]];
            count[key] = 0;
        }
        for (int i = 0; i < size; i++) {
            int key = keyAt.applyAsInt(i);
            if (key >= 0) {
                lists[key][count[key]++] = i;
            }
        }
        return lists;
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** The events matching {@code q} (its page), and how many match in all. */
    Page page(EventQuery q) {
        Snapshot s = snapshot;
        Filter f = new Filter(s, q);
        long need = Math.min(q.offset() + q.size(), Integer.MAX_VALUE);
        IntList picked = new IntList();
        long total = 0;
        if (!f.impossible) {
            Candidates candidates = f.candidates(s);
            // when the lists (and the dates) are the whole filter, every event in range matches: no test needed
            boolean all = candidates.whole();
            for (int[] list : candidates.lists()) {
                int[] range = f.range(s.base, list);
                if (all) {
                    total += range[1] - range[0];
                    for (int k = range[0]; k < range[1] && k - range[0] < need; k++) {
                        picked.add(list == null ? k : list[k]);
                    }
                    continue;
                }
                IntList fromList = new IntList();
                for (int k = range[0]; k < range[1]; k++) {
                    int pos = list == null ? k : list[k];
                    if (f.matches(s.base, pos, s.codeOf)) {
                        total++;
                        if (fromList.size < need) {
                            fromList.add(pos);
                        }
                    }
                }
                picked.addAll(fromList);
            }
        }
        // Positions in the sorted part are in listing order already; the tail's matches are sorted here.
        int[] sorted = picked.sorted();
        IntList tailPicked = new IntList();
        if (!f.impossible) {
            for (int i = 0; i < s.tail.size; i++) {
                if (f.matches(s.tail, i, s.codeOf)) {
                    total++;
                    tailPicked.add(i);
                }
            }
        }
        Integer[] tailOrder = tailPicked.boxed();
        Arrays.sort(tailOrder, Comparator.<Integer>comparingInt(i -> s.tail.day[i]).reversed()
                .thenComparingLong(i -> s.tail.id[i]));
        long offset = q.offset();
        int baseLimit = (int) Math.min(sorted.length, need);
        List<Long> ids = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        int b = 0;
        int t = 0;
        for (long rank = 0; rank < need && (b < baseLimit || t < tailOrder.length); rank++) {
            boolean fromBase;
            if (b >= baseLimit || t >= tailOrder.length) {
                fromBase = b < baseLimit;
            } else {
                int bp = sorted[b];
                int tp = tailOrder[t];
                fromBase = s.base.day[bp] != s.tail.day[tp] ? s.base.day[bp] > s.tail.day[tp]
                        : s.base.id[bp] < s.tail.id[tp];
            }
            Columns c = fromBase ? s.base : s.tail;
            int i = fromBase ? sorted[b++] : tailOrder[t++];
            if (rank >= offset) {
                ids.add(c.id[i]);
                rows.add(c.row[i]);
            }
        }
        return new Page(total, ids.stream().mapToLong(Long::longValue).toArray(),
                rows.stream().mapToInt(Integer::intValue).toArray());
    }

    /** As {@link SqlArchiveStore#dyad}: both directions of every period with events, oldest first. */
    List<DyadPeriod> dyad(DyadQuery q) {
        Snapshot s = snapshot;
        boolean[] a = s.prefixed(q.a());
        boolean[] b = s.prefixed(q.b());
        int from = q.from() == null ? Integer.MIN_VALUE + 1 : (int) q.from().toEpochDay();
        int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
        Periods periods = new Periods(q.by());
        for (int direction = 0; direction < 2; direction++) {
            boolean[] first = direction == 0 ? a : b;
            boolean[] second = direction == 0 ? b : a;
            for (int code = 0; code < first.length && code < s.lists.byPair.size(); code++) {
                if (!first[code]) {
                    continue;
                }
                // only the events between the two: the lists of this source code's pairs with the other actor
                for (Map.Entry<Integer, int[]> pair : s.lists.byPair.get(code).entrySet()) {
                    int target = pair.getKey();
                    // an event matching both ways is counted once, in the first direction (as in SQL)
                    if (target >= second.length || !second[target] || direction == 1 && a[code] && b[target]) {
                        continue;
                    }
                    int[] list = pair.getValue();
                    int[] range = dayRange(i -> s.base.day[list[i]], list.length, from, to);
                    for (int k = range[0]; k < range[1]; k++) {
                        if (s.base.day[list[k]] != NO_DAY) {
                            periods.add(s.base, list[k], direction);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < s.tail.size; i++) {
            int day = s.tail.day[i];
            int source = s.codeOf(s.tail.source[i]);
            int target = s.codeOf(s.tail.target[i]);
            if (day == NO_DAY || day < from || day > to || source < 0 || target < 0) {
                continue;
            }
            if (a[source] && b[target]) {
                periods.add(s.tail, i, 0);
            } else if (b[source] && a[target]) {
                periods.add(s.tail, i, 1);
            }
        }
        return periods.list(q.a(), q.b());
    }

    /** As {@link SqlArchiveStore#topActors}. */
    List<ActorCount> topActors(ActorQuery q) {
        Snapshot s = snapshot;
        int codeCount = s.codes.length;
        long[] counted = new long[codeCount];
        long[] asSource = new long[codeCount];
        long[] asTarget = new long[codeCount];
        long[] named = new long[s.codeOf.length];
        forEachInPeriod(s, q, (c, i) -> {
            int source = c.source[i];
            int target = c.target[i];
            int sc = s.codeOf(source);
            int tc = s.codeOf(target);
            if (sc >= 0) {
                counted[sc]++;
                asSource[sc]++;
                named[source]++;
            }
            if (tc >= 0) {
                asTarget[tc]++;
                named[target]++;
                if (tc != sc) {
                    counted[tc]++;
                }
            }
        });
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < codeCount; c++) {
            if (asSource[c] + asTarget[c] > 0) {
                found.add(c);
            }
        }
        found.sort(Comparator.<Integer>comparingLong(c -> -counted[c]).thenComparing(c -> s.codes[c]));
        List<ActorCount> out = new ArrayList<>();
        for (int c : found.subList(0, Math.min(q.top(), found.size()))) {
            out.add(new ActorCount(s.codes[c], s.commonestName(c, named), counted[c], asSource[c], asTarget[c]));
        }
        return out;
    }

    /** As {@link SqlArchiveStore#topDyads}. */
    List<DyadCount> topDyads(ActorQuery q) {
        Snapshot s = snapshot;
        long[] events = new long[s.pairA.length];
        double[] goldstein = new double[s.pairA.length];
        forEachInPeriod(s, q, (c, i) -> {
            int pair = c.pair[i];
            if (pair >= 0) {
                events[pair]++;
                goldstein[pair] += c.goldstein[i];
            }
        });
        List<Integer> found = new ArrayList<>();
        for (int p = 0; p < events.length; p++) {
            if (events[p] > 0) {
                found.add(p);
            }
        }
        found.sort(Comparator.<Integer>comparingLong(p -> -events[p]).thenComparing(p -> s.codes[s.pairA[p]])
                .thenComparing(p -> s.codes[s.pairB[p]]));
        List<DyadCount> out = new ArrayList<>();
        for (int p : found.subList(0, Math.min(q.top(), found.size()))) {
            out.add(new DyadCount(s.codes[s.pairA[p]], s.codes[s.pairB[p]], events[p], goldstein[p] / events[p]));
        }
        return out;
    }

    private interface EventVisitor {
        void visit(Columns c, int i);
    }

    private static void forEachInPeriod(Snapshot s, ActorQuery q, EventVisitor visitor) {
        boolean dated = q.from() != null || q.to() != null;
        int from = q.from() == null ? Integer.MIN_VALUE + 1 : (int) q.from().toEpochDay();
        int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
        int[] range = dated ? dayRange(i -> s.base.day[i], s.base.size, from, to) : new int[] {0, s.base.size};
        for (int i = range[0]; i < range[1]; i++) {
            if (!dated || s.base.day[i] != NO_DAY) {
                visitor.visit(s.base, i);
            }
        }
        for (int i = 0; i < s.tail.size; i++) {
            int day = s.tail.day[i];
            if (!dated || day != NO_DAY && day >= from && day <= to) {
                visitor.visit(s.tail, i);
            }
        }
    }

    /**
     * The indexes {@code [start, end)} of a listing-ordered run (days not increasing) whose days may lie in
     * {@code [from, to]}: a binary search at each end.
     */
    static int[] dayRange(IntUnaryOperator dayAt, int n, int from, int to) {
        return new int[] {firstAtOrBelow(dayAt, n, to), firstAtOrBelow(dayAt, n, from - 1)};
    }

    private static int firstAtOrBelow(IntUnaryOperator dayAt, int n, int bound) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dayAt.applyAsInt(mid) <= bound) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // ------------------------------------------------------------------------------------------ the parts

    /** An event query turned into tests on dictionary ids. */
    private static final class Filter {
        final boolean[] source;
        final boolean[] target;
        final boolean[] cameo;
        final int plover;
        final int status;
        final int language;
        final int site;
        final boolean dated;
        final int from;
        final int to;
        final boolean impossible;

        Filter(Snapshot s, EventQuery q) {
            source = q.source() == null ? null : s.prefixed(q.source());
            target = q.target() == null ? null : s.prefixed(q.target());
            cameo = q.cameo() == null ? null : prefixed(s.cameos, q.cameo());
            plover = q.plover() == null ? ANY : s.plovers.find(q.plover().toUpperCase(Locale.ROOT));
            status = q.status() == null ? ANY : s.statuses.find(q.status().label());
            language = q.language() == null ? ANY : s.languages.find(q.language().toLowerCase(Locale.ROOT));
            site = q.site() == null ? ANY : s.sites.find(q.site().toLowerCase(Locale.ROOT));
            dated = q.from() != null || q.to() != null;
            from = q.from() == null ? Integer.MIN_VALUE + 1 : (int) q.from().toEpochDay();
            to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
            impossible = plover == NONE || status == NONE || language == NONE || site == NONE;
        }

        static final int ANY = -2;
        static final int NONE = -1;

        /**
         * The lists of positions to look at in the sorted part: those of the filter that leaves the fewest
         * (an actor, a pair of actors, a CAMEO code, a PLOVER category, a status), or a single null for a
         * range of dates; and whether they cover every filter of the query but the dates.
         */
        Candidates candidates(Snapshot s) {
            boolean[][] keys = {source, target, cameo, only(plover, s.lists.byPlover.length),
                    only(status, s.lists.byStatus.length)};
            int[][][] lists = {s.lists.bySource, s.lists.byTarget, s.lists.byCameo, s.lists.byPlover,
                    s.lists.byStatus};
            int filters = (language != ANY ? 1 : 0) + (site != ANY ? 1 : 0);
            List<int[]> best = null;
            int covered = 0;
            long fewest = Long.MAX_VALUE;
            for (int column = 0; column < keys.length; column++) {
                if (keys[column] == null) {
                    continue;
                }
                filters++;
                List<int[]> chosen = new ArrayList<>();
                for (int k = 0; k < keys[column].length && k < lists[column].length; k++) {
                    if (keys[column][k]) {
                        chosen.add(lists[column][k]);
                    }
                }
                long size = size(chosen);
                if (size < fewest) {
                    fewest = size;
                    best = chosen;
                    covered = 1;
                }
            }
            if (source != null && target != null) {
                // the events between the two actors: a list per pair of codes, no wider than either actor's
                List<int[]> chosen = new ArrayList<>();
                for (int c = 0; c < source.length && c < s.lists.byPair.size(); c++) {
                    if (source[c]) {
                        s.lists.byPair.get(c).forEach((t, list) -> {
                            if (t < target.length && target[t]) {
                                chosen.add(list);
                            }
                        });
                    }
                }
                if (size(chosen) <= fewest) {
                    best = chosen;
                    covered = 2;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                best.add(null);
            }
            return new Candidates(best, covered == filters);
        }

        private static long size(List<int[]> lists) {
            long size = 0;
            for (int[] list : lists) {
                size += list.length;
            }
            return size;
        }

        /** The one key a filter on a dictionary id allows, as a set; null for no filter. */
        private static boolean[] only(int id, int keys) {
            if (id == ANY) {
                return null;
            }
            boolean[] out = new boolean[keys];
            if (id >= 0 && id < keys) {
                out[id] = true;
            }
            return out;
        }

        int[] range(Columns base, int[] list) {
            if (!dated) {
                return new int[] {0, list == null ? base.size : list.length};
            }
            return list == null ? dayRange(i -> base.day[i], base.size, from, to)
                    : dayRange(i -> base.day[list[i]], list.length, from, to);
        }

        boolean matches(Columns c, int i, int[] codeOf) {
            if (source != null && !in(source, c.source[i], codeOf) || target != null && !in(target, c.target[i], codeOf)
                    || cameo != null && !cameo[c.cameo[i]]) {
                return false;
            }
            if (plover != ANY && c.plover[i] != plover || status != ANY && c.status[i] != status
                    || language != ANY && c.language[i] != language || site != ANY && c.site[i] != site) {
                return false;
            }
            int day = c.day[i];
            return !dated || day != NO_DAY && day >= from && day <= to;
        }

        private static boolean in(boolean[] codes, int actor, int[] codeOf) {
            return actor >= 0 && codes[codeOf[actor]];
        }
    }

    private static boolean[] prefixed(String[] values, String prefix) {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].startsWith(prefix);
        }
        return out;
    }

    /** What readers see: the dictionaries and columns as of one {@link #publish}. */
    private record Snapshot(String[] codes, int[] codeOf, String[] names, int[][] namesOfCode, String[] cameos,
                            Values plovers, Values statuses, Values languages, Values sites, int[] pairA,
                            int[] pairB, Columns base, Lists lists, Columns tail) {
        int codeOf(int actor) {
            return actor < 0 ? -1 : codeOf[actor];
        }

        boolean[] prefixed(String prefix) {
            return EventCatalog.prefixed(codes, prefix);
        }

        /** The name written most often for a code among the counted events; the first in order on a tie. */
        String commonestName(int code, long[] named) {
            int best = -1;
            for (int actor : namesOfCode[code]) {
                if (named[actor] > 0 && (best < 0 || named[actor] > named[best]
                        || named[actor] == named[best] && names[actor].compareTo(names[best]) < 0)) {
                    best = actor;
                }
            }
            return best < 0 ? null : names[best];
        }
    }

    /**
     * Lists of positions in the sorted part (a null list: every position), and whether the events in them
     * (within the query's dates) are exactly those the query asks for.
     */
    private record Candidates(List<int[]> lists, boolean whole) {}

    /** The positions in the sorted part of the events with each actor code, CAMEO code, category, status. */
    private record Lists(int[][] bySource, int[][] byTarget, int[][] byCameo, int[][] byPlover, int[][] byStatus,
                         List<Map<Integer, int[]>> byPair) {}

    /** Per period, the events of each direction: count, Goldstein sum, QuadClass counts. */
    private static final class Periods {
        private final DyadQuery.Period by;
        private final TreeMap<Integer, double[][]> byStart = new TreeMap<>();
        private int lastDay = NO_DAY;
        private double[][] last;

        Periods(DyadQuery.Period by) {
            this.by = by;
        }

        void add(Columns c, int i, int direction) {
            int day = c.day[i];
            if (day != lastDay || last == null) {
                last = byStart.computeIfAbsent(start(day), k -> new double[2][6]);
                lastDay = day;
            }
            double[] t = last[direction];
            t[0]++;
            t[1] += c.goldstein[i];
            t[1 + c.quad[i]]++;
        }

        private int start(int day) {
            LocalDate d = LocalDate.ofEpochDay(day);
            return (int) switch (by) {
                case DAY -> day;
                case WEEK -> day - (d.getDayOfWeek().getValue() - 1);
                case MONTH -> d.withDayOfMonth(1).toEpochDay();
                case YEAR -> d.withDayOfYear(1).toEpochDay();
            };
        }

        List<DyadPeriod> list(String a, String b) {
            List<DyadPeriod> out = new ArrayList<>();
            for (Map.Entry<Integer, double[][]> e : byStart.entrySet()) {
                LocalDate start = LocalDate.ofEpochDay(e.getKey());
                out.add(period(start, a, b, e.getValue()[0]));
                out.add(period(start, b, a, e.getValue()[1]));
            }
            return out;
        }

        private static DyadPeriod period(LocalDate start, String source, String target, double[] t) {
            long n = (long) t[0];
            return new DyadPeriod(start, source, target, n, n == 0 ? 0 : t[1] / n,
                    new long[] {(long) t[2], (long) t[3], (long) t[4], (long) t[5]});
        }
    }

    /** Strings numbered in the order first met; the writer's side. */
    private static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        /** The id of {@code value}, numbering it when new; -1 for null. */
        int id(String value) {
            if (value == null) {
                return -1;
            }
            return ids.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        int size() {
            return values.size();
        }

        String[] values() {
            return values.toArray(new String[0]);
        }

        Values frozen() {
            return new Values(Map.copyOf(ids));
        }
    }

    /** A dictionary as readers see it. */
    private record Values(Map<String, Integer> ids) {
        /** The id of {@code value}, or {@link Filter#NONE} when no event has it. */
        int find(String value) {
            Integer id = ids.get(value);
            return id == null ? Filter.NONE : id;
        }
    }

    /** The columns of a run of events; grown by the writer, never changed once a snapshot holds them. */
    private static final class Columns {
        int size;
        long[] id = {};
        int[] row = {};
        int[] day = {};
        int[] source = {};
        int[] target = {};
        int[] cameo = {};
        int[] plover = {};
        int[] status = {};
        int[] language = {};
        int[] site = {};
        int[] pair = {};
        byte[] quad = {};
        double[] goldstein = {};

        Columns(int capacity) {
            copyFrom(this, capacity);
        }

        void append(long eventId, int rowNumber, int eventDay, int sourceActor, int targetActor, int cameoId,
                    int ploverId, int statusId, int languageId, int siteId, int pairId, int quadClass, double score) {
            if (size == id.length) {
                resize(Math.max(16, size * 2));
            }
            id[size] = eventId;
            row[size] = rowNumber;
            day[size] = eventDay;
            source[size] = sourceActor;
            target[size] = targetActor;
            cameo[size] = cameoId;
            plover[size] = ploverId;
            status[size] = statusId;
            language[size] = languageId;
            site[size] = siteId;
            pair[size] = pairId;
            quad[size] = (byte) quadClass;
            goldstein[size] = score;
            size++;
        }

        private void resize(int capacity) {
            copyFrom(this, capacity);
        }

        /** A copy holding exactly the events so far, which later appends to this one do not touch. */
        Columns copy() {
            Columns c = new Columns(0);
            c.copyFrom(this, size);
            c.size = size;
            return c;
        }

        /** Sets every column to the first {@code capacity} values of {@code from}'s (zeros past its end). */
        private void copyFrom(Columns from, int capacity) {
            id = Arrays.copyOf(from.id, capacity);
            row = Arrays.copyOf(from.row, capacity);
            day = Arrays.copyOf(from.day, capacity);
            source = Arrays.copyOf(from.source, capacity);
            target = Arrays.copyOf(from.target, capacity);
            cameo = Arrays.copyOf(from.cameo, capacity);
            plover = Arrays.copyOf(from.plover, capacity);
            status = Arrays.copyOf(from.status, capacity);
            language = Arrays.copyOf(from.language, capacity);
            site = Arrays.copyOf(from.site, capacity);
            pair = Arrays.copyOf(from.pair, capacity);
            quad = Arrays.copyOf(from.quad, capacity);
            goldstein = Arrays.copyOf(from.goldstein, capacity);
        }

        /** The events of this run followed by those of {@code other}. */
        Columns concat(Columns other) {
            Columns c = copy();
            for (int i = 0; i < other.size; i++) {
                c.appendFrom(other, i);
            }
            return c;
        }

        /** The events at {@code order}'s positions, in that order. */
        Columns select(Integer[] order) {
            Columns c = new Columns(order.length);
            for (int i : order) {
                c.appendFrom(this, i);
            }
            return c;
        }

        private void appendFrom(Columns o, int i) {
            append(o.id[i], o.row[i], o.day[i], o.source[i], o.target[i], o.cameo[i], o.plover[i], o.status[i],
                    o.language[i], o.site[i], o.pair[i], o.quad[i], o.goldstein[i]);
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(IntList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }

        Integer[] boxed() {
            Integer[] out = new Integer[size];
            for (int i = 0; i < size; i++) {
                out[i] = values[i];
            }
            return out;
        }
    }
}
