package org.annals.cli;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.annals.model.AnalysisResult;
import org.annals.store.ArchiveStore;
import org.annals.store.IngestReceipt;

/**
 * An archive being written by one command, closed cleanly when the process is asked to stop (Ctrl-C,
 * SIGTERM): a shutdown hook waits for the article being stored to finish, refuses any further one, closes
 * the archive, and runs the command's last words (the summary so far). A kill that allows no hook (SIGKILL,
 * power loss) is the archive's own transactions' business: each article is stored whole or not at all.
 */
final class GuardedArchive implements AutoCloseable {
    /** Thrown by {@link #put} once the process is stopping. */
    static final class StoppedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoppedException() {
            super("stopping: the archive is closed");
        }
    }

    private static final long WAIT_SECONDS = 30;

    private final ArchiveStore store;
    private final ReentrantLock lock = new ReentrantLock();
    private final Thread hook;
    private volatile boolean stopping;
    private boolean closed;

    /**
     * @param lastWords run by the shutdown hook after the archive is closed
     */
    GuardedArchive(ArchiveStore store, Runnable lastWords) {
        this.store = Objects.requireNonNull(store, "store");
        this.hook = new Thread(() -> stop(lastWords), "annals-archive-close");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    String location() {
        return store.location();
    }

    /** Stores one result, unless the process is stopping. */
    IngestReceipt put(AnalysisResult result) {
        lock.lock();
        try {
            if (stopping) {
                throw new StoppedException();
            }
            return store.put(result);
        } finally {
            lock.unlock();
        }
    }

    private void stop(Runnable lastWords) {
        stopping = true;
        boolean held = false;
        try {
            held = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
            if (held) {
                closeStore();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (held) {
                lock.unlock();
            }
            // said even when closing failed: the user learns how far the run got
            lastWords.run();
        }
    }

    private void closeStore() {
        if (!closed) {
            closed = true;
            store.close();
        }
    }

    /** Closes the archive and withdraws the shutdown hook; the normal end of a command. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is already stopping: the hook closes the archive
            return;
        }
        lock.lock();
        try {
            closeStore();
        } finally {
            lock.unlock();
        }
    }
}
