package org.annals.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedArchiveStoreTest extends ArchiveStoreContract {
    @TempDir
    Path folder;

    private Path archive() {
        return folder.resolve("annals-data");
    }

    @Override
    protected ArchiveStore openEmpty() {
        return EmbeddedArchiveStore.open(archive(), Archives.Mode.WRITE, MemoryArticleIndex::open);
    }

    @Override
    protected ArchiveStore reopen(Archives.Mode mode) {
        return EmbeddedArchiveStore.open(archive(), mode, MemoryArticleIndex::open);
    }
}
