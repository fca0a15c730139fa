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
 */
public record Event(Actor source, Actor target, String cameo, String plover, double goldstein, String date,
                    Status status, Location location, String sentence, String evidence) {
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
    }
}
