package org.annals.actors;

/**
 * A dictionary file that cannot be loaded: the message starts with "FILE:LINE: " so that whoever
 * edited the file finds the line at once.
 */
public final class DictionaryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public DictionaryFormatException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The resource file name ("people.tsv"). */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
