package org.annals.cli;

import java.util.List;
import java.util.function.Supplier;
import org.annals.pipeline.BatchAnalyzer;
import org.annals.store.ArchiveException;
import org.annals.store.ArchiveStore;
import org.annals.store.Archives;

/**
 * What {@code ingest} and {@code fetch} share: open the archive for writing, analyse a batch, store each result,
 * count and report as it goes, and close cleanly even on Ctrl-C. Stateless.
 */
final class IngestRunner {
    private IngestRunner() {}

    /**
     * Ingests {@code inputs}.
     *
     * @param location the archive
     * @param batch    builds the batch; called after the archive is open, because loading the models takes
     *                 seconds and a locked or corrupt archive should fail at once
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#SOME_FAILED} when an input failed or the run was stopped
     * @throws ArchiveException when the archive fails (the summary so far is printed first)
     */
    static int run(CliContext context, String location, IngestProgress progress, Supplier<BatchAnalyzer> batch,
                   List<String> inputs) {
        ArchiveStore opened = Archives.open(location, Archives.Mode.WRITE);
        try (GuardedArchive store = new GuardedArchive(opened, () -> progress.summary(location, true))) {
            BatchAnalyzer analyzer = batch.get();
            progress.begin();
            analyzer.run(inputs, context::in, outcome -> {
                if (outcome.failed()) {
                    progress.failed(outcome.failure());
                } else {
                    progress.stored(store.put(outcome.result()));
                }
            });
        } catch (ArchiveException e) {
            // what was stored stays stored: say how far the run got before the archive error is reported
            progress.summary(location, true);
            throw e;
        } catch (GuardedArchive.StoppedException e) {
            return ExitCodes.SOME_FAILED;
        }
        progress.summary(location, false);
        return progress.failedCount() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
