package org.annals.pipeline;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annals.ingest.DocumentReader;
import org.annals.ingest.DocumentSink;
import org.annals.ingest.ReadFailure;
import org.annals.model.RawDocument;

/**
 * Runs a pipeline over a batch of inputs on several threads and hands the outcomes back in input
 * order, so that output is the same whatever the number of threads. At most a few documents per
 * thread are in flight, so memory stays bounded however large the batch.
 *
 * <p>A document whose analysis throws (a bug in a stage) becomes a failure naming the document; the
 * batch goes on.
 */
public final class BatchAnalyzer {
    private final Pipeline pipeline;
    private final DocumentReader reader;
    private final int threads;

    /**
     * @param threads worker threads, at least 1
     */
    public BatchAnalyzer(Pipeline pipeline, DocumentReader reader, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.threads = threads;
    }

    /**
     * Reads and analyses every input, calling {@code outcomes} on the calling thread, in input order.
     */
    public void run(List<String> inputs, Supplier<InputStream> stdin, Consumer<Outcome> outcomes) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "annals-worker");
            t.setDaemon(true);
            return t;
        });
        int window = threads * 4;
        Deque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();
        try {
            reader.read(inputs, stdin, new DocumentSink() {
                @Override
                public void accept(RawDocument document) {
                    inFlight.add(CompletableFuture.supplyAsync(() -> analyze(document), pool));
                    drain(inFlight, window, outcomes);
                }

                @Override
                public void fail(ReadFailure failure) {
                    inFlight.add(CompletableFuture.completedFuture(Outcome.of(failure)));
                    drain(inFlight, window, outcomes);
                }
            });
            drain(inFlight, 0, outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome analyze(RawDocument document) {
        try {
            return Outcome.of(pipeline.analyze(document));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Outcome.of(new ReadFailure(document.source(), "internal error while analysing: " + e));
        }
    }

    private static void drain(Deque<CompletableFuture<Outcome>> inFlight, int keep, Consumer<Outcome> outcomes) {
        while (inFlight.size() > keep || (!inFlight.isEmpty() && inFlight.peekFirst().isDone())) {
            try {
                outcomes.accept(inFlight.removeFirst().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while analysing", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("analysis task failed", e.getCause());
            }
        }
    }
}
