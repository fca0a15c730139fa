package org.annals.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.annals.pipeline.Pipelines;
import org.annals.store.ArchiveException;
import picocli.CommandLine;

/** The {@code annals} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        // Java 17 gives a console when standard input and output are a terminal
        boolean terminal = System.console() != null;
        int code = run(args, new CliContext(System.in, out, err, Pipelines::standard, terminal));
        out.flush();
        System.exit(code);
    }

    /**
     * Runs a command in-process and returns its exit code (see {@link ExitCodes}); never calls
     * {@code System.exit}.
     */
    public static int run(String[] args, CliContext context) {
        CommandLine cli = commandLine(context);
        return cli.execute(args);
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new AnnalsCommand(), new Factory(context));
        cli.setOut(new PrintWriter(context.out(), true));
        cli.setErr(new PrintWriter(context.err(), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ArchiveException archive) {
                context.err().println("annals: " + archive.getMessage());
                return ExitCodes.ARCHIVE;
            }
            context.err().println("annals: internal error: " + e);
            if (System.getenv("ANNALS_DEBUG") != null) {
                e.printStackTrace(context.err());
            } else {
                context.err().println("annals: set ANNALS_DEBUG=1 for the stack trace, and please report it");
            }
            return ExitCodes.INTERNAL;
        });
        return cli;
    }

    /** Builds commands with the context they need: those with a {@code (CliContext)} constructor get it. */
    private record Factory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(CliContext.class);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
