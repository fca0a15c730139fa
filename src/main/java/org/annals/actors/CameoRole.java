package org.annals.actors;

import java.util.Locale;

/**
 * The CAMEO role (agent) codes the dictionaries may use: the three letters that follow a country
 * code ("RUS" + "MIL" → RUSMIL), or stand alone when no country is known ("EDU").
 *
 * <p>Conventions chosen for Annals, after CAMEO practice: ministries of defence, defence ministers
 * and armed forces are MIL; intelligence services and "intelligence sources" are SPY; protesters
 * and demonstrators are OPP only when the text says they oppose the government, otherwise CVL, so
 * the word lists code them CVL; experts, analysts and academics are EDU; former officials are ELI.
 */
public enum CameoRole {
    GOV("government"),
    MIL("military"),
    SPY("intelligence"),
    COP("police"),
    OPP("opposition"),
    REB("rebels"),
    INS("insurgents"),
    SEP("separatists"),
    MED("media"),
    BUS("business"),
    EDU("experts"),
    JUD("judiciary"),
    LEG("legislature"),
    CVL("civilians"),
    REF("refugees"),
    ELI("elites"),
    REL("religious"),
    LAB("labour"),
    HLH("health"),
    AGR("agriculture"),
    CRM("criminals"),
    UAF("armed group"),
    NGO("non-governmental organisation"),
    IGO("intergovernmental organisation");

    private final String label;

    CameoRole(String label) {
        this.label = label;
    }

    /** A short English label ("military"). */
    public String label() {
        return label;
    }

    /** The role for a code ("mil" or "MIL"), or null. */
    public static CameoRole parse(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
