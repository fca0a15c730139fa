package org.annals.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.annals.ingest.DocumentReader;
import org.annals.model.AnalysisResult;
import org.annals.model.DocumentHints;
import org.annals.model.RawDocument;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.Pipelines;
import org.annals.store.ArchiveStore;

/**
 * The server tests' own articles ({@code fixtures.jsonl}: talks, a treaty and its syndicated copy, an Italian
 * version, missiles, a seized boat, and an article full of markup), read as {@code annals analyze} reads
 * JSON Lines, analysed by the standard pipeline and stored.
 */
final class FixtureArchive {
    static final String RESOURCE = "fixtures.jsonl";
    private static volatile Pipeline pipeline;

    private FixtureArchive() {}

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipelines.standard();
        }
        return pipeline;
    }

    /** A new embedded archive (DuckDB and the Lucene index) in {@code folder}, as {@code annals serve} opens one. */
    static ArchiveStore embedded(java.nio.file.Path folder) {
        return org.annals.store.Archives.open(folder.toString(), org.annals.store.Archives.Mode.WRITE);
    }

    /** Analyses every fixture article and puts it into {@code store}; returns the results in file order. */
    static List<AnalysisResult> fill(ArchiveStore store) {
        List<AnalysisResult> results = new ArrayList<>();
        for (RawDocument document : documents()) {
            AnalysisResult result = pipeline().analyze(document);
            store.put(result);
            results.add(result);
        }
        return results;
    }

    static List<RawDocument> documents() {
        byte[] bytes;
        try (InputStream in = FixtureArchive.class.getResourceAsStream(RESOURCE)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentReader.Batch batch = new DocumentReader(1 << 20, DocumentHints.NONE)
                .readAll(List.of("-"), () -> new java.io.ByteArrayInputStream(bytes));
        if (!batch.failures().isEmpty()) {
            throw new IllegalStateException("bad fixture: " + batch.failures());
        }
        List<RawDocument> documents = batch.documents();
        return documents;
    }
}
