package org.annals.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code annals bench}: prints throughput figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures throughput and prints figures.")
public final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("annals: bench is wired when the nlp stage lands");
        return ExitCodes.INTERNAL;
    }
}
