package org.annals.cli;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.annals.store.ArchiveStore;
import org.annals.store.DyadPeriod;
import org.annals.store.DyadQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals dyad A B}: events between two actors per period, both directions. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = {"Counts the events between two actors per period, both directions.",
            "Each period shows how many events went each way, their mean Goldstein score (-10 conflict … +10 "
                    + "cooperation), and their QuadClass mix.",
            "Actor codes match as prefixes: RUS matches RUSGOV and RUSMIL."},
        footer = {"", "Examples:",
            "  annals dyad RUS PRK --by month",
            "  annals dyad USA CHN --by year --from 2020 --to 2024",
            "  annals dyad RUSGOV UKR --by week --from 2024-06 --format csv",
            "", "Exit codes: 0 done (also when there are no events), 2 bad argument, 3 archive error."})
public final class DyadCommand implements Callable<Integer> {
    @Mixin
    QueryOptions query;

    @Parameters(index = "0", paramLabel = "A", description = "One actor: a CAMEO actor code or its prefix.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other actor.")
    String b;

    @Option(names = "--by", defaultValue = "month", paramLabel = "day|week|month|year",
            description = "The period to count by (weeks are ISO weeks, from Monday). Default: ${DEFAULT-VALUE}.")
    String by;

    private final CliContext context;

    DyadCommand(CliContext context) {
        this.context = context;
    }

    /**
     * One period of a dyad, both directions.
     *
     * @param quadClass the events of both directions per QuadClass (verbal and material cooperation, verbal
     *                  and material conflict)
     */
    record Row(LocalDate start, String period, String a, String b, long aToB, Double aToBGoldstein, long bToA,
               Double bToAGoldstein, long[] quadClass) {}

    @Override
    public Integer call() {
        DyadQuery q = query.query(() -> new DyadQuery(a, b, DyadQuery.Period.parse(by), query.from(), query.to()));
        try (ArchiveStore store = query.open()) {
            List<Row> rows = rows(q, store.dyad(q));
            List<String> notes = new ArrayList<>();
            if (rows.isEmpty()) {
                notes.add("no events between " + q.a() + " and " + q.b());
            } else {
                long ab = rows.stream().mapToLong(Row::aToB).sum();
                long ba = rows.stream().mapToLong(Row::bToA).sum();
                notes.add(String.format(Locale.ROOT, "%,d events: %,d %s→%s, %,d %s→%s, in %,d %s(s)", ab + ba,
                        ab, q.a(), q.b(), ba, q.b(), q.a(), rows.size(), q.by().label()));
                notes.add("gold: mean Goldstein score · v./m.coop: verbal/material cooperation · "
                        + "v./m.conf: verbal/material conflict");
            }
            query.printer(context).print(listing(q.a(), q.b()), rows, null, notes);
        }
        return ExitCodes.OK;
    }

    /** Joins the two directions of each period into one row, oldest period first. */
    static List<Row> rows(DyadQuery q, List<DyadPeriod> periods) {
        Map<LocalDate, DyadPeriod[]> byStart = new TreeMap<>();
        for (DyadPeriod p : periods) {
            DyadPeriod[] pair = byStart.computeIfAbsent(p.start(), k -> new DyadPeriod[2]);
            pair[p.source().equals(q.a()) ? 0 : 1] = p;
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<LocalDate, DyadPeriod[]> e : byStart.entrySet()) {
            DyadPeriod ab = e.getValue()[0];
            DyadPeriod ba = e.getValue()[1];
            long[] quad = new long[4];
            for (DyadPeriod p : e.getValue()) {
                if (p != null) {
                    long[] counts = p.quadClass();
                    for (int i = 0; i < 4; i++) {
                        quad[i] += counts[i];
                    }
                }
            }
            rows.add(new Row(e.getKey(), label(e.getKey(), q.by()), q.a(), q.b(), count(ab), mean(ab),
                    count(ba), mean(ba), quad));
        }
        return rows;
    }

    /** A period as people write it: 2024-06-19, 2024-W25, 2024-06, 2024. */
    static String label(LocalDate start, DyadQuery.Period by) {
        return switch (by) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    private static long count(DyadPeriod p) {
        return p == null ? 0 : p.events();
    }

    private static Double mean(DyadPeriod p) {
        return p == null || p.events() == 0 ? null : p.meanGoldstein();
    }

    static Listing<Row> listing(String a, String b) {
        return Listing.of(List.of(
                Column.text("period", "period", 10, Row::period),
                Column.hidden("start", Row::start),
                Column.hidden("a", Row::a),
                Column.hidden("b", Row::b),
                Column.number("aToB", a + "→" + b, 9, 0, Row::aToB),
                Column.number("aToBGoldstein", "gold", 5, 2, Row::aToBGoldstein),
                Column.number("bToA", b + "→" + a, 9, 0, Row::bToA),
                Column.number("bToAGoldstein", "gold", 5, 2, Row::bToAGoldstein),
                Column.number("verbalCooperation", "v.coop", 6, 0, r -> r.quadClass()[0]),
                Column.number("materialCooperation", "m.coop", 6, 0, r -> r.quadClass()[1]),
                Column.number("verbalConflict", "v.conf", 6, 0, r -> r.quadClass()[2]),
                Column.number("materialConflict", "m.conf", 6, 0, r -> r.quadClass()[3])));
    }
}
