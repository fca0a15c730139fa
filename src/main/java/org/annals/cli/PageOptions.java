package org.annals.cli;

import picocli.CommandLine.Option;

/** {@code --page} and {@code --size}: which page of results to show. The query checks the limits. */
public final class PageOptions {
    @Option(names = "--page", defaultValue = "1", paramLabel = "N",
            description = "The page of results, from 1. Default: ${DEFAULT-VALUE}.")
    int page;

    @Option(names = "--size", defaultValue = "20", paramLabel = "N",
            description = "Results per page. Default: ${DEFAULT-VALUE}.")
    int size;
}
