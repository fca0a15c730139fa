package org.annals.actors;

import java.util.Locale;

/**
 * The offices a person's term may hold (column {@code office} of people.tsv) and the role words of
 * agents.*.tsv may name. Each office gives the CAMEO role a term codes to when the term's code
 * column is left blank (country + role), and says whether its holder counts as a "leader" for
 * in-article references ("il leader nordcoreano", "the two leaders").
 */
public enum Office {
    HEAD_OF_STATE(CameoRole.GOV, true),
    PRESIDENT(CameoRole.GOV, true),
    VICE_PRESIDENT(CameoRole.GOV, false),
    PRIME_MINISTER(CameoRole.GOV, true),
    DEPUTY_PRIME_MINISTER(CameoRole.GOV, false),
    CHANCELLOR(CameoRole.GOV, true),
    MONARCH(CameoRole.GOV, true),
    CROWN_PRINCE(CameoRole.GOV, true),
    SUPREME_LEADER(CameoRole.GOV, true),
    FOREIGN_MINISTER(CameoRole.GOV, false),
    DEFENCE_MINISTER(CameoRole.MIL, false),
    INTERIOR_MINISTER(CameoRole.GOV, false),
    FINANCE_MINISTER(CameoRole.GOV, false),
    MINISTER(CameoRole.GOV, false),
    SPOKESPERSON(CameoRole.GOV, false),
    SECURITY_ADVISER(CameoRole.GOV, false),
    MILITARY_CHIEF(CameoRole.MIL, false),
    INTELLIGENCE_CHIEF(CameoRole.SPY, false),
    OPPOSITION_LEADER(CameoRole.OPP, false),
    SPEAKER(CameoRole.LEG, false),
    /** Heads of intergovernmental organisations: the term's code must be written (IGOUNO). */
    IGO_HEAD(null, true),
    /** Other officials of intergovernmental organisations: the code must be written. */
    IGO_OFFICIAL(null, false),
    /** Any leader: used by role words such as "leader", never by a person's term. */
    LEADER(CameoRole.GOV, true);

    private final CameoRole role;
    private final boolean leader;

    Office(CameoRole role, boolean leader) {
        this.role = role;
        this.leader = leader;
    }

    /** The CAMEO role a term with this office codes to by default, or null for IGO offices. */
    public CameoRole role() {
        return role;
    }

    /** Whether the holder is a leader (head of state, government or organisation). */
    public boolean leader() {
        return leader;
    }

    /** Whether a role word naming {@code this} office describes a holder of {@code held}. */
    public boolean describes(Office held) {
        if (this == held) {
            return true;
        }
        if (this == LEADER || this == HEAD_OF_STATE) {
            return held.leader;
        }
        return this == PRESIDENT && held == HEAD_OF_STATE;
    }

    /** The office for a name as written in the files ("prime_minister"), or null. */
    public static Office parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
