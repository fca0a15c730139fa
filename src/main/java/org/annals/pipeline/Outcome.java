package org.annals.pipeline;

import java.util.Objects;
import org.annals.ingest.ReadFailure;
import org.annals.model.AnalysisResult;

/**
 * What became of one input in a batch: an analysis result, or a failure naming the input and why.
 * Exactly one of the two is non-null.
 */
public record Outcome(AnalysisResult result, ReadFailure failure) {
    public Outcome {
        if ((result == null) == (failure == null)) {
            throw new IllegalArgumentException("an outcome is either a result or a failure");
        }
    }

    public static Outcome of(AnalysisResult result) {
        return new Outcome(Objects.requireNonNull(result, "result"), null);
    }

    public static Outcome of(ReadFailure failure) {
        return new Outcome(null, Objects.requireNonNull(failure, "failure"));
    }

    public boolean failed() {
        return failure != null;
    }
}
