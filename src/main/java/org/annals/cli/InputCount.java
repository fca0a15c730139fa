package org.annals.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.annals.ingest.DocumentReader;

/**
 * How many articles a list of inputs holds, counted ahead for a progress bar: one per file or URL, one per
 * non-blank line of a JSON Lines file, hidden files skipped as the reader skips them. Unknown (-1) when
 * standard input is among the inputs or a folder cannot be listed; a close guess otherwise (a file the reader
 * will reject still counts, and sniffed JSON Lines without the extension count as one).
 */
final class InputCount {
    private InputCount() {}

    static long estimate(List<String> inputs) {
        long total = 0;
        try {
            for (String input : inputs) {
                if (input.equals("-")) {
                    return -1;
                }
                if (DocumentReader.isUrl(input)) {
                    total++;
                    continue;
                }
                Path path = Path.of(input);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> walk = Files.walk(path)) {
                        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)
                                .filter(p -> !DocumentReader.isHidden(path, p))::iterator) {
                            total += file(file);
                        }
                    }
                } else {
                    total += file(path);
                }
            }
        } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
            return -1;
        }
        return total;
    }

    private static long file(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson")) || !Files.isReadable(file)) {
            return 1;
        }
        long lines = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines++;
                }
            }
        }
        return Math.max(1, lines);
    }
}
