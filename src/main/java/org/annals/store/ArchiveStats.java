package org.annals.store;

/** Counts of what an archive holds. */
public record ArchiveStats(long articles, long stories, long events, long quotes, long claims) {}
