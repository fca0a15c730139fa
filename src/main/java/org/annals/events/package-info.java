/**
 * Event coding: who did what to whom, when and where, in CAMEO and PLOVER terms, for Italian and
 * English news.
 *
 * <p>{@link org.annals.events.CameoEventCoder#standard()} is the {@link org.annals.events.EventCoder}
 * the pipeline wires after the time and actor stages: {@code coder.code(analyzedArticle, times)}
 * gives the article's events, duplicates merged, ready for {@code AnalysisResult.events}. It works
 * on sentences without tokens (surface forms, generated inflections) and uses lemmas, parts of
 * speech and UD Mood/Tense when the language layer provides them.
 *
 * <p>Resources in this package: {@code cameo.tsv} (code → PLOVER, Goldstein, QuadClass, gloss) and
 * {@code patterns.it.tsv}, {@code patterns.en.tsv} (verb, noun and speech-frame patterns; the
 * format is described in each file's header). Both are validated when the coder is built; a bad
 * line fails with its file and line number.
 *
 * <p>{@link org.annals.events.EventCoderBenchmark} measures actor matching plus coding on one thread.
 */
package org.annals.events;
