package org.annals.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** How wide a table may be: the terminal's width when it can be learnt, else 100 columns. */
final class TerminalWidth {
    static final int DEFAULT = 100;

    private TerminalWidth() {}

    /**
     * {@code COLUMNS} when the shell exports it; on a terminal, what {@code stty size} says; else
     * {@link #DEFAULT}, which reads well on the usual 100–120 column terminals and in a pipe.
     */
    static int of(boolean terminal) {
        Integer columns = parse(System.getenv("COLUMNS"));
        if (columns != null) {
            return columns;
        }
        if (terminal) {
            Integer size = stty();
            if (size != null) {
                return size;
            }
        }
        return DEFAULT;
    }

    static Integer parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            return n >= 40 && n <= 1000 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer stty() {
        File tty = new File("/dev/tty");
        if (!tty.canRead()) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String[] rowsColumns = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .strip().split("\\s+");
            return rowsColumns.length == 2 ? parse(rowsColumns[1]) : null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
