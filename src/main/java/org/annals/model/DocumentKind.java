package org.annals.model;

/** What a raw document's text is, as ingest determined it from its name, declared type or content. */
public enum DocumentKind {
    /** Plain text, possibly with the boilerplate of a page copied as text. */
    TEXT,
    /** An HTML page. */
    HTML
}
