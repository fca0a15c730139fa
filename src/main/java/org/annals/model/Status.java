package org.annals.model;

import java.util.Locale;

/** How certain a statement is, as its grammar and attribution say. */
public enum Status {
    ASSERTED, REPORTED, ALLEGED, PLANNED, HYPOTHETICAL, NEGATED;

    /** The lower-case name used in JSON output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
