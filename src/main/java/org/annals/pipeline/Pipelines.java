package org.annals.pipeline;

/** The standard wiring of the stages. */
public final class Pipelines {
    private Pipelines() {}

    /** The pipeline the CLI runs: loads every model and dictionary once; reuse the result. */
    public static Pipeline standard() {
        throw new UnsupportedOperationException("wired when the extract and nlp stages land");
    }
}
