package org.annals.model;

import java.util.Objects;

/**
 * A coded event: who did what to whom, when, where and how surely.
 *
 * @param source    the actor who acts
 * @param target    the actor acted upon, or null
 * @param cameo     CAMEO event code, two to four digits ("057")
 * @param plover    PLOVER category ("AGREE"), or null when unmapped
 * @param goldstein Goldstein score of the CAMEO code, -10 to 10
 * @param date      ISO date at the precision known ("2024-06-19", "2023-09", "2022"), or null
 * @param status    certainty of the event
 * @param location  where it happened, or null
 * @param sentence  the sentence that reports it
 * @param evidence  the words that triggered the code
 * @param quadClass QuadClass of the code's root: 1 verbal cooperation (01–05), 2 material cooperation
 *                  (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20)
 * @param pattern   the id of the dictionary pattern that matched ("patterns.it.tsv:42 firmare+trattato"),
 *                  for inspection, or null
 * @param mentions  how many times the article reports this event (same source, target, code, date), ≥ 1
 * @param dateSource where the date comes from: "clause", "sentence", "published", or null without a date
 * @param attribution who the article says reports the event ("secondo fonti di intelligence", "according
 *                  to Reuters", "Lo ha detto X"), or null when the article asserts it itself
 */
public record Event(Actor source, Actor target, String cameo, String plover, double goldstein, String date,
                    Status status, Location location, String sentence, String evidence, int quadClass,
                    String pattern, int mentions, String dateSource, Actor attribution) {
    /** An event with its QuadClass derived from the code, seen once, with no pattern or date source. */
    public Event(Actor source, Actor target, String cameo, String plover, double goldstein, String date,
                 Status status, Location location, String sentence, String evidence) {
        this(source, target, cameo, plover, goldstein, date, status, location, sentence, evidence,
                quadClassOf(cameo), null, 1, date == null ? null : "clause", null);
    }

    /** QuadClass of a CAMEO code by its root, or 0 when the code is malformed (the constructor rejects it). */
    public static int quadClassOf(String cameo) {
        if (cameo == null || !cameo.matches("\\d{2,4}")) {
            return 0;
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    public Event {
        Objects.requireNonNull(source, "source");
        Checks.nonBlank(cameo, "cameo");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("cameo must be 2 to 4 digits, was '" + cameo + "'");
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("goldstein must be within [-10, 10], was " + goldstein);
        }
        if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + date + "'");
        }
        Objects.requireNonNull(status, "status");
        Checks.nonBlank(sentence, "sentence");
        Objects.requireNonNull(evidence, "evidence");
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quadClass must be 1 to 4, was " + quadClass);
        }
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be at least 1, was " + mentions);
        }
        if (dateSource != null && !dateSource.matches("clause|sentence|published")) {
            throw new IllegalArgumentException("dateSource must be clause, sentence or published, was '"
                    + dateSource + "'");
        }
    }

    /** This event seen {@code n} times in its article. */
    public Event withMentions(int n) {
        return new Event(source, target, cameo, plover, goldstein, date, status, location, sentence, evidence,
                quadClass, pattern, n, dateSource, attribution);
    }
}
