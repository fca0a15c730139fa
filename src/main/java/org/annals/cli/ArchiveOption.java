package org.annals.cli;

import org.annals.store.Archives;
import picocli.CommandLine.Option;

/**
 * Where the archive is: {@code --archive}, else the {@code ANNALS_ARCHIVE} environment variable, else
 * {@link Archives#DEFAULT_LOCATION} in the working directory. Shared by every command that uses the archive.
 */
public final class ArchiveOption {
    static final String ENVIRONMENT = "ANNALS_ARCHIVE";

    @Option(names = "--archive", paramLabel = "LOC",
            description = {"The archive: a folder (created by the first ingest) or a "
                    + "postgresql://user:password@host:port/database URL. Default: $" + ENVIRONMENT
                    + " when set, else the folder " + Archives.DEFAULT_LOCATION + " in the working directory."})
    String archive;

    String location() {
        return resolve(archive, System.getenv(ENVIRONMENT));
    }

    static String resolve(String option, String environment) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        if (environment != null && !environment.isBlank()) {
            return environment.strip();
        }
        return Archives.DEFAULT_LOCATION;
    }
}
