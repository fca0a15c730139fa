package org.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * A document as ingest read it: decoded text plus what is known about it. Ingest has already chosen
 * the character set; problems it met on the way (a guessed encoding, malformed bytes replaced) travel
 * in {@code problems} so that later stages can report them with the article.
 *
 * @param source   where it came from: a path, "-" for standard input, or "path#id" for a JSONL record
 * @param kind     plain text or HTML
 * @param content  the decoded text
 * @param hints    metadata supplied with the document; {@link DocumentHints#NONE} when nothing was
 * @param problems non-fatal problems met while reading
 */
public record RawDocument(String source, DocumentKind kind, String content, DocumentHints hints,
                          List<String> problems) {
    public RawDocument {
        Checks.nonBlank(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(hints, "hints");
        problems = Checks.copy(problems, "problems");
    }

    public RawDocument(String source, DocumentKind kind, String content) {
        this(source, kind, content, DocumentHints.NONE, List.of());
    }
}
