package org.annals.extract;

import java.util.Objects;

/**
 * What kind of page a document is, as {@link PageKindClassifier} judges it, with the evidence in words.
 *
 * @param kind    the kind
 * @param because what gave it away ("password field, 84 words"); empty for an article
 */
public record PageKind(Kind kind, String because) {

    /** Every problem that reports a page which is not an article starts so. */
    public static final String NOT_AN_ARTICLE = "not an article: ";

    /** The kinds of page told apart. */
    public enum Kind {
        /** an article: its text is kept */
        ARTICLE("an article"),
        /** a home page, section front, tag or search page: teasers linking to articles */
        INDEX("an index page"),
        /** a login or registration page */
        LOGIN("a login page"),
        /** an error page: not found, gone, server error */
        ERROR("an error page"),
        /** an article behind a subscription wall: only its opening is readable; that opening is kept */
        PAYWALL("a paywalled article"),
        /** a page with almost no text: what little it has is kept */
        EMPTY("an empty page");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** "a login page" */
        public String label() {
            return label;
        }
    }

    public static final PageKind ARTICLE = new PageKind(Kind.ARTICLE, "");

    public PageKind {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(because, "because");
    }

    /**
     * Whether the extracted text stays: for an article, for the readable opening of a paywalled one, and for
     * the few words of an empty page (nothing to gain by dropping them); the text of an index, login or error
     * page is junk and goes.
     */
    public boolean keepsText() {
        return kind == Kind.ARTICLE || kind == Kind.PAYWALL || kind == Kind.EMPTY;
    }

    /**
     * The problem to report, or null for an article: "not an article: looks like a login page (password field,
     * 84 words)", or for a paywall "text may be incomplete: looks like a paywalled article (…)".
     */
    public String problem() {
        return switch (kind) {
            case ARTICLE -> null;
            case PAYWALL -> "text may be incomplete: looks like " + kind.label() + " (" + because + ")";
            default -> NOT_AN_ARTICLE + "looks like " + kind.label() + " (" + because + ")";
        };
    }
}
