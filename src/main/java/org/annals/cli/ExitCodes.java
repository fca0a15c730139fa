package org.annals.cli;

/** The process exit codes of every command: the one place they are defined. */
public final class ExitCodes {
    /** Every input was read and analysed. */
    public static final int OK = 0;
    /** Some inputs failed; the others produced output, each failure was reported on stderr. */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong: unknown option, bad value, missing argument. */
    public static final int USAGE = 2;
    /**
     * The archive failed: it cannot be found or opened, is locked by another writer, is corrupt, or its
     * database went away. The message names the archive; what was stored before the failure stays stored.
     */
    public static final int ARCHIVE = 3;
    /** The output file could not be written (sysexits' EX_IOERR); the message names the file. */
    public static final int OUTPUT = 74;
    /** A bug: an unexpected exception escaped a command (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
