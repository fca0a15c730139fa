package org.annals.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.annals.ingest.ReadFailure;
import org.annals.store.IngestReceipt;

/**
 * Counts what an ingest did and tells the user as it goes, on standard error:
 * <ul>
 *   <li>on a terminal, one line redrawn in place at most ten times a second:
 *       {@code [=====>    ] 1,234/5,000 articles · 56/s · 12 duplicates · 3 failed} (without a bar when the
 *       number of articles is not known ahead);</li>
 *   <li>elsewhere (a log, a pipe), a plain line every {@link #LINE_EVERY} articles or {@link #LINE_SECONDS}
 *       seconds: {@code annals: ingest: 1,200 read · 1,150 stored · 40 duplicates · 10 failed · 56.0/s};</li>
 *   <li>each failure when it happens, as {@code annals: INPUT: reason}, and likewise each input skipped on
 *       purpose (a page robots.txt asks crawlers to leave alone), which is counted apart and is no failure;</li>
 *   <li>a summary at the end.</li>
 * </ul>
 * Thread-safe, because the shutdown hook prints the summary while the storing thread may still run.
 */
final class IngestProgress {
    static final int LINE_EVERY = 100;
    static final int LINE_SECONDS = 5;
    /** The failures the summary lists again; all of them are printed as they happen. */
    static final int LISTED_FAILURES = 20;
    private static final int BAR = 24;

    private final PrintStream err;
    private final boolean terminal;
    private final boolean quiet;
    private final LongSupplier nanos;
    private long start;
    private final long expected;

    private long read;
    private long stored;
    private long copies;
    private long duplicates;
    private long failed;
    private long skipped;
    private long events;
    private Supplier<List<String>> details = List::of;
    private final List<ReadFailure> listed = new ArrayList<>();
    private long lastLine;
    private long lastLineCount;
    private boolean lineShown;

    /**
     * @param terminal whether to redraw one line in place rather than print lines
     * @param quiet    whether to print only failures: no progress, no summary
     * @param expected how many articles are expected, or -1 when unknown
     * @param nanos    the clock ({@link System#nanoTime} but in tests)
     */
    IngestProgress(PrintStream err, boolean terminal, boolean quiet, long expected, LongSupplier nanos) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.expected = expected;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.lastLine = start;
    }

    /**
     * The progress of a command run by {@code context}: a bar redrawn in place on a terminal unless quiet, plain
     * lines elsewhere.
     *
     * @param expected counts the articles ahead, for the bar; asked only when a bar is drawn
     */
    static IngestProgress of(CliContext context, boolean quiet, LongSupplier expected) {
        boolean bar = context.terminal() && !quiet;
        return new IngestProgress(context.err(), bar, quiet, bar ? expected.getAsLong() : -1, System::nanoTime);
    }

    synchronized void stored(IngestReceipt receipt) {
        read++;
        switch (receipt.outcome()) {
            case STORED -> stored++;
            case COPY -> {
                stored++;
                copies++;
            }
            case DUPLICATE -> duplicates++;
        }
        events += receipt.events();
        tick();
    }

    /** Counts a failure, or an input skipped on purpose when the failure says so. */
    synchronized void failed(ReadFailure failure) {
        read++;
        if (failure.skipped()) {
            skipped++;
        } else {
            failed++;
            if (listed.size() < LISTED_FAILURES) {
                listed.add(failure);
            }
        }
        clearLine();
        err.println("annals: " + failure);
        tick();
    }

    /** Lines the summary adds after its first (what a command counted besides articles: pages fetched). */
    synchronized void details(Supplier<List<String>> lines) {
        this.details = lines;
    }

    /** Starts the clock again: the rate counts from when articles begin to flow, not from start-up. */
    synchronized void begin() {
        start = nanos.getAsLong();
        lastLine = start;
    }

    synchronized long read() {
        return read;
    }

    synchronized long failedCount() {
        return failed;
    }

    private void tick() {
        if (quiet) {
            return;
        }
        long now = nanos.getAsLong();
        if (terminal) {
            if (now - lastLine >= 100_000_000L || !lineShown) {
                err.print("\r" + bar() + counts(now) + "\u001b[K");
                err.flush();
                lineShown = true;
                lastLine = now;
            }
        } else if (read - lastLineCount >= LINE_EVERY || now - lastLine >= LINE_SECONDS * 1_000_000_000L) {
            err.println("annals: ingest: " + String.format(Locale.ROOT, "%,d read · %,d stored · %,d duplicates · "
                    + "%,d failed · %.1f/s", read, stored, duplicates, failed, rate(now)));
            lastLine = now;
            lastLineCount = read;
        }
    }

    private String bar() {
        if (expected <= 0) {
            return "";
        }
        int done = (int) Math.min(BAR, BAR * read / expected);
        String arrow = done >= BAR ? "" : ">";
        return "[" + "=".repeat(done) + arrow + " ".repeat(Math.max(0, BAR - done - arrow.length())) + "] ";
    }

    private String counts(long now) {
        String of = expected > 0 ? String.format(Locale.ROOT, "%,d/%,d", read, Math.max(read, expected))
                : String.format(Locale.ROOT, "%,d", read);
        return String.format(Locale.ROOT, "%s articles · %.0f/s · %,d duplicates · %,d failed", of, rate(now),
                duplicates, failed);
    }

    private void clearLine() {
        if (terminal && lineShown) {
            err.print("\r\u001b[K");
            lineShown = false;
        }
    }

    private double rate(long now) {
        double seconds = (now - start) / 1e9;
        return seconds <= 0 ? 0 : read / seconds;
    }

    /**
     * The summary: what was read, stored, already there, failed (each failure again, up to
     * {@link #LISTED_FAILURES}), the events stored, the time taken and the rate.
     *
     * @param location    the archive, named in the first line
     * @param interrupted whether the run was stopped before the end
     */
    synchronized void summary(String location, boolean interrupted) {
        if (quiet) {
            return;
        }
        clearLine();
        long now = nanos.getAsLong();
        err.println(String.format(Locale.ROOT, "annals: %s %s in %s (%.1f articles/s)",
                interrupted ? "interrupted; stored so far into" : "ingested into", location,
                elapsed(now - start), rate(now)));
        details.get().forEach(err::println);
        err.println(String.format(Locale.ROOT, "  read        %,10d", read));
        err.println(String.format(Locale.ROOT, "  stored      %,10d%s", stored,
                copies == 0 ? "" : String.format(Locale.ROOT, "  (%,d of them copies of stories already stored)",
                        copies)));
        err.println(String.format(Locale.ROOT, "  duplicates  %,10d  (already in the archive)", duplicates));
        if (skipped > 0) {
            err.println(String.format(Locale.ROOT, "  skipped     %,10d  (left alone on purpose: robots.txt, "
                    + "--max-items)", skipped));
        }
        err.println(String.format(Locale.ROOT, "  failed      %,10d", failed));
        err.println(String.format(Locale.ROOT, "  events      %,10d  stored", events));
        if (failed > 0) {
            err.println("failed inputs:");
            listed.forEach(f -> err.println("  " + f));
            if (failed > listed.size()) {
                err.println(String.format(Locale.ROOT, "  … and %,d more (each reported above)",
                        failed - listed.size()));
            }
        }
        if (interrupted) {
            err.println("annals: what was stored stays stored; run the same command again to go on "
                    + "(articles already stored count as duplicates)");
        }
        err.flush();
    }

    static String elapsed(long nanos) {
        double seconds = nanos / 1e9;
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", whole / 3600, whole % 3600 / 60);
    }
}
